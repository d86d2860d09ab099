import * as z from 'zod';
import { headingStyleSchema, NUMBERING_STYLES } from '../model/plan';
import { PROFILE_IDS, type ProfileId } from '../model/organisation';
import hd05 from './dang-hd05.json';
import hd36 from './dang-hd36.json';
import nd30 from './nha-nuoc-nd30.json';
import { ProfileFileError, resolveProfileFiles, validateProfileFile } from './profile-files';

export { ProfileFileError };

/**
 * A format profile: every number the exported page must show, read from one JSON file per
 * profile so a maintainer can correct a figure without touching code. The schema is built when
 * first needed (checking profile files), not when this module loads.
 */
function buildProfileSchema() {
  const textStyle = z.object({
    sizePt: z.number().min(8).max(20),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    underline: z.boolean().optional(),
  });

  const profile = z.object({
    id: z.enum(PROFILE_IDS),
    name: z.string(),
    regime: z.enum(['dang', 'nha-nuoc']),
    source: z.string(),
    page: z.object({
      widthMm: z.number(),
      heightMm: z.number(),
      margins: z.object({ topMm: z.number(), bottomMm: z.number(), leftMm: z.number(), rightMm: z.number() }),
      mirrorMarginsAllowed: z.boolean(),
    }),
    font: z.string(),
    pageNumber: z.object({ sizePt: z.number(), fromTopMm: z.number(), onFirstPage: z.boolean() }),
    header: z.object({
      leftWidthPct: z.number().min(20).max(80),
      superiorBody: textStyle,
      issuingBody: textStyle,
      /** Rule under the issuing body as a fraction of its text width (0 = none). */
      issuingBodyRuleFraction: z.number().min(0).max(1),
      star: z.boolean(),
      number: textStyle.extend({ pattern: z.enum(['dang', 'nha-nuoc']) }),
      urgency: textStyle,
      draftMark: textStyle,
      nationalLines: z.array(textStyle.extend({ text: z.string() })).min(1),
      /** Rule under the last national line, as a fraction of that line's text width. */
      nationalRuleFraction: z.number().min(0).max(1),
      dateLine: textStyle,
      circulation: textStyle.extend({ framed: z.boolean() }),
    }),
    title: textStyle,
    authorLine: textStyle,
    summary: textStyle.extend({ firstLetter: z.enum(['lower', 'upper', 'as-typed']), ruleFraction: z.number().min(0).max(1) }),
    fiveHyphens: z.boolean(),
    body: z.object({
      sizePt: z.number(),
      minSizePt: z.number(),
      maxSizePt: z.number(),
      firstLineIndentMm: z.number(),
      spaceBeforePt: z.number(),
      spaceAfterPt: z.number(),
      line: z.object({ rule: z.enum(['exact', 'atLeast', 'multiple']), value: z.number() }),
      finalMark: z.enum(['.', './.']),
    }),
    /** Footnote text ("chú thích"): its size, and where the figure comes from. */
    footnote: z.object({ sizePt: z.number().min(8).max(14), source: z.string() }),
    headings: z.array(headingStyleSchema).min(1),
    /** Text in tables (no regulation: 12–13 pt is common practice); header rows bold and repeated on each page. */
    table: z.object({
      sizePt: z.number().min(10).max(14),
      headerBold: z.boolean(),
      align: z.enum(['left', 'justify']),
      headerAlign: z.enum(['left', 'center']),
      spaceBeforePt: z.number(),
      spaceAfterPt: z.number(),
      line: z.object({ rule: z.enum(['exact', 'atLeast', 'multiple']), value: z.number() }),
      /** Left and right padding inside a cell. */
      cellMarginMm: z.number().min(0).max(5),
      borderPt: z.number().min(0.25).max(3),
    }),
    /** An appendix (Phụ lục) after the signature block, on a new page: its label, title and "(Kèm theo …)" line. */
    appendix: z.object({
      label: textStyle.extend({ text: z.string() }),
      title: textStyle.extend({ caps: z.boolean() }),
      attachLine: textStyle,
      /** Space between the title block and the appendix text. */
      spaceAfterTitlePt: z.number(),
    }),
    defaultLevels: z.array(z.enum(NUMBERING_STYLES)).min(1),
    closing: z.object({
      leftWidthPct: z.number().min(20).max(80),
      noiNhan: textStyle.extend({ text: z.string() }),
      recipient: textStyle.extend({ lineEnd: z.enum([';', ',']) }),
      authority: textStyle,
      position: textStyle,
      blankLines: z.number().int().min(2).max(8),
      name: textStyle,
    }),
  });
  return { profile, textStyle };
}

let built: ReturnType<typeof buildProfileSchema> | undefined;
export const profileSchema = (): ReturnType<typeof buildProfileSchema>['profile'] => (built ??= buildProfileSchema()).profile;

export type FormatProfile = z.infer<ReturnType<typeof buildProfileSchema>['profile']>;
export type TextStyle = z.infer<ReturnType<typeof buildProfileSchema>['textStyle']>;

/**
 * Profile files by file name → merged, validated profiles. A file may extend another (see
 * profile-files.ts); the result is checked after merging, and its id must be its file name.
 */
export function loadProfiles(files: Record<string, unknown>): Record<string, FormatProfile> {
  const merged = resolveProfileFiles(files);
  return Object.fromEntries(Object.entries(merged).map(([file, raw]) => [file, checkedProfile(file, raw)]));
}

function checkedProfile(file: string, raw: Record<string, unknown>): FormatProfile {
  const profile = validateProfileFile(file, raw, profileSchema());
  if (`${profile.id}.json` !== file) {
    throw new ProfileFileError(file, `ghi id "${profile.id}" nhưng tên tệp là ${file}: hãy sửa "id" cho khớp với tên tệp.`);
  }
  return profile;
}

/*
 * nha-nuoc-nd30 stays a full file: it differs from the Party profiles in most figures (header,
 * body spacing, headings, closing), and deriving it from dang-hd05 would let a correction to a
 * Party guideline silently change a state document.
 */
const FILES: Record<string, unknown> = { 'dang-hd05.json': hd05, 'dang-hd36.json': hd36, 'nha-nuoc-nd30.json': nd30 };

/**
 * The shipped files are part of the build: test/unit/profiles checks every one against the schema
 * (checkShippedProfiles), and a run only merges the one it is asked for. Checking them at each
 * start cost a cold CLI export about a tenth of its time.
 */
export function checkShippedProfiles(): Record<string, FormatProfile> {
  return loadProfiles(FILES);
}

let merged: Record<string, Record<string, unknown>> | undefined;

export function getProfile(id: ProfileId): FormatProfile {
  merged ??= resolveProfileFiles(FILES);
  return merged[`${id}.json`] as unknown as FormatProfile;
}

export function listProfiles(): FormatProfile[] {
  return PROFILE_IDS.map(getProfile);
}

/** 1 mm = 1440/25.4 twips; rounded the way Word stores them (A4 = 11906 × 16838). */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
/** Word stores font sizes in half-points. */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
