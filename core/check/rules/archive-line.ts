import { placesOf } from '../plan-places';
import { placeFinding } from '../finding';
import type { CheckRule, Finding } from '../types';

/** Nơi nhận ends with the archive line: "Lưu Văn phòng Huyện ủy" (Party), "Lưu: VT, GDĐT" (state). */
export const archiveLineMissing: CheckRule = {
  id: 'archive-line-missing',
  severity: 'error',
  title: 'Thiếu dòng lưu văn bản',
  explanation: 'Dòng cuối của Nơi nhận ghi nơi lưu văn bản (“Lưu Văn phòng …” với văn bản của Đảng, “Lưu: VT, …” với văn bản nhà nước); thiếu dòng này văn bản không đúng thể thức.',
  check({ plan, source }) {
    const place = placesOf(plan).find({ area: 'recipients', field: 'archiveLine' });
    // A Word file without one: the plan was given a default line on opening, the file has none.
    const lines = source?.recipientLines;
    const missingInFile = lines !== undefined && lines.length > 0 && !/^\s*[-–•+]?\s*Lưu\b/iu.test(lines[lines.length - 1] ?? '');
    if (!place || (!missingInFile && /^\s*-?\s*Lưu\b/iu.test(place.text))) return [];
    const state = plan.organisation.regime === 'nha-nuoc';
    const message = state
      ? 'Nơi nhận thiếu dòng lưu văn bản; thêm dòng “Lưu: VT, …” ở cuối.'
      : 'Nơi nhận thiếu dòng lưu văn bản; thêm dòng “Lưu Văn phòng …” ở cuối.';
    const fix =
      !missingInFile && state && place.text.trim() === ''
        ? { label: 'Thêm “Lưu: VT”', edits: [{ kind: 'field' as const, path: ['organisation', 'archiveLine'], expected: place.text, value: 'Lưu: VT' }] }
        : undefined;
    const findings: Finding[] = [placeFinding(archiveLineMissing, place, message, fix)];
    return findings;
  },
};

/** The archive line's form per regime: Party "Lưu Văn phòng …" (no colon, no VT), state "Lưu: VT, …". */
export const archiveLineForm: CheckRule = {
  id: 'archive-line-form',
  severity: 'warning',
  title: 'Dòng lưu văn bản sai thể thức',
  explanation: 'Văn bản của Đảng ghi “Lưu Văn phòng …” (không có dấu hai chấm, không ghi VT); văn bản nhà nước ghi “Lưu: VT, …”.',
  check({ plan }) {
    const place = placesOf(plan).find({ area: 'recipients', field: 'archiveLine' });
    if (!place || !/^\s*Lưu\b/iu.test(place.text)) return [];
    const text = place.text.trim();
    if (plan.organisation.regime === 'dang' && /^Lưu\s*:/u.test(text)) {
      const fixed = text.replace(/^Lưu\s*:\s*/u, 'Lưu ');
      return [
        placeFinding(archiveLineForm, place, 'Văn bản của Đảng ghi “Lưu …” không có dấu hai chấm; bỏ dấu hai chấm sau “Lưu”.', {
          label: `Sửa thành “${fixed}”`,
          edits: [{ kind: 'field', path: ['organisation', 'archiveLine'], expected: place.text, value: fixed }],
        }),
      ];
    }
    if (plan.organisation.regime === 'nha-nuoc' && !/^Lưu\s*:/u.test(text)) {
      const fixed = text.replace(/^Lưu\s*/u, 'Lưu: ');
      return [
        placeFinding(archiveLineForm, place, 'Văn bản nhà nước ghi “Lưu: VT, …” có dấu hai chấm sau “Lưu”; thêm dấu hai chấm.', {
          label: `Sửa thành “${fixed}”`,
          edits: [{ kind: 'field', path: ['organisation', 'archiveLine'], expected: place.text, value: fixed }],
        }),
      ];
    }
    return [];
  },
};
