import type { HelperOptions } from 'handlebars';
import { type DocumentSet, documentById, parentOf } from '../model/document-set';
import type { RefField } from '../model/inline';
import { formatShortDate, formatWordsDate } from '../citation/dates';
import { lowerFirst, upperFirst, upperVi } from '../text/vi-case';
import { refMarker } from './markers';

/**
 * The helpers a template body may call. Reference helpers emit markers (live references, never
 * frozen text); plain helpers format a value. The compiler runs with knownHelpersOnly, so any
 * other name is a template error.
 */

/** A helper was called wrongly (bad argument); `needle` helps find the line in the source. */
export class HelperUsageError extends Error {
  constructor(
    readonly messageVi: string,
    readonly needle: string,
  ) {
    super(messageVi);
    this.name = 'HelperUsageError';
  }
}

const CITE_KINDS: Record<string, RefField> = {
  full: 'citation.full',
  short: 'citation.short',
  typeNumber: 'citation.typeNumber',
  numberSymbol: 'citation.numberSymbol',
  date: 'citation.date',
  issuer: 'citation.issuer',
  subject: 'citation.subject',
  type: 'citation.type',
};

const ORG_KINDS: Record<string, RefField> = {
  collective: 'org.collective',
  issuingBody: 'org.issuingBody',
  place: 'org.place',
};

/** Helper names, for the compiler's knownHelpers. */
export const KNOWN_HELPERS = [
  'cite',
  'bases',
  'org',
  'year',
  'planType',
  'planName',
  'upper',
  'lowerFirst',
  'upperFirst',
  'shortDate',
  'wordsDate',
  'join',
] as const;

const isOptions = (value: unknown): value is HelperOptions =>
  typeof value === 'object' && value !== null && 'hash' in value && 'data' in value;

function kindArg(helper: string, args: unknown[], kinds: Record<string, RefField>): RefField {
  const kind = args[0];
  const valid = Object.keys(kinds);
  if (typeof kind !== 'string' || !(kind in kinds))
    throw new HelperUsageError(
      `{{${helper}}} cần một loại trong số: ${valid.map((k) => `"${k}"`).join(', ')}` +
        (typeof kind === 'string' ? `, không có loại "${kind}"` : '') +
        `. Hãy viết ví dụ {{${helper} "${valid[0]}"}}.`,
      typeof kind === 'string' ? `"${kind}"` : helper,
    );
  return kinds[kind] as RefField;
}

function stringArg(helper: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new HelperUsageError(`{{${helper}}} cần một giá trị chữ.`, helper);
}

/**
 * `{{cite "full"}}` cites the first base; `base=N` (0-based) picks another base, `up=N` climbs
 * N steps up that base's `implements` chain (the grandparent the parent implements).
 */
function citeTarget(set: DocumentSet, options: HelperOptions): string | undefined {
  const base = options.hash.base ?? 0;
  const up = options.hash.up ?? 0;
  if (typeof base !== 'number' || typeof up !== 'number' || base < 0 || up < 0)
    throw new HelperUsageError('{{cite}}: base= và up= phải là số không âm, ví dụ {{cite "full" base=1}}.', 'base=');
  if (base === 0 && up === 0) return undefined;
  let doc = documentById(set, set.baseIds[base]);
  if (!doc) throw new HelperUsageError(`{{cite}}: không có văn bản căn cứ thứ ${base + 1} (base=${base}); hãy thêm căn cứ vào "bases".`, `base=${base}`);
  for (let i = 0; i < up; i += 1) {
    const parent: ReturnType<typeof parentOf> = parentOf(set, doc);
    if (!parent)
      throw new HelperUsageError(
        `{{cite}}: văn bản ${doc.type} ${doc.symbol} không ghi văn bản nó thực hiện ("implements"), nên không lên được ${up} cấp (up=${up}).`,
        `up=${up}`,
      );
    doc = parent;
  }
  return doc.id;
}

export type HelperMap = Record<(typeof KNOWN_HELPERS)[number], (...args: unknown[]) => string>;

export function createHelpers(set: DocumentSet): HelperMap {
  return {
    cite: (...args) => {
      const options = args[args.length - 1];
      if (!isOptions(options)) throw new HelperUsageError('{{cite}} gọi sai cách.', 'cite');
      return refMarker(kindArg('cite', args.slice(0, -1), CITE_KINDS), citeTarget(set, options));
    },
    bases: () => refMarker('bases.full'),
    org: (...args) => refMarker(kindArg('org', args.slice(0, -1), ORG_KINDS)),
    year: () => refMarker('plan.year'),
    planType: () => refMarker('plan.type'),
    // {{planName}}: the plan's name as the opening says it; {{planName "generic"}}: "Kế hoạch triển khai thực hiện".
    planName: (...args) => refMarker(args.length > 1 && args[0] === 'generic' ? 'plan.nameGeneric' : 'plan.name'),
    upper: (value) => upperVi(stringArg('upper', value)),
    lowerFirst: (value) => lowerFirst(stringArg('lowerFirst', value)),
    upperFirst: (value) => upperFirst(stringArg('upperFirst', value)),
    shortDate: (value) => formatShortDate(stringArg('shortDate', value)),
    wordsDate: (value) => formatWordsDate(stringArg('wordsDate', value)),
    join: (list, sep) => {
      if (!Array.isArray(list)) throw new HelperUsageError('{{join}} cần một danh sách, ví dụ {{join units ", "}}.', 'join');
      return list.map(String).join(typeof sep === 'string' ? sep : ', ');
    },
  };
}
