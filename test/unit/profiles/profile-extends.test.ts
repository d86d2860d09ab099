import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '../../../core/model/organisation';
import { checkShippedProfiles, getProfile, listProfiles, loadProfiles, ProfileFileError } from '../../../core/profiles/profile';
import hd05 from '../../../core/profiles/dang-hd05.json';

// format-profiles.md: one data file per profile that a maintainer can correct; dang-hd36 is
// dang-hd05 with its differences (`extends`).

/**
 * The full figures of dang-hd36 as the file stated them before it became a list of differences
 * (copied from core/profiles/dang-hd36.json at commit c6c1b14): merging must give them back.
 */
const HD36_BEFORE_EXTENDS = {
  id: 'dang-hd36',
  name: 'Đảng — Hướng dẫn 36-HD/VPTW (2018)',
  regime: 'dang',
  source: 'Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng',
  page: { widthMm: 210, heightMm: 297, margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 }, mirrorMarginsAllowed: true },
  font: 'Times New Roman',
  pageNumber: { sizePt: 14, fromTopMm: 10, onFirstPage: false },
  header: {
    leftWidthPct: 45,
    superiorBody: { sizePt: 14, bold: false },
    issuingBody: { sizePt: 14, bold: true },
    issuingBodyRuleFraction: 0,
    star: true,
    number: { sizePt: 14, pattern: 'dang' },
    urgency: { sizePt: 14, bold: true },
    draftMark: { sizePt: 14, italic: true },
    nationalLines: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', sizePt: 15, bold: true }],
    nationalRuleFraction: 1,
    dateLine: { sizePt: 14, italic: true },
    circulation: { sizePt: 12, bold: true, framed: false },
  },
  title: { sizePt: 15, bold: true },
  authorLine: { sizePt: 14, bold: true },
  summary: { sizePt: 14, bold: true, firstLetter: 'lower', ruleFraction: 0 },
  fiveHyphens: true,
  body: {
    sizePt: 14,
    minSizePt: 14,
    maxSizePt: 15,
    firstLineIndentMm: 10,
    spaceBeforePt: 0,
    spaceAfterPt: 6,
    line: { rule: 'exact', value: 18 },
    finalMark: './.',
  },
  headings: [
    { caps: true, bold: true, italic: false },
    { caps: false, bold: true, italic: false },
    { caps: false, bold: true, italic: false },
    { caps: false, bold: false, italic: true },
    { caps: false, bold: false, italic: false },
  ],
  defaultLevels: ['upper-roman', 'arabic', 'nested', 'lower-alpha', 'none'],
  closing: {
    leftWidthPct: 45,
    noiNhan: { text: 'Nơi nhận:', sizePt: 14, bold: false, italic: false, underline: true },
    recipient: { sizePt: 12, lineEnd: ',' },
    authority: { sizePt: 14, bold: true },
    position: { sizePt: 14, bold: false },
    blankLines: 4,
    name: { sizePt: 14, bold: true },
  },
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/** The shipped base file plus one extending file, as a maintainer would write it. */
const files = (hd36: unknown): Record<string, unknown> => ({ 'dang-hd05.json': clone(hd05), 'dang-hd36.json': hd36 });
const hd36With = (override: Record<string, unknown>) => ({
  extends: 'dang-hd05',
  id: 'dang-hd36',
  name: 'Đảng — Hướng dẫn 36-HD/VPTW (2018)',
  source: 'Hướng dẫn 36-HD/VPTW ngày 03/4/2018',
  ...override,
});

describe('profiles that extend another', () => {
  it('dang-hd36 = dang-hd05 with its differences gives back every figure of the old full file', () => {
    // Figures added since (footnotes, tables, appendices) come from dang-hd05 unchanged.
    const { footnote, table, appendix, ...before } = getProfile('dang-hd36');
    expect(before).toEqual(HD36_BEFORE_EXTENDS);
    const base = getProfile('dang-hd05');
    expect({ footnote, table, appendix }).toEqual({ footnote: base.footnote, table: base.table, appendix: base.appendix });
  });

  it('keeps the base untouched: dang-hd05 still ends with "." and lists recipients with ";"', () => {
    expect(getProfile('dang-hd05').body.finalMark).toBe('.');
    expect(getProfile('dang-hd05').closing.recipient.lineEnd).toBe(';');
    expect(getProfile('dang-hd05').name).toMatch(/05-HD\/VPTW/);
  });

  it('merges nested objects key by key and replaces arrays whole', () => {
    const merged = loadProfiles(
      files(hd36With({ body: { line: { value: 20 } }, headings: [{ caps: true, bold: true, italic: false }] })),
    )['dang-hd36.json']!;
    expect(merged.body.line).toEqual({ rule: 'exact', value: 20 });
    expect(merged.body.firstLineIndentMm).toBe(10);
    expect(merged.headings).toEqual([{ caps: true, bold: true, italic: false }]);
  });

  it('a wrong type in an override is reported with the file and the field to correct', () => {
    const load = () => loadProfiles(files(hd36With({ body: { sizePt: '14' } })));
    expect(load).toThrow(ProfileFileError);
    expect(load).toThrow(/dang-hd36\.json/);
    expect(load).toThrow(/body\.sizePt/);
  });

  it('an unknown base is reported with the file and the name it asked for', () => {
    expect(() => loadProfiles(files(hd36With({ extends: 'dang-hd99' })))).toThrow(/dang-hd36\.json.*dang-hd99/);
  });

  it('two files extending each other are reported instead of looping', () => {
    const own = { name: 'Thử', source: 'Thử' };
    const loop = { 'a.json': { extends: 'b', id: 'a', ...own }, 'b.json': { extends: 'a', id: 'b', ...own } };
    expect(() => loadProfiles(loop)).toThrow(ProfileFileError);
    expect(() => loadProfiles(loop)).toThrow(/a\.json → b\.json → a\.json/);
  });

  it('an extending file must name its own regulation: inheriting id, name or source is an error', () => {
    const { name: _name, ...withoutName } = hd36With({});
    expect(() => loadProfiles(files(withoutName))).toThrow(/dang-hd36\.json.*name/);
  });

  it('a file whose id is not its file name is reported', () => {
    expect(() => loadProfiles(files(hd36With({ id: 'dang-hd05' })))).toThrow(/dang-hd36\.json.*dang-hd05/);
  });
});

describe('the profile files of the repo', () => {
  // The app trusts the shipped files (checking them cost a cold CLI run a tenth of its time): this is where a bad figure in one fails.
  it('are all valid against the schema, each under its own id, and the app reads them as checked', () => {
    const checked = checkShippedProfiles();
    expect(Object.keys(checked).sort()).toEqual(PROFILE_IDS.map((id) => `${id}.json`).sort());
    for (const profile of listProfiles()) expect(profile).toEqual(checked[`${profile.id}.json`]);
  });
});
