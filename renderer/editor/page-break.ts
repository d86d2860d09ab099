import type { Plan } from '../../core/model/plan';
import { updateSection } from './plan-updates';

/** "Bắt đầu trang mới" on a section, on or off (Ctrl+Enter in its title or text toggles it). */
export const toggleSectionPageBreak = (plan: Plan, id: string): Plan => ({
  ...plan,
  sections: updateSection(plan.sections, id, (s) => {
    const { pageBreakBefore, ...rest } = s;
    return pageBreakBefore ? rest : { ...rest, pageBreakBefore: true };
  }),
});

/** Ctrl+Enter (Cmd+Enter), Word's page break. */
export const isPageBreakKey = (e: { ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; key: string }): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key === 'Enter';
