import type { Plan, RecipientGroup, Section } from '../../core/model';
import { taskUnits } from '../../core/model/appendix';
import { findImplementation, namesAUnit, unitName } from '../../core/render/task-rows';

export { findImplementation, namesAUnit, unitName };

/**
 * Recipient helpers for the side panel and the print dialog. The units a plan assigns work to in
 * "Tổ chức thực hiện" are normally also on the recipient list "để t/h", so the panel offers them.
 */

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/**
 * Units named by the sub-headings of "Tổ chức thực hiện", then the lead and partner units of the
 * task-assignment appendix, in document order, without duplicates.
 */
export function unitsFromImplementation(plan: Plan): string[] {
  const section = findImplementation(plan.sections);
  const seen = new Set<string>();
  const units: string[] = [];
  const add = (name: string) => {
    if (name && !seen.has(fold(name))) {
      seen.add(fold(name));
      units.push(name);
    }
  };
  for (const child of section?.children ?? []) {
    if (namesAUnit(child)) add(unitName(child.title));
  }
  for (const unit of taskUnits(plan.appendices)) add(unitName(unit));
  return units;
}

/** Units of "Tổ chức thực hiện" not yet on any recipient line (compared without case and spacing). */
export function suggestedImplementers(plan: Plan): string[] {
  const listed = new Set(plan.recipients.flatMap((g) => g.items.map(fold)));
  return unitsFromImplementation(plan).filter((unit) => !listed.has(fold(unit)));
}

/** Adds units to the "để t/h" group, creating it (as a brace group) when there is none. */
export function addImplementers(recipients: RecipientGroup[], units: string[]): RecipientGroup[] {
  if (units.length === 0) return recipients;
  const index = recipients.findIndex((g) => fold(g.purpose) === 'để t/h');
  if (index === -1) return [...recipients, { purpose: 'để t/h', display: 'brace', items: [...units] }];
  return recipients.map((g, i) => (i === index ? { ...g, items: [...g.items, ...units] } : g));
}

/**
 * The recipients box as stored: one recipient per non-empty line, without a leading "- " and the
 * closing ";" "," or "." (the print adds both). Commas inside a line are the clerk's own.
 */
export function recipientLines(text: string): string[] {
  return text
    .normalize('NFC')
    .split('\n')
    .map((l) => l.replace(/^\s*-\s*/, '').replace(/[;,.]\s*$/, '').trim())
    .filter(Boolean);
}

/**
 * Copies to print: one per line of "Nơi nhận", the archive line included (the office files one
 * copy under "Lưu …").
 */
export function recipientLineCount(plan: Plan): number {
  const lines = plan.recipients.reduce((sum, g) => sum + g.items.length, 0);
  return lines + (plan.organisation.archiveLine.trim() ? 1 : 0);
}
