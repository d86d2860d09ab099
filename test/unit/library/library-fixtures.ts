import fc from 'fast-check';
import type { LibraryEntry } from '../../../core/library/library-entry';

/** A library entry with the bookkeeping filled; facts as given. */
export function entry(facts: Partial<LibraryEntry> & Pick<LibraryEntry, 'id'>): LibraryEntry {
  return {
    type: 'Chỉ thị',
    regime: 'dang',
    number: '',
    symbol: '',
    date: '',
    issuer: '',
    subject: '',
    revision: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...facts,
  };
}

/** The parents of the three example plans (docs: /work/shared/spec/plan-anatomy.md) and a few others. */
export function sampleLibrary(): LibraryEntry[] {
  return [
    entry({ id: 'nq07', type: 'Nghị quyết', number: '07', symbol: 'NQ/TU', date: '2022-08-01', issuer: 'Ban Chấp hành Đảng bộ thành phố', subject: 'về xây dựng Đảng bộ' }),
    entry({ id: 'ctr12', type: 'Chương trình hành động', number: '12', symbol: 'CTr/HU', date: '2022-12-29', issuer: 'Ban Thường vụ Huyện ủy', subject: 'về thực hiện Nghị quyết', implementsId: 'nq07' }),
    entry({ id: 'ct32', type: 'Chỉ thị', number: '32', symbol: 'CT/TU', date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy', subject: 'về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên', shortName: 'Chỉ thị 32' }),
    entry({ id: 'nq71', type: 'Nghị quyết', number: '71', symbol: 'NQ/TW', date: '2025-08-22', issuer: 'Bộ Chính trị', subject: 'về đột phá phát triển giáo dục và đào tạo' }),
    entry({ id: 'ctr05', type: 'Chương trình hành động', number: '05', symbol: 'CTr/TU', date: '2026-01-12', issuer: 'Ban Thường vụ Thành ủy', subject: 'về thực hiện Nghị quyết số 71-NQ/TW', implementsId: 'nq71' }),
    entry({ id: 'qd4045', type: 'Quyết định', regime: 'nha-nuoc', number: '4045', symbol: 'QĐ-UBND', date: '2023-08-11', issuer: 'Ủy ban nhân dân Thành phố', subject: 'về việc ban hành Kế hoạch thời gian năm học 2023-2024' }),
    entry({ id: 'thuc', type: 'Công văn', regime: 'nha-nuoc', number: '12', symbol: 'UBND-VX', date: '2023-01-01', issuer: 'UBND quan', subject: 've thuc hien ke hoach' }),
  ];
}

const VI_LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ'];

/** Random Vietnamese syllables (NFC letters with tone marks), for property tests. */
export const viWord = fc.array(fc.constantFrom(...VI_LETTERS), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
export const viText = fc.array(viWord, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
