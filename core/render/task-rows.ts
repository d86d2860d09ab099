import type { TaskRow } from '../model/appendix';
import type { BlockElement } from '../model/inline';
import type { Plan, Section } from '../model/plan';
import { applyToneMarks } from '../text';
import { createRefResolver, leavesText } from './resolve';

/**
 * The units and tasks of "Tổ chức thực hiện": each sub-heading names a unit (unless it names how
 * the plan is carried out: "Chế độ thông tin, báo cáo", "Kinh phí" …), and each "-" line or
 * paragraph under it is one of its tasks. Used for the recipients "để t/h" and the
 * task-assignment appendix (in the app and from an answers file).
 */

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

function isImplementationSection(section: Section): boolean {
  return section.key === 'to-chuc-thuc-hien' || fold(section.title).includes('tổ chức thực hiện');
}

export function findImplementation(sections: Section[]): Section | null {
  for (const section of sections) {
    if (isImplementationSection(section)) return section;
    const inner = findImplementation(section.children);
    if (inner) return inner;
  }
  return null;
}

/** "Đối với Phòng GDĐT:" → "Phòng GDĐT"; headings name the unit, sometimes with a lead-in. */
export function unitName(title: string): string {
  return title
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^đối với\s+/i, '')
    .replace(/[:.;,]+$/, '')
    .trim();
}

/**
 * Sub-headings of "Tổ chức thực hiện" that name how the plan is carried out, not who carries it
 * out: "Chế độ thông tin, báo cáo", "Kinh phí thực hiện", "Thời gian thực hiện", "Tiến độ …".
 */
const NOT_A_UNIT_KEYS = new Set(['che-do-bao-cao']);
const NOT_A_UNIT = /^(chế độ|kinh phí|nguồn kinh phí|thời gian|tiến độ|lộ trình|chế độ thông tin|thông tin, báo cáo|báo cáo|khen thưởng|kiểm tra|sơ kết|tổng kết|phân công|trách nhiệm thi hành|điều khoản|hiệu lực|tổ chức thực hiện)(?=$|[\s,.:;])/u;

export function namesAUnit(section: Section): boolean {
  if (section.key && NOT_A_UNIT_KEYS.has(section.key)) return false;
  return !NOT_A_UNIT.test(fold(unitName(section.title)));
}

/** One row per task ("-" line or paragraph) of each unit "Tổ chức thực hiện" names, the unit as lead. */
export function tasksFromImplementation(plan: Plan): TaskRow[] {
  const section = findImplementation(plan.sections);
  if (!section) return [];
  const resolver = createRefResolver(plan);
  const textOf = (block: BlockElement): string =>
    block.type === 'table' ? '' : applyToneMarks(leavesText(resolver.resolve(block.children)), plan.organisation.toneMarks).replace(/^[-+–]\s+/, '').trim();
  const blocksOf = (s: Section): BlockElement[] => [...s.body, ...s.children.flatMap(blocksOf)];
  const rows: TaskRow[] = [];
  for (const unit of section.children) {
    if (!namesAUnit(unit)) continue;
    const lead = unitName(unit.title);
    for (const block of blocksOf(unit)) {
      const content = textOf(block);
      if (content) rows.push({ content, lead });
    }
  }
  return rows;
}
