import type { RecipientGroup } from '../../core/model';

/**
 * Nơi nhận as typed in a form: one group per purpose ("để b/c", "để t/h" …), its lines in a
 * textarea. Lines stay as typed (blank ones too) until the groups are used, so typing is never
 * interrupted; `cleanRecipients` then drops blank lines and empty groups.
 */
export const RECIPIENT_PURPOSES = ['để b/c', 'để t/h', 'để p/h', 'để biết', ''] as const;

export function emptyRecipientGroup(): RecipientGroup {
  return { purpose: 'để t/h', display: 'brace', items: [] };
}

export function linesOf(text: string): string[] {
  return text.split(/\r?\n/);
}

export function cleanRecipients(groups: RecipientGroup[]): RecipientGroup[] {
  return groups
    .map((g) => ({ ...g, purpose: g.purpose.normalize('NFC').trim(), items: g.items.map((i) => i.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/^[-–]\s*/, '').replace(/[;,.]$/, '')).filter(Boolean) }))
    .filter((g) => g.items.length > 0);
}
