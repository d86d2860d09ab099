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
  check({ plan }) {
    const lineEnd = getProfile(plan.profile).closing.recipient.lineEnd;
    const findings: Finding[] = [];
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
