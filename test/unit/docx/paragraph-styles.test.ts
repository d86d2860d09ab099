import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import type { Plan, Section } from '../../../core/model';
import { PROFILE_IDS } from '../../../core/model/organisation';
import { layoutPlan } from '../../../core/render/layout';
import type { Para } from '../../../core/render/layout-types';
import { mmToTwips, ptToHalfPoints, ptToTwips } from '../../../core/profiles/profile';
import { cleanText } from '../../../core/text/clean-text';
import { styleIdOf } from '../../../core/docx/style-sheet';
import { child, children, elements, paragraphs, readDocx, resolvePara, resolveStyle, styleTable, type ResolvedPara } from '../../helpers/docx-xml';
import { anLaoPlan, dongDaPlan, dongDaRecipients, thanhXuanPlan } from '../../helpers/fixtures';
import { fourLevelPlan, randomDeepPlan } from './deep-plans';

// Issue 7: a DOCX that behaves well in Word. Headings carry named styles with outline levels (the
// Navigation Pane shows the plan's structure), body, recipient lines and signature have named
// styles too, and naming them changes nothing on paper (format-profiles.md stays the standard).

interface Exported {
  /** Every paragraph of the document body, header and closing tables included, resolved through its style. */
  all: ResolvedPara[];
  /** Paragraphs outside tables: the front block then the body, in order. */
  loose: ResolvedPara[];
  style: (id: string) => ResolvedPara;
  styleIds: string[];
}

async function exported(plan: Plan): Promise<Exported> {
  const { document, styles, headers } = await readDocx(await exportDocx(plan));
  const table = styleTable(styles);
  const paras = [...elements(document, 'w:p'), ...Object.values(headers).flatMap((h) => elements(h, 'w:p'))];
  const inTable = (p: (typeof paras)[number]) => {
    for (let n = p.parentNode; n; n = n.parentNode) if (n.nodeName === 'w:tbl') return true;
    return false;
  };
  return {
    all: paras.map((p) => resolvePara(p, table)),
    loose: elements(document, 'w:p').filter((p) => !inTable(p)).map((p) => resolvePara(p, table)),
    style: (id) => resolveStyle(table, id),
    styleIds: [...table.byId.keys()],
  };
}

const text = (p: ResolvedPara): string => p.runs.map((r) => r.text).join('');

/** Section id → depth in the plan's tree (1 = top level), computed from the plan, not the layout. */
function depths(sections: Section[], depth = 1, out = new Map<string, number>()): Map<string, number> {
  for (const s of sections) {
    out.set(s.id, depth);
    depths(s.children, depth + 1, out);
  }
  return out;
}

