import type { Plan } from '../model/plan';
import type { FormatProfile } from '../profiles/profile';
import { applyToneMarks, upperVi } from '../text';
import { textWidthMm } from '../text/measure';
import { isSpace, trimEndWhere, trimStartSpace, trimStartWhere } from '../text/trim';
import { breakBalanced } from './layout-lines';
import type { LaidOutDocument, Para, RecipientGroupLayout } from './layout-types';
import { para, styledLine, styledRun } from './layout-para';

/**
 * The closing block: Nơi nhận (recipient groups, then the archive line) on the left, the
 * signature (authority, position, blank lines, name) on the right. The whole block stays on one
 * page and takes the last body paragraph with it (a signature alone on a page is how forgeries
 * start): every paragraph but the archive line keeps with the next, and so does the last body
 * paragraph (see layout-keep.ts).
 */

/** Space between the last body paragraph and the closing block. */
const CLOSING_SPACE_BEFORE_PT = 6;
/** A brace purpose takes at most this share of the left column; longer purposes wrap. */
const PURPOSE_MAX_SHARE = 0.4;
/** A hair of space between the brace and "(để b/c)", kept in the purpose column. */
const PURPOSE_PAD_MM = 1;

/** "- Ban Tuyên giáo Thành ủy;" — strips a typed dash and end so they are never doubled. */
function recipientText(item: string, end: string, purpose: string): string {
  const dashless = trimStartWhere(item.trim(), (ch) => ch === '-' || ch === '–');
  const core = trimEndWhere(trimStartSpace(dashless), (ch) => isSpace(ch) || ch === '.' || ch === ';' || ch === ',');
  return `- ${core}${purpose ? ` ${purpose}` : ''}${end}`;
}

/** "để b/c" or "(để b/c)" → "(để b/c)". */
const purposeText = (purpose: string): string => {
  let core = purpose.trim();
  if (core.startsWith('(')) core = trimStartSpace(core.slice(1));
  if (core.endsWith(')')) core = core.slice(0, -1).trim();
  return core === '' ? '' : `(${core})`;
};

/**
 * Width of the purpose column beside the braces: the widest purpose, but at most a share of the
 * left column so the recipient lines keep most of it; a longer purpose is broken into balanced lines.
 */
function bracePurposes(groups: RecipientGroupLayout[], leftColumnMm: number, sizePt: number): number | undefined {
  const braced = groups.filter((g) => g.display === 'brace' && g.purpose !== '');
  if (braced.length === 0) return undefined;
  const widest = Math.max(...braced.map((g) => textWidthMm(g.purpose, sizePt))) + PURPOSE_PAD_MM;
  const widthMm = Math.min(widest, leftColumnMm * PURPOSE_MAX_SHARE);
  for (const g of braced) {
    const [run] = breakBalanced([{ text: g.purpose, sizePt }], widthMm - PURPOSE_PAD_MM, { minLastWords: 2 }).runs;
    g.purpose = run?.text ?? g.purpose;
  }
  return widthMm;
}

export function layoutClosing(plan: Plan, profile: FormatProfile): LaidOutDocument['closing'] {
  const c = profile.closing;
  const tone = (s: string) => applyToneMarks(s, plan.organisation.toneMarks);
  // Recipient lines at their size, exactly spaced so a brace can be sized to the group.
  const lineOptions = { align: 'left' as const, sizePt: c.recipient.sizePt, line: { rule: 'exact' as const, value: c.recipient.sizePt + 2 } };
  // A wrapped recipient line hangs after "- ", so no wrapped line starts at the margin.
  const hangingIndentMm = textWidthMm('- ', c.recipient.sizePt);
  const recipientPara = (kind: 'recipient' | 'archive', text: string): Para => ({
    ...para(kind, [styledRun(text, { sizePt: c.recipient.sizePt })], { ...lineOptions, keepWithNext: kind === 'recipient' }),
    hangingIndentMm,
  });

  // Only the words of "Nơi nhận" are underlined, not the colon.
  const label = c.noiNhan.text.replace(/:$/, '');
  const noiNhan = para(
    'noi-nhan',
    [styledRun(label, c.noiNhan), ...(label !== c.noiNhan.text ? [styledRun(':', { ...c.noiNhan, underline: false })] : [])],
    { align: 'left', sizePt: c.noiNhan.sizePt, spaceBeforePt: CLOSING_SPACE_BEFORE_PT, keepWithNext: true },
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

  const textAreaMm = profile.page.widthMm - profile.page.margins.leftMm - profile.page.margins.rightMm;
  const purposeWidthMm = bracePurposes(groups, (textAreaMm * c.leftWidthPct) / 100, c.recipient.sizePt);
  return {
    leftWidthPct: c.leftWidthPct,
    ...(purposeWidthMm !== undefined ? { purposeWidthMm } : {}),
    noiNhan,
    groups,
    archive,
    signature: signature.map((p) => ({ ...p, keepWithNext: true })),
  };
}
