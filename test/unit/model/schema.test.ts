import { describe, expect, it } from 'vitest';
import { documentRefSchema, nestedDocumentSchema } from '../../../core/model/document-ref';
import { planDateSchema } from '../../../core/model/plan';

const doc = { id: 'a', type: 'Chỉ thị', regime: 'dang', number: '32', symbol: 'CT/TU', issuer: 'Ban Thường vụ Thành ủy', subject: '' };

describe('model validation', () => {
  it('accepts real calendar dates and rejects impossible ones with a Vietnamese message', () => {
    expect(documentRefSchema.safeParse({ ...doc, date: '2024-02-29' }).success).toBe(true);
    const bad = documentRefSchema.safeParse({ ...doc, date: '2023-02-29' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Ngày không có thật trong lịch');
    expect(documentRefSchema.safeParse({ ...doc, date: '24/4/2024' }).error?.issues[0]?.message).toContain('năm-tháng-ngày');
  });

  it('lets day and month of the signing date stay blank but not be impossible', () => {
    expect(planDateSchema.safeParse({ day: null, month: null, year: 2024 }).success).toBe(true);
    expect(planDateSchema.safeParse({ day: 31, month: 4, year: 2024 }).success).toBe(false);
  });

  it('validates a chain of parents to any depth', () => {
    const chained = { ...doc, date: '2024-01-01', implements: { ...doc, id: 'b', date: '2023-01-01', implements: { ...doc, id: 'c', date: '2022-13-01' } } };
    const result = nestedDocumentSchema.safeParse(chained);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['implements', 'implements', 'date']);
  });
});
