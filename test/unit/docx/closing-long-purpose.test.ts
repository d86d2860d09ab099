import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../../core/model/organisation';
import { exportDocx } from '../../../core/docx/export-docx';
import { bodyTables, child, children, elements, attrOf, paraInfo, paragraphs, readDocx, twipsToMm } from '../../helpers/docx-xml';
import { anLaoPlan } from '../../helpers/fixtures';

/**
 * A brace group whose purpose is long ("để phối hợp thực hiện và báo cáo kết quả") made every
 * export fail with a negative column width. Any purpose length exports: the purpose column is
 * capped and the purpose wraps in it; the recipient lines keep most of the left column.
 */

const PURPOSES = ['để b/c', 'để phối hợp thực hiện và báo cáo kết quả', 'để phối hợp thực hiện, theo dõi, đôn đốc, kiểm tra và báo cáo kết quả định kỳ hằng quý về Ban Thường vụ'];
const PROFILES: ProfileId[] = ['dang-hd05', 'dang-hd36', 'nha-nuoc-nd30'];

describe.each(PROFILES)('a brace purpose group under %s', (profile) => {
  it.each(PURPOSES)('exports with the purpose "%s"', async (purpose) => {
    const plan = anLaoPlan({
      profile,
      recipients: [{ purpose, display: 'brace', items: ['Ban Tuyên giáo Thành ủy', 'TT Huyện ủy', 'Các chi, Đảng bộ trực thuộc Huyện ủy'] }],
    });
    const { document } = await readDocx(await exportDocx(plan));
    const closing = bodyTables(document).at(-1)!;
    const grid = elements(closing, 'w:gridCol').map((g) => Number(attrOf(g, 'w:w')));
    expect(grid.every((w) => w > 0)).toBe(true);
    // Lines | brace | purpose | signature: the lines keep more room than the purpose.
    expect(grid[0]!).toBeGreaterThan(grid[2]!);
    expect(twipsToMm(grid[0]!)).toBeGreaterThanOrEqual(20);
    // The purpose is printed whole, in brackets, broken only at spaces.
    const printed = paragraphs(closing).find((p) => p.text.startsWith('(để'))!;
    expect(printed.text.replace(/\n/g, ' ')).toBe(`(${purpose})`);
    // Each purpose line fits its column (measured by the layout; no single word is wider).
    const rows = children(closing, 'w:tr');
    expect(child(child(children(rows[1]!, 'w:tc')[2]!, 'w:tcPr'), 'w:vMerge')).toBeDefined();
  });
});

describe('recipient lines', () => {
  it('hang after "- ": a wrapped line starts under the text, not at the margin', async () => {
    const plan = anLaoPlan({
      recipients: [{ purpose: '', display: 'each-line', items: ['Ban Tuyên giáo Thành ủy và các cơ quan tham mưu, giúp việc của Thành ủy Hải Phòng'] }],
    });
    const { document } = await readDocx(await exportDocx(plan));
    const line = paragraphs(bodyTables(document).at(-1)!).find((p) => p.text.startsWith('- Ban Tuyên giáo'))!;
    // As Word shows it (the indent is written in the "Dòng nơi nhận" style).
    const hanging = line.indent.hanging!;
    // "- " at 12 pt is about 2.5 mm; the left indent equals the hanging one.
    expect(twipsToMm(hanging)).toBeGreaterThan(2);
    expect(twipsToMm(hanging)).toBeLessThan(3);
    expect(line.indent.left).toBe(hanging);
    expect(line.indent.firstLine).toBeUndefined();
  });
});

describe('keep with next, as the layout decided it', () => {
  it('the last body paragraph and every closing paragraph but the archive line keep with the next', async () => {
    const { document } = await readDocx(await exportDocx(anLaoPlan()));
    const body = elements(document, 'w:body')[0]!;
    const loose = children(body, 'w:p');
    // Keep-with-next as Word shows it: the paragraph's own, else its style's ("Đề mục n" keep with the next line).
    const keep = (p: Element) => paraInfo(p).keepNext;
    expect(keep(loose.at(-1)!)).toBe(true);
    expect(loose.slice(0, -1).filter(keep).every((p) => p.textContent !== '')).toBe(true);
    const closing = paragraphs(bodyTables(document).at(-1)!).filter((p) => p.text !== '' && p.text !== '}');
    const archive = closing.find((p) => p.text.startsWith('- Lưu'))!;
    expect(archive.keepNext).toBe(false);
    expect(closing.filter((p) => p !== archive).every((p) => p.keepNext)).toBe(true);
  });
});
