import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { footnote, paragraph, text } from '../../../core/model';
import type { Plan, Section } from '../../../core/model/plan';
import { getProfile } from '../../../core/profiles/profile';
import { layoutPlan } from '../../../core/render/layout';
import { elements, paragraphs, readDocx } from '../../helpers/docx-xml';
import { dongDaPlan } from '../../helpers/fixtures';

// Issue 8: footnotes, a section starting a new page, a centred or right-aligned paragraph.

const section = (id: string, title: string, body: Section['body'], extra: Partial<Section> = {}): Section => ({ id, title, body, children: [], ...extra });

function planWith(sections: Section[]): Plan {
  return dongDaPlan({ sections });
}

const twoNotes = (): Plan =>
  planWith([
    section('a', 'Mục đích', [paragraph(text('Quán triệt nghị quyết'), footnote('Nghị quyết số 57-NQ/TW của Bộ Chính trị.'), text(' tới cán bộ'))]),
    section('b', 'Nhiệm vụ', [paragraph(text('Tuyên truyền sâu rộng'), footnote('Kể cả trên mạng xã hội.'), text('.'))]),
  ]);

describe('footnotes in the layout', () => {
  it('numbers footnotes 1, 2 in document order, the mark a run of its own at its place', () => {
    const doc = layoutPlan(twoNotes());
    expect(doc.footnotes?.map((f) => f.number)).toEqual([1, 2]);
    expect(doc.footnotes?.[0]?.para.runs.map((r) => r.text).join('')).toContain('Nghị quyết số 57-NQ/TW của Bộ Chính trị.');
    const first = doc.body.find((p) => p.runs.some((r) => r.footnote === 1))!;
    const texts = first.runs.map((r) => (r.footnote ? `[${r.footnote}]` : r.text)).join('');
    expect(texts).toBe('Quán triệt nghị quyết[1] tới cán bộ');
  });

  it('prints the footnote text in the profile footnote size', () => {
    const doc = layoutPlan(twoNotes());
    const size = getProfile('dang-hd05').footnote.sizePt;
    expect(doc.footnotes?.every((f) => f.para.runs.every((r) => r.sizePt === size))).toBe(true);
  });

  it('puts the final mark on the text, not on a footnote number at the very end', () => {
    const plan = planWith([section('a', 'Mục đích', [paragraph(text('Thực hiện nghiêm túc'), footnote('Ghi chú.'))])]);
    const doc = layoutPlan(plan);
    const last = doc.body[doc.body.length - 1]!;
    expect(last.runs.map((r) => (r.footnote ? `[${r.footnote}]` : r.text)).join('')).toBe('Thực hiện nghiêm túc.[1]');
  });

  it('a paragraph with no footnote has no reference run and the document no footnotes', () => {
    const doc = layoutPlan(dongDaPlan());
    expect(doc.footnotes).toBeUndefined();
    expect(doc.body.every((p) => p.runs.every((r) => r.footnote === undefined))).toBe(true);
  });
});

describe('footnotes in the DOCX', () => {
  it('writes Word footnotes in word/footnotes.xml and a superscript reference in the text', async () => {
    const bytes = await exportDocx(twoNotes());
    const zip = await JSZip.loadAsync(bytes);
    const notesXml = await zip.file('word/footnotes.xml')!.async('string');
    // Word's text of the footnotes: a non-breaking hyphen reads "-".
    const notesText = notesXml.replace(/<w:noBreakHyphen\/>/g, '-').replace(/<[^>]+>/g, '');
    expect(notesText).toContain('Nghị quyết số 57-NQ/TW của Bộ Chính trị.');
    expect(notesText).toContain('Kể cả trên mạng xã hội.');
    const { document, documentXml } = await readDocx(bytes);
    const refs = elements(document, 'w:footnoteReference').map((r) => r.getAttribute('w:id'));
    expect(refs).toEqual(['1', '2']);
    expect(documentXml).toContain('FootnoteReference');
    const stylesXml = await zip.file('word/styles.xml')!.async('string');
    expect(stylesXml).toMatch(/w:styleId="FootnoteReference"[\s\S]*?<w:vertAlign w:val="superscript"\/>/);
    // The footnote paragraph is in the footnote size (10 pt = 20 half-points) through its style.
    expect(stylesXml).toMatch(/w:styleId="Footnote"[\s\S]*?<w:sz w:val="20"\/>/);
  });
});

describe('page break before a section', () => {
  it('the section heading starts a new page in the layout and writes w:pageBreakBefore', async () => {
    const plan = planWith([
      section('a', 'Mục đích', [paragraph(text('Một.'))]),
      section('b', 'Nhiệm vụ', [paragraph(text('Hai.'))], { pageBreakBefore: true }),
    ]);
    const doc = layoutPlan(plan);
    const heading = doc.body.find((p) => p.kind === 'heading' && p.sourceId === 'b')!;
    expect(heading.pageBreakBefore).toBe(true);
    expect(doc.body.filter((p) => p.pageBreakBefore)).toHaveLength(1);
    const { document } = await readDocx(await exportDocx(plan));
    const para = paragraphs(document).find((p) => p.text.includes('NHIỆM VỤ'))!;
    expect(elements(para.el, 'w:pageBreakBefore')).toHaveLength(1);
  });

  it('a section with no heading or text of its own passes the new page to its first child', () => {
    // Top-level sections unnumbered: section b prints nothing of its own.
    const plan = dongDaPlan({
      options: { mirrorMargins: true, levels: ['none', 'arabic'] },
      sections: [
        section('a', 'Mục đích', [paragraph(text('Một.'))]),
        { id: 'b', title: '', body: [], pageBreakBefore: true, children: [section('b1', 'Nhiệm vụ', [paragraph(text('Hai.'))])] },
      ],
    });
    const doc = layoutPlan(plan);
    expect(doc.body.filter((p) => p.pageBreakBefore).map((p) => p.sourceId)).toEqual(['b1']);
  });
});

describe('paragraph alignment', () => {
  it('a centred and a right-aligned paragraph write w:jc; the other body paragraphs write nothing', async () => {
    const plan = planWith([
      section('a', 'Mục đích', [
        paragraph(text('Đoạn thường của kế hoạch.')),
        { type: 'paragraph', align: 'center', children: [text('Đoạn căn giữa')] },
        { type: 'paragraph', align: 'right', children: [text('Đoạn căn phải')] },
      ]),
    ]);
    const doc = layoutPlan(plan);
    expect(doc.body.find((p) => p.runs.some((r) => r.text === 'Đoạn căn giữa'))?.align).toBe('center');
    const { document } = await readDocx(await exportDocx(plan));
    const all = paragraphs(document);
    const centred = all.find((p) => p.text === 'Đoạn căn giữa')!;
    const right = all.find((p) => p.text.startsWith('Đoạn căn phải'))!;
    const plain = all.find((p) => p.text === 'Đoạn thường của kế hoạch.')!;
    expect(centred.align).toBe('center');
    expect(right.align).toBe('right');
    expect(elements(centred.el, 'w:jc')[0]?.getAttribute('w:val')).toBe('center');
    expect(elements(right.el, 'w:jc')[0]?.getAttribute('w:val')).toBe('right');
    expect(elements(plain.el, 'w:jc')).toHaveLength(0);
    expect(plain.align).toBe('both');
    // No first-line indent pushes a centred line off centre.
    expect(centred.indent.firstLine ?? 0).toBe(0);
  });
});
