import fc from 'fast-check';
import { DOCUMENT_TYPES } from '../../../core/model/document-ref';
import { BASES_GROUPINGS, BASES_JOINS, CHAIN_LINKS, PROFILE_IDS, SHORT_NAME_WORDS } from '../../../core/model/organisation';
import { OPENING_ENDINGS, OPENING_LEADS, OPENING_VERBS, PLAN_NAME_FORMS } from '../../../core/model/wording';
import { URGENCY_MARKS } from '../../../core/model/plan';
import type { TemplateField, TemplateManifest } from '../../../core/template/manifest';
import { fuzzText, textWithToken, token } from './fuzz-text';

/**
 * Random answers (the documented answers format: docs/cli.md, docs/examples/answers-an-lao.json)
 * for one template: a random organisation, one to four bases each implementing a chain of up to
 * three documents, recipients with brace groups and long purposes, marks, a number, a date with
 * blank day/month, and the template's own fields read from its manifest. Every string is random
 * text (fuzz-text.ts). Most answers are valid; some break a rule on purpose (an empty required
 * field, an impossible date, a regime the template is not for), and must be refused in Vietnamese.
 *
 * A few fields carry a token (a word found nowhere else) so a test can check they reach the
 * document: the issuing body, the signer's name, the first recipient line, and each short name.
 */
export interface FuzzAnswers {
  answers: Record<string, unknown>;
  /** Tokens that must appear in the document's text when the answers are accepted. */
  expect: { issuingBody: string; signer: string; recipient?: string };
  /** Short names given to the bases (cleaned text is what the document prints). */
  shortNames: string[];
}

const TOKEN = { issuingBody: token('ZB', 1), signer: token('ZS', 2), recipient: token('ZR', 3) };
const shortNameToken = (i: number): string => token('ZN', 10 + i);

/**
 * Random text. A `required` one nearly always holds a word somewhere, so most answers get past
 * the schema; now and then it is whitespace or junk only, and must be refused.
 */
const text = (required = false, long = 0.03): fc.Arbitrary<string> => {
  const any = fuzzText({ minAtoms: required ? 1 : 0, maxAtoms: 6, longChance: long });
  if (!required) return any;
  const withWord = fc.tuple(any, fc.constantFrom('Ban Tuyên giáo', 'Đảng ủy', 'UBND', 'quý', 'x')).map(([t, w]) => `${t} ${w}`);
  return fc.oneof({ weight: 30, arbitrary: withWord }, { weight: 1, arbitrary: any });
};

const isoDate = fc.oneof(
  { weight: 200, arbitrary: fc.tuple(fc.integer({ min: 1945, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })) },
  // Impossible or malformed dates: the schema must refuse them in Vietnamese.
  { weight: 1, arbitrary: fc.constantFrom<[number, number, number]>([2024, 2, 30], [2023, 13, 1], [99, 1, 1]) },
).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const planDate = fc.oneof(
  { weight: 3, arbitrary: isoDate },
  {
    weight: 3,
    arbitrary: fc.record({
      day: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
      month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      year: fc.integer({ min: 1945, max: 2100 }),
    }),
  },
);

interface BaseAnswer {
  [key: string]: unknown;
  implements?: BaseAnswer;
}

/** `arb` with probability `p`, otherwise left out (undefined). */
const sometimes = <T>(arb: fc.Arbitrary<T>, p: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: Math.round((1 - p) * 100), arbitrary: fc.constant(undefined) }, { weight: Math.round(p * 100), arbitrary: arb });

/** One cited document and the chain it implements, `depth` documents above it; documents up the chain may carry short names too. */
function baseAnswer(depth: number, shortName: fc.Arbitrary<string | undefined>, parentName: (level: number) => fc.Arbitrary<string | undefined> = () => fc.constant(undefined), level = 0): fc.Arbitrary<BaseAnswer> {
  const own = fc.record(
    {
      type: fc.oneof(fc.constantFrom(...DOCUMENT_TYPES), text(true)),
      regime: fc.constantFrom('dang', 'nha-nuoc'),
      number: fc.oneof(fc.integer({ min: 1, max: 9999 }).map(String), fc.constant(''), text()),
      symbol: fc.oneof(fc.constantFrom('CT/TU', 'NQ/TW', 'QĐ-UBND', 'KH-UBND', 'CTr/HU'), text(true)),
      date: isoDate,
      issuer: text(true),
      subject: text(false, 0.05),
      shortName,
    },
    { requiredKeys: ['type', 'regime', 'number', 'symbol', 'date', 'issuer', 'subject'] },
  );
  if (depth === 0) return own;
  return fc.tuple(own, baseAnswer(depth - 1, parentName(level + 1), parentName, level + 1)).map(([doc, parent]) => ({ ...doc, implements: parent }));
}

