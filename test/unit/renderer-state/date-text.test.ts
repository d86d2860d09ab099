import { describe, expect, it } from 'vitest';
import { isoToText, parseDateText } from '../../../renderer/state/date-text';

describe('dates typed as day/month/year', () => {
  it('reads d/m/yyyy with /, . or - and a pasted ISO date', () => {
    expect(parseDateText('24/4/2024')).toEqual({ ok: true, iso: '2024-04-24' });
    expect(parseDateText(' 03.03.2025 ')).toEqual({ ok: true, iso: '2025-03-03' });
    expect(parseDateText('1-9-2023')).toEqual({ ok: true, iso: '2023-09-01' });
    expect(parseDateText('2024-05-15')).toEqual({ ok: true, iso: '2024-05-15' });
    expect(parseDateText('')).toEqual({ ok: true, iso: '' });
  });

  it('refuses year 5 ("03/3/5"), a two-digit year, and days that are not in the calendar', () => {
    for (const text of ['03/3/5', '03/3/0005', '24/4/24', '31/4/2024', '29/2/2023', '0/1/2024', '12/13/2024', 'hôm qua']) {
      const parsed = parseDateText(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/ví dụ 24\/04\/2024|không có ngày/);
    }
    expect(parseDateText('29/2/2024')).toEqual({ ok: true, iso: '2024-02-29' });
  });

  it('shows an ISO date as dd/mm/yyyy', () => {
    expect(isoToText('2024-04-24')).toBe('24/04/2024');
    expect(isoToText('')).toBe('');
  });
});
