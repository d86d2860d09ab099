import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/docx/export-docx';
import type { Plan, Section } from '../../core/model';
import { layoutPlan } from '../../core/render/layout';
import { fourLevelPlan, randomDeepPlan } from '../unit/docx/deep-plans';

/**
 * The exported DOCX opened by another word processor: LibreOffice converts it to ODT, where a
 * paragraph it takes for a heading is a <text:h text:outline-level="n"> (what its Navigator and
 * a table of contents list) and any other paragraph a <text:p>. So the plan's headings must come
 * out as headings of their depth, and the body text, the title and the closing block must not.
 */

interface OdtPara {
  heading: boolean;
  level?: number;
  text: string;
  /** Display name of the paragraph's named style (the automatic style's parent), if any. */
  styleName?: string;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Text of an ODF paragraph: <text:s text:c="n"/> stands for n spaces, <text:tab/> for a tab. */
function odfText(node: Node): string {
  let out = '';
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeName === 'text:s') out += ' '.repeat(Number((n as Element).getAttribute('text:c') || '1'));
    else if (n.nodeName === 'text:tab' || n.nodeName === 'text:line-break') out += ' ';
    else out += odfText(n);
  }
  return out;
}

async function readOdt(path: string): Promise<OdtPara[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parse = async (name: string) => new DOMParser().parseFromString(await zip.file(name)!.async('string'), 'text/xml');
  const content = await parse('content.xml');
  const styles = await parse('styles.xml');
  // Named styles (styles.xml) by internal name → the name the user sees; automatic styles → their parent.
  const displayName = new Map<string, string>();
  for (const s of Array.from(styles.getElementsByTagName('style:style'))) {
    displayName.set(s.getAttribute('style:name') ?? '', s.getAttribute('style:display-name') || (s.getAttribute('style:name') ?? ''));
  }
  const parentOf = new Map<string, string>();
  for (const s of Array.from(content.getElementsByTagName('style:style'))) {
    parentOf.set(s.getAttribute('style:name') ?? '', s.getAttribute('style:parent-style-name') ?? '');
  }
  const out: OdtPara[] = [];
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeName === 'text:h' || n.nodeName === 'text:p') {
        const el = n as Element;
        const auto = el.getAttribute('text:style-name') ?? '';
        const named = parentOf.get(auto) || auto;
        out.push({
          heading: n.nodeName === 'text:h',
          ...(n.nodeName === 'text:h' ? { level: Number(el.getAttribute('text:outline-level')) } : {}),
          text: squash(odfText(n)),
          ...(displayName.has(named) ? { styleName: displayName.get(named) } : {}),
        });
      } else walk(n);
    }
  };
  walk(content.getElementsByTagName('office:body')[0]!);
  return out;
}

/** Heading texts of the plan with the depth of their section, in document order (from the plan's tree). */
function expectedHeadings(plan: Plan): Array<{ text: string; level: number }> {
  const depth = new Map<string, number>();
  const walk = (sections: Section[], d: number) => sections.forEach((s) => (depth.set(s.id, d), walk(s.children, d + 1)));
  walk(plan.sections, 1);
  return layoutPlan(plan)
    .body.filter((p) => p.kind === 'heading')
    .map((p) => ({ text: squash(p.runs.map((r) => r.text).join('')), level: depth.get(p.sourceId ?? '')! }));
}

const PLANS = {
  'four-levels': fourLevelPlan(),
  // A state plan six levels deep, with run-in headings and bullets, from a fixed seed.
  'random-nd30': randomDeepPlan(4242, 'nha-nuoc-nd30', 6),
};
type Name = keyof typeof PLANS;

let workDir = '';
const odt = new Map<Name, OdtPara[]>();

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kehoach-docx-styles-'));
  const inputs: string[] = [];
  for (const [name, plan] of Object.entries(PLANS)) {
    const path = join(workDir, `${name}.docx`);
    writeFileSync(path, await exportDocx(plan));
    inputs.push(path);
  }
  // A private LibreOffice profile: parallel runs with the shared one lock each other out.
  const profileUrl = `file://${join(workDir, 'lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profileUrl}`, '--headless', '--convert-to', 'odt', '--outdir', workDir, ...inputs], {
    stdio: 'pipe',
    timeout: 150_000,
  });
  for (const name of Object.keys(PLANS) as Name[]) {
    const path = join(workDir, `${name}.odt`);
    if (!existsSync(path)) throw new Error(`LibreOffice did not produce ${name}.odt`);
    odt.set(name, await readOdt(path));
  }
}, 180_000);

afterAll(() => {
  if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
});

describe('LibreOffice reads the exported headings as headings', () => {
  it('four levels: I. / 1. / 1.1. / a) are headings of levels 1 to 4, in order, and nothing else is', () => {
    const headings = odt.get('four-levels')!.filter((p) => p.heading);
    expect(headings.map((h) => [h.text, h.level])).toEqual([
      ['I. MỤC ĐÍCH, YÊU CẦU', 1],
      ['1. Mục đích', 2],
      ['1.1. Đối với cán bộ, đảng viên', 3],
      ['a) Trong cơ quan', 4],
      ['b) Tại nơi cư trú', 4],
      ['II. TỔ CHỨC THỰC HIỆN', 1],
      ['1. Ủy ban nhân dân phường', 2],
    ]);
  });

  it('four levels: body text, title, summary and the closing block stay ordinary paragraphs', () => {
    const paras = odt.get('four-levels')!;
    for (const text of ['Quán triệt sâu sắc nội dung Chương trình hành động.', 'Gương mẫu thực hiện nhiệm vụ được giao.', '- Tham gia sinh hoạt chi bộ nơi cư trú.', 'KẾ HOẠCH', 'Nơi nhận:', 'T/M ĐẢNG ỦY']) {
      const p = paras.find((x) => x.text === text);
      expect(p, text).toBeDefined();
      expect(p!.heading, text).toBe(false);
    }
  });

  it('four levels: the clerk sees the Vietnamese style names', () => {
    const paras = odt.get('four-levels')!;
    expect(paras.find((p) => p.text === '1.1. Đối với cán bộ, đảng viên')!.styleName).toBe('Đề mục 3');
    expect(paras.find((p) => p.text === 'Gương mẫu thực hiện nhiệm vụ được giao.')!.styleName).toBe('Thân văn bản');
    expect(paras.find((p) => p.text === 'Nơi nhận:')!.styleName).toBe('Nơi nhận');
  });

  it('a random state plan six levels deep: every heading at the depth of its section, run-in headings and body not', () => {
    const plan = PLANS['random-nd30'];
    const expected = expectedHeadings(plan);
    expect(Math.max(...expected.map((h) => h.level))).toBe(6);
    const headings = odt.get('random-nd30')!.filter((p) => p.heading);
    expect(headings.map((h) => ({ text: h.text, level: h.level }))).toEqual(expected);
  });
});
