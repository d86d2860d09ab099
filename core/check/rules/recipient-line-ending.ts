import { getProfile } from '../../profiles/profile';
import { placeFinding } from '../finding';
import { placesOf } from '../plan-places';
import type { CheckRule, Finding } from '../types';

/**
 * A recipient line typed with its own dash or end mark ("- Thành ủy Hà Nội,"): the profile puts
 * "- " before each line and its own mark after (";" for HD05 and Nghị định 30, "," for HD36, "."
 * after the archive line), so a typed one is either doubled or the wrong mark in the draft. The
 * fix leaves the words alone and drops the typed marks.
 */
export const recipientLineEnding: CheckRule = {
  id: 'recipient-line-ending',
  severity: 'info',
  title: 'Dấu đầu dòng, cuối dòng ở Nơi nhận',
  explanation: 'Mỗi dòng Nơi nhận bắt đầu bằng “- ” và kết thúc bằng dấu theo mẫu (“;” hoặc “,”, dòng lưu kết thúc bằng “.”); phần mềm tự thêm các dấu này, nên không gõ tay vào dòng.',
  check({ plan, source }) {
    const lineEnd = getProfile(plan.profile).closing.recipient.lineEnd;
    const findings: Finding[] = [];
    // A Word file: its lines' own end marks, which the plan (and every export) replaces by the profile's.
    const lines = source?.recipientLines ?? [];
    const places = placesOf(plan).places.filter((p) => p.place.area === 'recipients');
    lines.forEach((line, i) => {
      const archive = i === lines.length - 1 && /^\s*[-–•+]?\s*Lưu\b/iu.test(line);
      const want = archive ? '.' : lineEnd;
      const typed = /(\.\/\.|[.,;:])\s*$/u.exec(line)?.[1];
      if (typed === want || (archive && typed === './.')) return;
      const core = line.replace(/^\s*[-–•+]\s*/u, '').replace(/\s*(\.\/\.|[.,;:])\s*$/u, '');
      const place = (archive ? places.find((p) => p.place.field === 'archiveLine') : undefined) ?? places.find((p) => p.text.trim() !== '' && core.includes(p.text.trim())) ?? places[0];
      if (!place) return;
      findings.push({
        ...placeFinding(
          recipientLineEnding,
          place,
          `Trong tệp Word, dòng “${line.trim()}” ${typed ? `kết thúc bằng “${typed}”` : 'không có dấu ở cuối'} nhưng theo mẫu ${archive ? 'dòng lưu' : 'mỗi dòng nơi nhận'} kết thúc bằng “${want}”; bản xuất từ ứng dụng sẽ có dấu đúng.`,
        ),
        severity: 'warning',
      });
    });
    for (const place of placesOf(plan).places) {
      if (place.place.area !== 'recipients') continue;
      const m = /^(\s*[-–•+]\s*)?(.*?)(\s*(?:\.\/\.|[.,;:]))?\s*$/su.exec(place.text);
      if (!m || (m[1] === undefined && m[3] === undefined)) continue;
      const core = m[2] ?? '';
      if (core === '') continue;
      const archive = place.place.field === 'archiveLine';
      const want = archive ? '.' : lineEnd;
      const typed = m[3]?.trim();
      const message =
        typed !== undefined && typed !== want
          ? `Dòng “${place.text.trim()}” kết thúc bằng “${typed}” nhưng theo mẫu ${archive ? 'dòng lưu' : 'mỗi dòng'} kết thúc bằng “${want}”; bỏ dấu gõ tay để phần mềm thêm đúng dấu.`
          : `Dòng “${place.text.trim()}” có dấu gõ tay mà phần mềm đã tự thêm; bỏ dấu này.`;
      findings.push(
        placeFinding(recipientLineEnding, place, message, {
          label: 'Bỏ dấu gõ tay',
          edits: [{ kind: 'field', path: place.path, expected: place.text, value: core }],
        }),
      );
    }
    return findings;
  },
};
