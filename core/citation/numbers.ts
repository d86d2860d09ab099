import type { DocumentRef } from '../model/document-ref';
import type { Plan, PlanType } from '../model/plan';
import { BLANK } from './dates';

/**
 * Number and symbol. Party: `32-CT/TU` (number, hyphen, type/body; numbers below 10 with a
 * leading zero). State: `4045/QĐ-UBND` (number, slash, type-body).
 */
export function padPartyNumber(number: string): string {
  return /^\d$/.test(number) ? `0${number}` : number;
}

export function numberSymbol(doc: Pick<DocumentRef, 'regime' | 'number' | 'symbol'>): string {
  const number = doc.number.trim();
  if (number === '') return doc.symbol;
  return doc.regime === 'dang' ? `${padPartyNumber(number)}-${doc.symbol}` : `${number}/${doc.symbol}`;
}

const PLAN_TYPE_CODES: Record<PlanType, string> = {
  'Kế hoạch': 'KH',
  'Chương trình hành động': 'CTr',
};

export const planTypeCode = (type: PlanType): string => PLAN_TYPE_CODES[type];

/**
 * The number line of the header: `Số 05-KH/ĐU` (Party, no colon), `Số: 195/KH-UBND` (state).
 * A plan not yet numbered keeps the layout with a blank: `Số      -KH/HU`, `Số:      /KH-UBND`.
 */
export function formatPlanNumberLine(plan: Pick<Plan, 'number' | 'type' | 'organisation'>, pattern: 'dang' | 'nha-nuoc'): string {
  const code = planTypeCode(plan.type);
  const body = plan.organisation.symbolCode;
  const number = plan.number.trim();
  if (pattern === 'dang') return `Số${number === '' ? BLANK : ` ${padPartyNumber(number)}`}-${code}/${body}`;
  return `Số:${number === '' ? BLANK : ` ${number}`}/${code}-${body}`;
}
