import type { Plan } from '../model/plan';
import type { FormatProfile } from '../profiles/profile';
import { applyToneMarks, upperVi } from '../text';
import type { LaidOutDocument, Para, RecipientGroupLayout } from './layout-types';
import { para, styledLine, styledRun } from './layout-para';

/**
 * The closing block: Nơi nhận (recipient groups, then the archive line) on the left, the
 * signature (authority, position, blank lines, name) on the right.
 */

/** Space between the last body paragraph and the closing block. */
const CLOSING_SPACE_BEFORE_PT = 6;

/** "- Ban Tuyên giáo Thành ủy;" — strips a typed dash and end so they are never doubled. */
function recipientText(item: string, end: string, purpose: string): string {
  const core = item.trim().replace(/^[-–]\s*/, '').replace(/[\s.;,]+$/, '');
  return `- ${core}${purpose ? ` ${purpose}` : ''}${end}`;
}

/** "để b/c" or "(để b/c)" → "(để b/c)". */
const purposeText = (purpose: string): string => {
  const core = purpose.trim().replace(/^\(\s*/, '').replace(/\s*\)$/, '');
  return core === '' ? '' : `(${core})`;
};

export function layoutClosing(plan: Plan, profile: FormatProfile): LaidOutDocument['closing'] {
  const c = profile.closing;
  const tone = (s: string) => applyToneMarks(s, plan.organisation.toneMarks);
  // Recipient lines at their size, exactly spaced so a brace can be sized to the group.
  const lineOptions = { align: 'left' as const, sizePt: c.recipient.sizePt, line: { rule: 'exact' as const, value: c.recipient.sizePt + 2 } };
  const recipientPara = (kind: 'recipient' | 'archive', text: string): Para =>
    para(kind, [styledRun(text, { sizePt: c.recipient.sizePt })], lineOptions);

  // Only the words of "Nơi nhận" are underlined, not the colon.
  const label = c.noiNhan.text.replace(/:$/, '');
  const noiNhan = para(
    'noi-nhan',
    [styledRun(label, c.noiNhan), ...(label !== c.noiNhan.text ? [styledRun(':', { ...c.noiNhan, underline: false })] : [])],
    { align: 'left', sizePt: c.noiNhan.sizePt, spaceBeforePt: CLOSING_SPACE_BEFORE_PT },
  );

  const groups: RecipientGroupLayout[] = plan.recipients
    .filter((g) => g.items.some((item) => item.trim() !== ''))
    .map((g) => {
      const purpose = purposeText(g.purpose);
      const each = g.display === 'each-line' ? purpose : '';
      return {
        purpose,
        display: g.display,
        lines: g.items
          .filter((item) => item.trim() !== '')
          .map((item) => recipientPara('recipient', recipientText(tone(item), c.recipient.lineEnd, each))),
      };
    });
  const archive = recipientPara('archive', recipientText(tone(plan.organisation.archiveLine), '.', ''));

  const signature: Para[] = [];
  const sig = plan.signature;
  const authority = upperVi(tone(sig.authority.trim()));
  if (authority) signature.push(styledLine('authority', authority, c.authority, { spaceBeforePt: CLOSING_SPACE_BEFORE_PT }));
  signature.push(
    styledLine('position', upperVi(tone(sig.position.trim())), c.position, authority ? {} : { spaceBeforePt: CLOSING_SPACE_BEFORE_PT }),
  );
  for (let i = 0; i < c.blankLines; i += 1) signature.push(para('signature-space', [], { sizePt: c.name.sizePt }));
  signature.push(styledLine('signer-name', sig.name.trim(), c.name));

  return { leftWidthPct: c.leftWidthPct, noiNhan, groups, archive, signature };
}
