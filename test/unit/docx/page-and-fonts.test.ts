import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { PROFILE_IDS } from '../../../core/model/organisation';
import { attrOf, child, elements, findPara, paragraphs, readDocx, sectPr } from '../../helpers/docx-xml';
import { planForProfile } from '../../helpers/fixtures';

// format-profiles.md §1: A4, margins 20/20/30/15 mm, Times New Roman everywhere, page numbers
// centred 10 mm from the top from page 2 on, mirror margins for duplex (Party only).
describe.each(PROFILE_IDS)('page and font (%s)', (profile) => {
  const load = async (mirror = false) => readDocx(await exportDocx(planForProfile(profile, { options: { mirrorMargins: mirror } })));

  it('is A4 portrait with margins 20/20/30/15 mm in twips', async () => {
    const { document } = await load();
    const sect = sectPr(document);
    const size = child(sect, 'w:pgSz');
    expect(attrOf(size, 'w:w')).toBe('11906');
    expect(attrOf(size, 'w:h')).toBe('16838');
    const mar = child(sect, 'w:pgMar');
    expect([attrOf(mar, 'w:top'), attrOf(mar, 'w:bottom'), attrOf(mar, 'w:left'), attrOf(mar, 'w:right')]).toEqual([
      '1134', '1134', '1701', '850',
    ]);
    expect(attrOf(mar, 'w:header')).toBe('567');
  });

  it('sets Times New Roman for all four script slots in the document defaults, and no other font anywhere', async () => {
    const { styles, documentXml, stylesXml } = await load();
    const fonts = child(child(elements(styles, 'w:rPrDefault')[0]!, 'w:rPr'), 'w:rFonts');
    for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(attrOf(fonts, slot)).toBe('Times New Roman');
    const named = [...`${documentXml}${stylesXml}`.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set(['Times New Roman']));
    expect(documentXml).not.toMatch(/asciiTheme|hAnsiTheme/);
  });

  it('numbers pages from page 2: titlePg on, centred PAGE field at the profile size, none on page 1', async () => {
    const { document, headers } = await load();
    expect(child(sectPr(document), 'w:titlePg')).toBeDefined();
    const numbered = headers.default!;
    const xml = numbered.toString();
    expect(xml).toMatch(/PAGE/);
    const para = paragraphs(numbered)[0]!;
    expect(para.align).toBe('center');
    const expected = profile === 'nha-nuoc-nd30' ? 26 : 28;
    const sizes = elements(numbered, 'w:sz').map((el) => Number(attrOf(el, 'w:val')));
    expect(sizes).toContain(expected);
    expect(sizes.every((s) => s === expected)).toBe(true);
    expect(headers.first!.toString()).not.toMatch(/PAGE/);
  });

  it('writes mirror margins only when duplex is asked for and the profile allows it', async () => {
    const off = await load(false);
    expect(off.settingsXml).not.toContain('mirrorMargins');
    const on = await load(true);
    if (profile === 'nha-nuoc-nd30') expect(on.settingsXml).not.toContain('mirrorMargins');
    else expect(on.settingsXml).toMatch(/<w:settings\b[^>]*>(?:(?!<w:defaultTabStop).)*<w:mirrorMargins\/>/s);
  });
});

describe('circulation mark', () => {
  it('puts TÀI LIỆU HỘI NGHỊ at the top right of page 1 only, caps bold, framed for state', async () => {
    const party = await readDocx(await exportDocx(planForProfile('dang-hd05', { marks: { circulation: 'Tài liệu hội nghị' } })));
    const mark = findPara(party.headers.first!, 'TÀI LIỆU HỘI NGHỊ');
    expect(mark.align).toBe('right');
    expect(mark.runs[0]).toMatchObject({ bold: true, size: 24 });
    expect(party.headers.default!.toString()).not.toContain('TÀI LIỆU');

    const state = await readDocx(await exportDocx(planForProfile('nha-nuoc-nd30', { marks: { circulation: 'Tài liệu hội nghị' } })));
    const framed = findPara(state.headers.first!, 'TÀI LIỆU HỘI NGHỊ');
    expect(framed.borderTop?.val).toBe('single');
    expect(framed.borderBottom?.val).toBe('single');
  });
});
