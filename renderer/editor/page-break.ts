import { type CodeKeyLike, textCommandForKey } from '../../core/commands/command-table';
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

/** The page-break key of the command table (Ctrl+Enter, Word's page break). */
export const isPageBreakKey = (e: CodeKeyLike): boolean => textCommandForKey(e) === 'page-break';