describe('headings carry named styles with outline levels', () => {
  it('I. / 1. / 1.1. / a) are "Đề mục 1" to "Đề mục 4" at outline levels 1 to 4; body paragraphs have no level', async () => {
    const doc = await exported(fourLevelPlan());
    const expected: Array<[string, number]> = [
      ['I. MỤC ĐÍCH, YÊU CẦU', 1],
      ['1. Mục đích', 2],
      ['1.1. Đối với cán bộ, đảng viên', 3],
      ['a) Trong cơ quan', 4],
      ['b) Tại nơi cư trú', 4],
      ['II. TỔ CHỨC THỰC HIỆN', 1],
      ['1. Ủy ban nhân dân phường', 2],
    ];
    for (const [heading, level] of expected) {
      const p = doc.loose.find((x) => text(x) === heading)!;
      expect(p, heading).toBeDefined();
      expect(p.styleId).toBe(`Heading${level}`);
      expect(p.styleName).toBe(`Đề mục ${level}`);
      // Word's w:outlineLvl counts from 0: "Level 1" in the Navigation Pane is 0.
      expect(p.outlineLevel).toBe(level - 1);
    }
    const outlined = doc.all.filter((p) => p.outlineLevel !== undefined).map(text);
    expect(outlined).toEqual(expected.map(([h]) => h));
    const body = doc.loose.find((p) => text(p) === 'Gương mẫu thực hiện nhiệm vụ được giao.')!;
    expect(body.styleName).toBe('Thân văn bản');
    expect(body.outlineLevel).toBeUndefined();
  });

  it.each(PROFILE_IDS.flatMap((profile) => [1, 2, 3].map((seed) => ({ profile, seed }))))(
    'random plan %#: every heading is at the outline level of its section depth, nothing else is',
    async ({ profile, seed }) => {
      const plan = randomDeepPlan(seed * 7919, profile, 6);
      const laid = layoutPlan(plan);
      const depthOf = depths(plan.sections);
      const doc = await exported(plan);
      const printed = doc.loose.slice(laid.front.length);
      expect(printed.map(text)).toEqual(laid.body.map((p) => p.runs.map((r) => r.text).join('')));
      laid.body.forEach((para, i) => {
        const p = printed[i]!;
        if (para.kind === 'heading') {
          const depth = depthOf.get(para.sourceId ?? '')!;
          expect(p.outlineLevel, text(p)).toBe(depth - 1);
          expect(p.styleName).toBe(`Đề mục ${depth}`);
        } else {
          // Body text, bullets and headings run into their paragraph ("1.1. Đổi mới …: …") are text, not outline.
          expect(p.outlineLevel, text(p)).toBeUndefined();
        }
      });
      expect(doc.all.filter((p) => p.outlineLevel !== undefined)).toHaveLength(laid.body.filter((p) => p.kind === 'heading').length);
    },
  );
});

const WORD_ALIGN: Record<Para['align'], string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

/**
 * What Word must show for a laid-out paragraph, from the layout's figures alone: the standard the
 * file is held to, wherever in it (paragraph, style, defaults) each figure is written.
 */
function layoutFigures(para: Para) {
  const line = para.line.rule === 'multiple' ? { line: Math.round(para.line.value * 240), lineRule: 'auto' } : { line: ptToTwips(para.line.value), lineRule: para.line.rule };
  const indent = para.rule
    ? {}
    : para.hangingIndentMm
      ? { firstLine: 0, hanging: mmToTwips(para.hangingIndentMm), left: mmToTwips(para.hangingIndentMm) }
      : { firstLine: para.firstLineIndentMm ? mmToTwips(para.firstLineIndentMm) : 0, hanging: 0 };
  return {
    align: para.rule ? 'center' : WORD_ALIGN[para.align],
    before: ptToTwips(para.spaceBeforePt),
    after: ptToTwips(para.spaceAfterPt),
    ...line,
    ...indent,
    keepNext: para.keepWithNext === true,
    markSize: ptToHalfPoints(para.sizePt),
    runs: para.rule
      ? []
      : textLooks(para.runs.map((r) => ({ text: cleanText(r.text), size: ptToHalfPoints(r.sizePt), bold: r.bold === true, italic: r.italic === true, underline: r.underline === true }))),
  };
}

