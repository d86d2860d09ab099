import { describe, expect, it } from 'vitest';
import { formatDateLine, formatShortDate, formatWordsDate, formatCitationDate } from '../../../core/citation/dates';
import { NO_COMMA, WORDS } from './documents';

describe('dates with the leading-zero rule', () => {
  it('prints dates as the signed examples do', () => {
    expect(formatShortDate('2024-04-24')).toBe('24/4/2024'); // an-lao
    expect(formatShortDate('2022-12-29')).toBe('29/12/2022'); // an-lao
    expect(formatShortDate('2022-08-01')).toBe('01/8/2022'); // an-lao: day below 10
    expect(formatShortDate('2026-01-12')).toBe('12/01/2026'); // dong-da: January
    expect(formatShortDate('2025-08-22')).toBe('22/8/2025'); // dong-da
    expect(formatShortDate('2022-01-28')).toBe('28/01/2022'); // thanh-xuan
    expect(formatShortDate('2017-02-27')).toBe('27/02/2017'); // thanh-xuan: February
    expect(formatShortDate('2023-09-15')).toBe('15/9/2023');
    expect(formatShortDate('2024-01-05')).toBe('05/01/2024'); // spec
  });

  it('writes dates in words for state citations', () => {
    expect(formatWordsDate('2020-03-05')).toBe('ngày 05 tháng 3 năm 2020');
    expect(formatWordsDate('2024-01-05')).toBe('ngày 05 tháng 01 năm 2024');
    expect(formatCitationDate('2020-03-05', WORDS)).toBe('ngày 05 tháng 3 năm 2020');
    expect(formatCitationDate('2024-04-24', NO_COMMA)).toBe('ngày 24/4/2024');
  });

  it('prints the date line, keeping blanks for day and month left to the signing', () => {
    expect(formatDateLine('An Lão', { day: 8, month: 5, year: 2024 })).toBe('An Lão, ngày 08 tháng 5 năm 2024');
    expect(formatDateLine('Thanh Xuân', { day: 21, month: 9, year: 2023 })).toBe('Thanh Xuân, ngày 21 tháng 9 năm 2023');
    expect(formatDateLine('Hà Nội', { day: 5, month: 1, year: 2024 })).toBe('Hà Nội, ngày 05 tháng 01 năm 2024');
    expect(formatDateLine('An Lão', { day: null, month: null, year: 2024 })).toBe('An Lão, ngày      tháng      năm 2024');
    expect(formatDateLine('An Lão', { day: null, month: 5, year: 2024 })).toBe('An Lão, ngày      tháng 5 năm 2024');
  });
});
