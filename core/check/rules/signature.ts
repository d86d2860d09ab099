import { placesOf } from '../plan-places';
import { placeFinding } from '../finding';
import type { CheckFix, CheckRule, Finding } from '../types';

const fieldFix = (label: string, field: 'authority' | 'position' | 'name', from: string, to: string): CheckFix => ({
  label,
  edits: [{ kind: 'field', path: ['signature', field], expected: from, value: to }],
});

// Staff bodies of a Party committee (ban, văn phòng, ủy ban kiểm tra) may sign "K/T"; a committee may not.
const PARTY_STAFF_BODY = /^(?:BAN|VĂN PHÒNG|ỦY BAN KIỂM TRA|UỶ BAN KIỂM TRA|UBKT)\b/u;

/**
 * The authority line matches the issuing body (HD36/HD05 and Nghị định 30): Party documents write
 * "T/M", "T/L", "K/T" (the last only for staff bodies), state documents "TM.", "KT.", "TL.",
 * "TUQ."; a Party committee never signs "K/T". Swapping one form for the other of the same
 * meaning is a safe fix; a wrong "K/T" is not (who signs for whom is the clerk's to say).
 */
export const signatureAuthority: CheckRule = {
  id: 'signature-authority',
  severity: 'error',
  title: 'Quyền hạn ký không đúng',
  explanation: 'Văn bản của Đảng ghi “T/M”, “T/L”, “K/T” (K/T chỉ dùng ở cơ quan tham mưu, không dùng cho cấp ủy); văn bản nhà nước ghi “TM.”, “KT.”, “TL.”, “TUQ.”.',
  check({ plan }) {
    const place = placesOf(plan).find({ area: 'signature', field: 'authority' });
    const text = plan.signature.authority.trim();
    if (!place || text === '') return [];
    const findings: Finding[] = [];
    const party = plan.organisation.regime === 'dang';
    const state = /^(TM|KT|TL|TUQ)\.\s*/u.exec(text);
    const partyForm = /^(T\/M|K\/T|T\/L)\s*/u.exec(text);
    if (party && state) {
      const swap: Record<string, string> = { TM: 'T/M', KT: 'K/T', TL: 'T/L' };
      const right = swap[state[1] ?? ''];
      const fixed = right ? `${right} ${text.slice(state[0].length)}` : undefined;
      findings.push(
        placeFinding(signatureAuthority, place, `Văn bản của Đảng ghi “${right ?? 'T/M'}”, không ghi “${state[1]}.” như văn bản nhà nước.`, fixed ? fieldFix(`Sửa thành “${fixed}”`, 'authority', plan.signature.authority, fixed) : undefined),
      );
    } else if (!party && partyForm) {
      const swap: Record<string, string> = { 'T/M': 'TM.', 'K/T': 'KT.', 'T/L': 'TL.' };
      const right = swap[partyForm[1] ?? ''] ?? 'TM.';
      const fixed = `${right} ${text.slice(partyForm[0].length)}`;
      findings.push(placeFinding(signatureAuthority, place, `Văn bản nhà nước ghi “${right}”, không ghi “${partyForm[1]}” như văn bản của Đảng.`, fieldFix(`Sửa thành “${fixed}”`, 'authority', plan.signature.authority, fixed)));
    } else if (party && partyForm?.[1] === 'K/T' && !PARTY_STAFF_BODY.test(plan.organisation.issuingBody.trim())) {
      findings.push(
        placeFinding(signatureAuthority, place, 'Cấp ủy không ký “K/T”; cấp phó ký thay mặt tập thể ghi “T/M …” (ví dụ “T/M BAN THƯỜNG VỤ”), hãy sửa lại.'),
      );
    }
    return findings;
  },
};

export const signerMissing: CheckRule = {
  id: 'signer-missing',
  severity: 'error',
  title: 'Thiếu họ tên hoặc chức vụ người ký',
  explanation: 'Khối chữ ký phải có chức vụ và họ tên người ký; thiếu thì văn bản không đủ thể thức để ban hành.',
  check({ plan }) {
    const findings: Finding[] = [];
    const places = placesOf(plan);
    const name = places.find({ area: 'signature', field: 'name' });
    if (name && plan.signature.name.trim() === '') findings.push(placeFinding(signerMissing, name, 'Chưa có họ tên người ký; hãy nhập họ tên người ký dưới chức vụ.'));
    const position = places.find({ area: 'signature', field: 'position' });
    if (position && plan.signature.position.trim() === '') findings.push(placeFinding(signerMissing, position, 'Chưa có chức vụ người ký; hãy nhập chức vụ (ví dụ “PHÓ BÍ THƯ”).'));
    return findings;
  },
};
