import { bullet, paragraph, text, type Plan, type Section } from '../../../core/model';
import type { ProfileId } from '../../../core/model/organisation';
import { anLaoPlan, dongDaPlan, thanhXuanPlan } from '../../helpers/fixtures';

/**
 * Plans whose sections go several levels deep, for the tests of named heading styles: one fixed
 * plan with four levels (I. / 1. / 1.1. / a)), and seeded random section trees on the three
 * example plans' organisations, so no test depends on one example's shape.
 */

const section = (id: string, title: string, body: Section['body'], children: Section[] = [], extra: Partial<Section> = {}): Section => ({
  id,
  title,
  body,
  children,
  ...extra,
});

const sentence = (s: string) => paragraph(text(s));

/** An HD05 plan with headings at levels 1 to 4 and body text under each. */
export function fourLevelPlan(): Plan {
  return dongDaPlan({
    profile: 'dang-hd05',
    sections: [
      section('m1', 'Mục đích, yêu cầu', [sentence('Quán triệt sâu sắc nội dung Chương trình hành động.')], [
        section('m1-1', 'Mục đích', [sentence('Nâng cao nhận thức của cán bộ, đảng viên.')], [
          section('m1-1-1', 'Đối với cán bộ, đảng viên', [sentence('Gương mẫu thực hiện nhiệm vụ được giao.')], [
            section('m1-1-1-a', 'Trong cơ quan', [sentence('Thực hiện nghiêm nội quy cơ quan.')]),
            section('m1-1-1-b', 'Tại nơi cư trú', [bullet('-', text('Tham gia sinh hoạt chi bộ nơi cư trú.'))]),
          ]),
        ]),
      ]),
      section('m2', 'Tổ chức thực hiện', [], [
        section('m2-1', 'Ủy ban nhân dân phường', [sentence('Chủ trì triển khai Kế hoạch.')]),
      ]),
    ],
  });
}

/** Small deterministic PRNG (mulberry32): the same seed gives the same plan on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['công tác', 'tuyên truyền', 'kiểm tra', 'giám sát', 'đảng viên', 'chi bộ', 'Nhân dân', 'nhiệm vụ', 'giải pháp', 'đổi mới', 'ủy ban', 'học sinh'];
const BASES: Record<ProfileId, (overrides: Partial<Plan>) => Plan> = { 'dang-hd05': dongDaPlan, 'dang-hd36': anLaoPlan, 'nha-nuoc-nd30': thanhXuanPlan };

/**
 * A random plan under `profile`: sections up to `maxDepth` deep (one branch always reaches it),
 * some with empty titles, some run into their first paragraph, with paragraphs and bullets.
 */
export function randomDeepPlan(seed: number, profile: ProfileId, maxDepth: number): Plan {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  let counter = 0;
  const make = (depth: number, mustGoDeeper: boolean): Section => {
    counter += 1;
    const id = `r${counter}`;
    const body: Section['body'] = Array.from({ length: Math.floor(rnd() * 3) }, () =>
      rnd() < 0.3 ? bullet('-', text(`${phrase(6)}.`)) : paragraph(text(`Thực hiện ${phrase(8)}.`)),
    );
    const childCount = depth >= maxDepth ? 0 : Math.floor(rnd() * 3) + (mustGoDeeper ? 1 : 0);
    const children = Array.from({ length: childCount }, (_, i) => make(depth + 1, mustGoDeeper && i === 0));
    const title = rnd() < 0.1 ? '' : phrase(1 + Math.floor(rnd() * 4));
    return section(id, title, body, children, rnd() < 0.15 && body[0]?.type === 'paragraph' ? { runIn: true } : {});
  };
  const sections = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, i) => make(1, i === 0));
  return BASES[profile]({ profile, sections });
}
