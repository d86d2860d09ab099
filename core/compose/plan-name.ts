import type { DocumentRef } from '../model/document-ref';
import type { PlanType } from '../model/plan';
import type { OpeningParts } from '../model/wording';
import { lowerFirst } from '../text/vi-case';
import { attach } from './attach';

/**
 * The plan's name as the opening sentence says it: "Kế hoạch thực hiện Chỉ thị", "Kế hoạch thực
 * hiện Nghị quyết số 57-NQ/TW", "Kế hoạch triển khai thực hiện", "kế hoạch củng cố, kiện toàn …".
 * A plan never "implements" a document of its own type by name ("Kế hoạch thực hiện Kế hoạch"
 * reads as a stammer): then the generic form is used.
 */
export interface PlanNameInput {
  type: PlanType;
  opening: OpeningParts;
  /** The plan's own subject (plan.wording.subject). */
  subject: string;
  firstBase: DocumentRef | undefined;
  /** The short form of a document as cited at this point ("Nghị quyết số 57-NQ/TW" or its short name). */
  shortOf: (doc: DocumentRef) => string;
}

const sameKind = (a: string, b: string): boolean => a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();

/** Lower-cases the first letter unless the first word is an acronym or all caps ("UBND", "GDĐT"). */
function midSentence(words: string): string {
  const first = words.split(/\s/, 1)[0] ?? '';
  return first.length > 1 && first === first.toLocaleUpperCase('vi') ? words : lowerFirst(words);
}

export function composePlanName(input: PlanNameInput): string {
  const { opening, firstBase } = input;
  const type = opening.planTypeCase === 'lower' ? lowerFirst(input.type) : input.type;
  const generic = `${type} ${opening.implementVerb.trim()}`;
  switch (opening.name) {
    case 'subject': {
      const own = opening.nameText?.trim();
      // The subject is typed as a summary ("Chuyển đổi số …"); inside the sentence it reads "kế hoạch chuyển đổi số …".
      const words = own || midSentence(input.subject.trim());
      return words === '' ? generic : attach(type, words);
    }
    case 'generic':
      return generic;
    case 'implements-type':
    case 'implements-short': {
      if (!firstBase || sameKind(firstBase.type, input.type)) return generic;
      const what = opening.name === 'implements-type' ? firstBase.type : input.shortOf(firstBase);
      return `${generic} ${what}`;
    }
  }
}