const recipientGroup = (first: boolean): fc.Arbitrary<Record<string, unknown>> =>
  fc.record({
    purpose: fc.oneof(
      fc.constantFrom('', 'để b/c', '(để t/h)', 'để p/h'),
      // A long purpose beside a brace: the case that made every export fail (negative column width).
      fuzzText({ minAtoms: 6, maxAtoms: 14 }).map((t) => `để ${t} thực hiện và báo cáo kết quả về cơ quan chủ trì`),
      text(),
    ),
    display: fc.constantFrom('brace', 'each-line'),
    items: fc
      .array(text(true, 0.01), { minLength: 1, maxLength: 5 })
      .map((items) => (first ? [`${items[0]} ${TOKEN.recipient}`, ...items.slice(1)] : items)),
  });

/**
 * A short name as clerks write them ("Chỉ thị 32"), made unique by a token and soiled with what
 * cleaning removes (controls, U+FFFE, a lone surrogate) or composes (NFD). Its printed form is
 * `cleanText` of it; words whose tone mark the organisation's convention moves are avoided so the
 * printed form is predictable.
 */
const shortName = (i: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('Chỉ thị', 'Nghị quyết', 'Chương trình', 'Kế hoạch', 'Đề án', 'Quyết định'),
      fc.boolean(),
      fc.constantFrom('', '\u0001', '\uFFFE', '\uD800', '\u001F\uFFFF'),
      fc.constantFrom('', '\u0007', '\uDC00'),
    )
    .map(([word, nfd, noise, tail]) => `${nfd ? word.normalize('NFD') : word}${noise} ${shortNameToken(i)}${tail}`);

