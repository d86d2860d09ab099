import { applyToneMarks } from '../text/tone-marks';

/**
 * Units (bodies given tasks, recipients) compared by their words, with the abbreviations clerks
 * use in Nơi nhận spelt out: "UB MTTQ VN và các tổ chức CT-XH huyện" names the same units as
 * "Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội huyện".
 */
const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'ủy ban nhân dân',
  hđnd: 'hội đồng nhân dân',
  ub: 'ủy ban',
  mttq: 'mặt trận tổ quốc',
  ubmttq: 'ủy ban mặt trận tổ quốc',
  vn: 'việt nam',
  'ct-xh': 'chính trị xã hội',
  tt: 'thường trực',
  tv: 'thường vụ',
  btv: 'ban thường vụ',
  đu: 'đảng ủy',
  tu: 'thành ủy',
  hu: 'huyện ủy',
  qu: 'quận ủy',
  gdđt: 'giáo dục và đào tạo',
  'gd&đt': 'giáo dục và đào tạo',
  mn: 'mầm non',
  th: 'tiểu học',
  thcs: 'trung học cơ sở',
  thpt: 'trung học phổ thông',
  ubkt: 'ủy ban kiểm tra',
  'tg&dv': 'tuyên giáo và dân vận',
  xdđ: 'xây dựng đảng',
  vp: 'văn phòng',
  ca: 'công an',
};

/** Words that do not tell units apart. */
const STOP = new Set(['các', 'và', 'đối', 'với', 'của', 'trên', 'địa', 'bàn', 'cấp', 'có', 'liên', 'quan', 'những', 'trực', 'thuộc', 'nhà']);

export function unitWords(name: string): string[] {
  const words = applyToneMarks(name.normalize('NFC'), 'ủy')
    .toLocaleLowerCase('vi')
    .split(/[\s,;:.()]+/u)
    .filter(Boolean)
    .flatMap((w) => (ABBREVIATIONS[w] ?? w).split(/[\s-]+/u));
  return words.filter((w) => w !== '' && !STOP.has(w) && /\p{L}/u.test(w));
}

/** The units a task heading names: "Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội huyện" → two. */
export function unitParts(name: string): string[] {
  return name
    .replace(/^\s*(?:đối với|giao)\s+/iu, '')
    .split(/,\s*|\s+và\s+/u)
    .map((p) => p.trim())
    .filter((p) => unitWords(p).length > 0);
}

/** A heading that names units ("Ủy ban nhân dân huyện", "Đối với các nhà trường"), not a topic ("Chế độ thông tin, báo cáo"). */
export function namesUnit(title: string): boolean {
  const t = title.replace(/^\s*(?:đối với|giao)\s+/iu, '').replace(/^các\s+/iu, '').normalize('NFC');
  return /^(?:ban|ủy ban|uỷ ban|ubnd|ub|hđnd|hội đồng|phòng|sở|văn phòng|đảng ủy|đảng uỷ|đảng bộ|chi bộ|chi,|cấp ủy|cấp uỷ|mặt trận|mttq|ubmttq|hội|đoàn|huyện đoàn|thành đoàn|công an|trường|nhà trường|cơ quan|đơn vị|tổ chức|trung tâm|thành ủy|huyện ủy|quận ủy|tỉnh ủy|thành uỷ|huyện uỷ|quận uỷ|tỉnh uỷ|bộ|cơ sở)(?=\s|,|$)/iu.test(t);
}

/** True when one of the recipients names the unit (most of its distinctive words). */
export function unitCovered(unit: string, recipients: readonly string[]): boolean {
  const words = unitWords(unit);
  if (words.length === 0) return true;
  return recipients.some((r) => {
    const have = new Set(unitWords(r));
    return words.filter((w) => have.has(w)).length / words.length >= 0.5;
  });
}
