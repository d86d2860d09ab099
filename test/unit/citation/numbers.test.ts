import { describe, expect, it } from 'vitest';
import { formatPlanNumberLine, numberSymbol } from '../../../core/citation/numbers';
import type { Organisation } from '../../../core/model/organisation';
import { chiThi32, thanhXuanBases } from '../../helpers/fixtures';

const org = (symbolCode: string): Organisation =>
  ({ symbolCode } as Organisation);

describe('numbers and symbols per regime', () => {
  it('joins Party number and symbol with a hyphen, state with a slash', () => {
    expect(numberSymbol(chiThi32)).toBe('32-CT/TU');
    expect(numberSymbol(thanhXuanBases[0]!)).toBe('4045/QĐ-UBND');
    expect(numberSymbol({ regime: 'nha-nuoc', number: '30', symbol: '2020/NĐ-CP' })).toBe('30/2020/NĐ-CP');
    expect(numberSymbol({ regime: 'dang', number: '5', symbol: 'CTr/TU' })).toBe('05-CTr/TU');
  });

  it('prints the Party number line without a colon and with a leading zero below 10', () => {
    expect(formatPlanNumberLine({ number: '5', type: 'Kế hoạch', organisation: org('ĐU') }, 'dang')).toBe('Số 05-KH/ĐU');
    expect(formatPlanNumberLine({ number: '45', type: 'Kế hoạch', organisation: org('HU') }, 'dang')).toBe('Số 45-KH/HU');
    expect(formatPlanNumberLine({ number: '12', type: 'Chương trình hành động', organisation: org('HU') }, 'dang')).toBe('Số 12-CTr/HU');
  });

  it('prints the state number line with a colon, slash then hyphen', () => {
    expect(formatPlanNumberLine({ number: '195', type: 'Kế hoạch', organisation: org('UBND') }, 'nha-nuoc')).toBe('Số: 195/KH-UBND');
  });

  it('keeps the layout with a blank when the plan is not numbered yet', () => {
    expect(formatPlanNumberLine({ number: '', type: 'Kế hoạch', organisation: org('HU') }, 'dang')).toBe('Số      -KH/HU');
    expect(formatPlanNumberLine({ number: '', type: 'Kế hoạch', organisation: org('GDĐT') }, 'nha-nuoc')).toBe('Số:      /KH-GDĐT');
  });
});