/** The value of one manifest field, of its declared type. */
function fieldValue(field: TemplateField): fc.Arbitrary<unknown> {
  switch (field.type) {
    case 'string':
    case 'text':
      return text(Boolean(field.required), field.type === 'text' ? 0.05 : 0.02);
    case 'number':
      return fc.oneof(fc.integer({ min: 1900, max: 2200 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'boolean':
      return fc.boolean();
    case 'date':
      return isoDate;
    case 'string[]':
      return fc.array(text(true), { minLength: field.required ? 1 : 0, maxLength: 5 });
    case 'object[]':
      return fc.array(fieldsRecord(field.items ?? []), { minLength: field.required ? 1 : 0, maxLength: 4 });
  }
}

/** The template's own fields: required ones always present, optional ones sometimes left out. */
function fieldsRecord(fields: TemplateField[]): fc.Arbitrary<Record<string, unknown>> {
  const shape = Object.fromEntries(fields.map((f) => [f.name, fieldValue(f)]));
  return fc.record(shape, { requiredKeys: fields.filter((f) => f.required).map((f) => f.name) }) as fc.Arbitrary<Record<string, unknown>>;
}

export function fuzzAnswers(manifest: TemplateManifest): fc.Arbitrary<FuzzAnswers> {
  const signer = fc.record({ authority: text(), position: text(true), name: textWithToken(TOKEN.signer) });
  const organisation = fc.record({
    superiorBody: text(false, 0.02),
    issuingBody: textWithToken(TOKEN.issuingBody, { longChance: 0.02 }),
    symbolCode: fc.oneof(fc.constantFrom('HU', 'ĐU', 'TU', 'UBND', 'GDĐT'), text(true)),
    placeName: text(true),
    collective: text(true),
    // Now and then the wrong regime for the template: refused with a Vietnamese sentence.
    regime: fc.oneof({ weight: 40, arbitrary: fc.constant(manifest.regime) }, { weight: 1, arbitrary: fc.constantFrom('dang', 'nha-nuoc') }),
    defaultProfile: fc.constantFrom(...PROFILE_IDS),
    // Every convention of docs/citations.md, each sometimes left to its default.
    citationStyle: fc.record(
      {
        commaBeforeDate: fc.boolean(),
        dateStyle: fc.constantFrom('numeric', 'words'),
        chainLink: fc.oneof(fc.constantFrom(...CHAIN_LINKS), text(true)),
        shortNameWord: fc.constantFrom(...SHORT_NAME_WORDS),
        shortNameBrackets: fc.constantFrom('each', 'joint'),
        basesJoin: fc.constantFrom(...BASES_JOINS),
        grouping: fc.constantFrom(...BASES_GROUPINGS),
      },
      { requiredKeys: ['commaBeforeDate', 'dateStyle'] },
    ),
    toneMarks: fc.constantFrom('ủy', 'uỷ'),
    archiveLine: text(true),
    signers: fc.array(signer, { minLength: 1, maxLength: 2 }),
  });
  const bases = fc
    .array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 })
    .chain((depths) =>
      fc.tuple(
        ...depths.map((depth, i) =>
          baseAnswer(
            depth,
            sometimes(shortName(i * 10), 0.5),
            (level) => sometimes(shortName(i * 10 + level), 0.25),
          ),
        ),
      ),
    )
    // Now and then a later base is the parent of an earlier one, or implements the same parent: one document of the set.
    .chain((list) =>
      fc.constantFrom<'as-is' | 'parent-as-base' | 'shared-parent'>('as-is', 'as-is', 'parent-as-base', 'shared-parent').map((shape) => {
        const withParent = list.find((b) => b.implements);
        if (!withParent?.implements || shape === 'as-is') return list;
        if (shape === 'parent-as-base') return [...list, structuredClone(withParent.implements)];
        return [...list, { ...structuredClone(list[0]!), shortName: undefined, number: `${list.length + 1}${list[0]!.number}`, implements: structuredClone(withParent.implements) }];
      }),
    );
  const wording = fc.record(
    {
      opening: fc.record(
        {
          lead: fc.oneof(fc.constantFrom(...OPENING_LEADS), text(true)),
          purpose: text(),
          verb: fc.oneof(fc.constantFrom(...OPENING_VERBS), text(true)),
          name: fc.constantFrom(...PLAN_NAME_FORMS),
          implementVerb: fc.constantFrom('thực hiện', 'triển khai thực hiện'),
          planTypeCase: fc.constantFrom('as-is', 'lower'),
          ending: fc.oneof(fc.constantFrom(...OPENING_ENDINGS), text(true)),
          paragraphs: fc.constantFrom(1, 2),
        },
        { requiredKeys: [] },
      ),
      summary: fc.record(
        { form: fc.constantFrom('cite', 'subject'), lead: text(), cite: fc.constantFrom('first', 'all'), date: fc.boolean(), dropAbbreviations: fc.boolean() },
        { requiredKeys: [] },
      ),
      subject: text(),
    },
    { requiredKeys: [] },
  );
  const recipients = sometimes(
    fc.tuple(recipientGroup(true), fc.array(recipientGroup(false), { maxLength: 3 })).map(([first, rest]) => [first, ...rest]),
    0.85,
  );
  const marks = fc.record(
    { urgency: fc.constantFrom(...URGENCY_MARKS), draftNumber: fc.integer({ min: 1, max: 99 }), circulation: text(true) },
    { requiredKeys: [] },
  );
  const answers = fc.record({
    profile: sometimes(fc.constantFrom(...PROFILE_IDS), 0.05),
    organisation,
    bases,
    number: sometimes(fc.oneof({ weight: 20, arbitrary: fc.constant('') }, { weight: 20, arbitrary: fc.integer({ min: 1, max: 9999 }).map(String) }, { weight: 1, arbitrary: fc.constant('12a') }), 0.5),
    date: planDate,
    authorLine: sometimes(text(false, 0.02), 0.3),
    signature: sometimes(signer, 0.3),
    recipients,
    marks: sometimes(marks, 0.5),
    mirrorMargins: sometimes(fc.boolean(), 0.5),
    wording: sometimes(wording, 0.5),
    fields: fieldsRecord(manifest.fields),
  });
  return answers.map((a) => {
    const out = Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined));
    const names = new Set<string>();
    const collect = (b: BaseAnswer | undefined): void => {
      if (!b) return;
      if (typeof b.shortName === 'string') names.add(b.shortName);
      collect(b.implements);
    };
    (a.bases as BaseAnswer[]).forEach(collect);
    return {
      answers: out,
      expect: { issuingBody: TOKEN.issuingBody, signer: TOKEN.signer, ...(a.recipients ? { recipient: TOKEN.recipient } : {}) },
      shortNames: [...names],
    };
  });
}