interface TextLook {
  text: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/**
 * How the text looks, stretch by stretch: neighbouring stretches that look the same are one
 * (the file may write them as one run or several; on paper it is the same), empty ones show nothing.
 */
function textLooks(stretches: TextLook[]): TextLook[] {
  const out: TextLook[] = [];
  for (const s of stretches) {
    if (s.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.size === s.size && last.bold === s.bold && last.italic === s.italic && last.underline === s.underline) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The same figures read from the file, resolved through the paragraph's style chain. */
function shownFigures(p: ResolvedPara, figures: ReturnType<typeof layoutFigures>) {
  const n = (v: string | undefined) => Number(v ?? 0);
  return {
    align: p.align,
    before: n(p.before),
    after: n(p.after),
    // Single spacing when nothing says otherwise.
    line: n(p.line ?? '240'),
    lineRule: p.lineRule ?? 'auto',
    // A rule's side indents depend on its column (header-block.test.ts measures them).
    ...('firstLine' in figures ? { firstLine: n(p.firstLine), hanging: n(p.hanging) } : {}),
    ...('left' in figures ? { left: n(p.left) } : {}),
    keepNext: p.keepNext,
    markSize: n(p.markSize),
    runs: textLooks(p.runs.map((r) => ({ text: r.text, size: n(r.size), bold: r.bold, italic: r.italic, underline: r.underline }))),
  };
}

describe('the styles and what each paragraph writes add up to the layout, so nothing changes on paper', () => {
  const plans: Array<[string, () => Plan]> = [
    ['An Lão (HD36)', () => anLaoPlan()],
    ['Đông Đa (HD05)', () => dongDaPlan()],
    ['Thanh Xuân (ND30)', () => thanhXuanPlan()],
    ['four levels', fourLevelPlan],
    [
      'a deep HD36 plan with brace groups and urgency and draft marks',
      () => ({ ...randomDeepPlan(7, 'dang-hd36', 5), recipients: dongDaRecipients(), marks: { urgency: 'HỎA TỐC', draftNumber: 1 } }),
    ],
    ...PROFILE_IDS.map((profile, i): [string, () => Plan] => [
      `random ${profile} with urgency, draft and circulation marks`,
      () => ({ ...randomDeepPlan(101 + i, profile, 7), marks: { urgency: 'KHẨN', draftNumber: 2, circulation: 'Tài liệu hội nghị' } }),
    ]),
  ];

  it.each(plans)('%s: every paragraph and run resolves to the figures the layout decided', async (_name, make) => {
    const plan = make();
    const laid = layoutPlan(plan);
    const { document, headers } = await readDocx(await exportDocx(plan));
    const c = laid.closing;
    const expected = [
      ...(laid.circulation && !laid.circulation.framed ? [laid.circulation] : []),
      ...laid.header.rows.flatMap((row) => [...row.left, ...row.right]),
      ...laid.front,
      ...laid.body,
      c.noiNhan,
      ...c.groups.flatMap((g) => g.lines),
      c.archive,
      ...c.signature,
    ];
    // Paired by style and text; the brace, its purpose and the framed circulation mark name no style.
    const key = (styleId: string, text: string) => `${styleId}|${text}`;
    const queue = new Map<string, Para[]>();
    for (const para of expected) {
      const k = key(styleIdOf(para), cleanText(para.runs.map((r) => r.text).join('')));
      queue.set(k, [...(queue.get(k) ?? []), para]);
    }
    const printed = [...elements(document, 'w:p'), ...Object.values(headers).flatMap((h) => elements(h, 'w:p'))]
      .map((p) => resolvePara(p))
      .filter((p) => p.styleId !== 'Normal');
    expect(printed).toHaveLength(expected.length);
    for (const p of printed) {
      const para = queue.get(key(p.styleId, text(p)))?.shift();
      expect(para, `${p.styleId}: ${text(p)}`).toBeDefined();
      const figures = layoutFigures(para!);
      expect(shownFigures(p, figures), `${p.styleId}: ${text(p)}`).toEqual(figures);
    }
  });
});

describe('paragraphs take their look from their style, not from direct formatting', () => {
  it('An Lão (HD36): body paragraphs write no size, alignment, spacing or indent, heading runs no bold; Word shows the profile figures', async () => {
    const plan = anLaoPlan();
    const profile = layoutPlan(plan).profile;
    const b = profile.body;
    const { document } = await readDocx(await exportDocx(plan));
    const all = paragraphs(document);

    const body = all.filter((p) => p.styleId === 'BodyText');
    // The opening, the four bullets and the paragraph under "2. Mục tiêu".
    expect(body.length).toBeGreaterThanOrEqual(5);
    for (const p of body) {
      const pPr = child(p.el, 'w:pPr')!;
      for (const tag of ['w:sz', 'w:jc', 'w:spacing', 'w:ind']) expect(elements(pPr, tag), `${tag} on "${p.text}"`).toHaveLength(0);
      for (const r of children(p.el, 'w:r')) expect(child(child(r, 'w:rPr'), 'w:sz'), p.text).toBeUndefined();
      expect(p.align).toBe('both');
      expect(p.indent.firstLine).toBe(mmToTwips(b.firstLineIndentMm));
      expect(p.spacing).toEqual({
        before: ptToTwips(b.spaceBeforePt),
        after: ptToTwips(b.spaceAfterPt),
        ...(b.line.rule === 'multiple' ? { line: Math.round(b.line.value * 240), lineRule: 'auto' } : { line: ptToTwips(b.line.value), lineRule: b.line.rule }),
      });
      expect(p.runs.every((r) => r.size === ptToHalfPoints(b.sizePt) && !r.bold), p.text).toBe(true);
    }

    const headings = all.filter((p) => /^Heading\d$/.test(p.styleId));
    expect(headings.length).toBeGreaterThanOrEqual(4);
    for (const h of headings) {
      const level = Number(h.styleId.slice('Heading'.length));
      for (const r of children(h.el, 'w:r')) {
        expect(child(child(r, 'w:rPr'), 'w:b'), h.text).toBeUndefined();
        expect(child(child(r, 'w:rPr'), 'w:sz'), h.text).toBeUndefined();
      }
      expect(h.runs.every((r) => r.bold === profile.headings[level - 1]!.bold && r.size === ptToHalfPoints(b.sizePt)), h.text).toBe(true);
    }
  });

  it.each([
    ['An Lão (HD36)', () => anLaoPlan()],
    ['Đông Đa (HD05)', () => dongDaPlan()],
    ['Thanh Xuân (ND30)', () => thanhXuanPlan()],
    ['four levels', fourLevelPlan],
  ] as Array<[string, () => Plan]>)('%s: what a paragraph or run writes itself always differs from what its style says', async (_name, make) => {
    const { document, styles } = await readDocx(await exportDocx(make()));
    const table = styleTable(styles);
    for (const el of elements(document, 'w:p')) {
      const pPr = child(el, 'w:pPr');
      const styleId = child(pPr, 'w:pStyle')?.getAttribute('w:val');
      if (!styleId) continue;
      const style = resolveStyle(table, styleId);
      const where = `${styleId}: ${text(resolvePara(el))}`;
      const jc = child(pPr, 'w:jc')?.getAttribute('w:val');
      if (jc !== undefined) expect(jc, where).not.toBe(style.align);
      const spacing = child(pPr, 'w:spacing');
      for (const [name, styled] of [['w:before', style.before], ['w:after', style.after], ['w:line', style.line]] as const) {
        const value = spacing?.getAttribute(name) || undefined;
        if (value !== undefined) expect(value, `${where} ${name}`).not.toBe(styled);
      }
      const keep = child(pPr, 'w:keepNext');
      if (keep) expect(!['false', '0', 'off'].includes(keep.getAttribute('w:val') ?? ''), where).not.toBe(style.keepNext);
      const styleRun = style.runs[0]!;
      for (const r of children(el, 'w:r')) {
        const rPr = child(r, 'w:rPr');
        const sz = child(rPr, 'w:sz')?.getAttribute('w:val');
        if (sz !== undefined) expect(sz, where).not.toBe(styleRun.size);
        for (const [tag, styled] of [['w:b', styleRun.bold], ['w:i', styleRun.italic]] as const) {
          const prop = child(rPr, tag);
          if (prop) expect(!['false', '0', 'off'].includes(prop.getAttribute('w:val') ?? ''), `${where} ${tag}`).not.toBe(styled);
        }
      }
    }
  });
});

describe('a paragraph a clerk adds in Word with a style gets the profile look', () => {
  it('Party HD05: "Thân văn bản" is justified, 10 mm first line, 6 pt after, exactly 18 pt, 14 pt Times', async () => {
    const doc = await exported(dongDaPlan({ profile: 'dang-hd05' }));
    const body = doc.style('BodyText');
    expect(body.styleName).toBe('Thân văn bản');
    expect(body).toMatchObject({ align: 'both', firstLine: '567', before: '0', after: '120', line: '360', lineRule: 'exact', keepNext: false });
    expect(body.runs[0]).toMatchObject({ size: '28', bold: false, italic: false });
    expect(body.outlineLevel).toBeUndefined();
  });

  it('state ND30: "Thân văn bản" has 1.27 cm first line and 1.15 lines', async () => {
    const body = (await exported(thanhXuanPlan())).style('BodyText');
    expect(body).toMatchObject({ align: 'both', firstLine: '720', after: '120', line: '276', lineRule: 'auto' });
  });

  it('"Đề mục n" keep with the next line and take bold/italic per level from the profile; caps stay in the text', async () => {
    for (const plan of [dongDaPlan({ profile: 'dang-hd05' }), thanhXuanPlan()]) {
      const doc = await exported(plan);
      const levels = layoutPlan(plan).profile.headings;
      levels.forEach((h, i) => {
        const style = doc.style(`Heading${i + 1}`);
        expect(style.styleName).toBe(`Đề mục ${i + 1}`);
        expect(style.outlineLevel).toBe(i);
        expect(style.keepNext).toBe(true);
        expect(style.runs[0]).toMatchObject({ bold: h.bold, italic: h.italic, size: '28' });
        // A heading is a body paragraph in weight and spacing: same indent, line and spacing as the body.
        expect(style).toMatchObject({ align: 'both', firstLine: doc.style('BodyText').firstLine, line: doc.style('BodyText').line });
      });
    }
  });

  it('deeper levels than the profile lists look like its last level, up to Word\'s nine', async () => {
    const doc = await exported(dongDaPlan({ profile: 'dang-hd05' }));
    const last = doc.style('Heading5');
    for (const level of [6, 7, 8, 9]) {
      const style = doc.style(`Heading${level}`);
      expect(style.outlineLevel).toBe(level - 1);
      expect(style.runs[0]).toEqual(last.runs[0]);
    }
    // docx's default headings (blue, Calibri sizes) never remain.
    expect(doc.styleIds.filter((id) => /^Heading\d$/.test(id))).toHaveLength(9);
  });

  it('Nơi nhận, recipient lines and the signature have their own named styles with the profile sizes', async () => {
    const doc = await exported(dongDaPlan({ profile: 'dang-hd05' }));
    const byText = (t: string | RegExp) => doc.all.find((p) => (typeof t === 'string' ? text(p) === t : t.test(text(p))))!;
    expect(byText('Nơi nhận:').styleName).toBe('Nơi nhận');
    expect(byText('- Thành ủy Hà Nội;').styleName).toBe('Dòng nơi nhận');
    expect(doc.style('Recipient').runs[0]!.size).toBe('24');
    expect(doc.style('Recipient').align).toBe('left');
    expect(byText('T/M ĐẢNG ỦY').styleName).toBe('Thẩm quyền ký');
    expect(byText('Đinh Nguyên Mạnh').styleName).toBe('Họ tên người ký');
    expect(doc.style('SignerName').runs[0]).toMatchObject({ bold: true, size: '28' });
    expect(byText('KẾ HOẠCH').styleName).toBe('Tên loại văn bản');
    expect(byText(/^triển khai thực hiện/).styleName).toBe('Trích yếu');
  });

  it('style ids are ASCII (Word and LibreOffice key styles by them); names are Vietnamese', async () => {
    const doc = await exported(anLaoPlan());
    for (const id of doc.styleIds) expect(id).toMatch(/^[A-Za-z0-9]+$/);
    const names = doc.all.map((p) => p.styleName);
    expect(names).toContain('Thân văn bản');
    expect(names).toContain('Đề mục 1');
  });
});
