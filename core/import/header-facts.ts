import { DOCUMENT_TYPES } from '../model/document-ref';
import { lowerFirst, upperVi } from '../text/vi-case';
import type { ImportedParagraph, ImportedText, SuggestedFacts } from './imported-text';
import { organisationCase } from './organisation-case';

/**
 * Reads the facts of a Vietnamese document off its header (Nghị định 30/2020 and Hướng dẫn 36 /
 * 05-HD/VPTW lay it out alike): issuing body top left, "Số …" under it, the national or Party
 * title top right with "<place>, ngày … tháng … năm …" under it, then the type in capitals and the
 * summary. Works on what any reader gives: a DOCX's header table (cells in order), a PDF's lines
 * (left and right columns may share a line) or plain text. Pure: no Node, no DOM.
 */

const PARTY_TITLE = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u;
const STATE_TITLE = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/u;
const MOTTO = /Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/iu;
/** Marks that share the header with the body's name but are not it. */
const MARKS = /^(?:TÀI LIỆU HỘI NGHỊ|KHẨN|THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC|MẬT|TỐI MẬT|TUYỆT MẬT|DỰ THẢO.*|BẢN SAO.*)$/u;
/** "Số 05-KH/ĐU", "Số: 4045/QĐ-UBND", "Số      -KH/HU" (a draft's blank number), "Luật số: 43/2019/QH14". */
const NUMBER_LINE = /(?:^|\s)(?:Số|Luật\s+số)\s*:?\s*(\d*)\s*([-/])\s*(\p{Lu}[\p{L}\p{N}&./-]*|\d{4}\/[\p{L}\p{N}&./-]+)/u;
const DATE_LINE = /ngày\s+(\d{0,2})\s*tháng\s*(\d{0,2})\s*năm\s+(\d{4})/u;
const RULE = /^[-–—_=*.…\s]{3,}$/u;

/** Symbol type codes → document type. Party and state share most codes. */
const CODES: Record<string, string> = {
  NQ: 'Nghị quyết',
  CT: 'Chỉ thị',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  KL: 'Kết luận',
  QĐ: 'Quyết định',
  QĐi: 'Quy định',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  CV: 'Công văn',
  ĐA: 'Đề án',
  NĐ: 'Nghị định',
  TTg: 'Chỉ thị',
};

/** The heading text of the types, longest first ("CHƯƠNG TRÌNH HÀNH ĐỘNG" before "CHƯƠNG TRÌNH"). */
const TYPE_LINES = [...DOCUMENT_TYPES].sort((a, b) => b.length - a.length).map((type) => ({ type, caps: upperVi(type) }));

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const full = (p: ImportedParagraph) => squash(p.label ? `${p.label} ${p.text}` : p.text);
const isCaps = (s: string) => /\p{L}/u.test(s) && upperVi(s) === s;

export function suggestFacts(text: ImportedText): SuggestedFacts {
  const paras = text.paragraphs.slice(0, 80);
  const typeAt = paras.findIndex((p) => p.table === undefined && typeOfLine(full(p)) !== undefined);
  // The header ends at the type line; without one, at the first numbered heading.
  const headerEnd = typeAt >= 0 ? typeAt : Math.max(0, paras.findIndex((p) => p.level === 1));
  const header = paras.slice(0, headerEnd || Math.min(paras.length, 15)).map(full);
  const facts: SuggestedFacts = {};

  const joined = header.join('\n');
  if (PARTY_TITLE.test(joined)) facts.regime = 'dang';
  else if (STATE_TITLE.test(joined) || MOTTO.test(joined)) facts.regime = 'nha-nuoc';

  const numbered = header.map((l) => NUMBER_LINE.exec(l)).find((m) => m !== null);
  if (numbered) {
    const [, number, sep, symbol] = numbered;
    facts.regime ??= sep === '-' ? 'dang' : 'nha-nuoc';
    if (number) facts.number = number;
    facts.symbol = symbol!.replace(/[.,;]+$/, '');
  }

  const type = typeAt >= 0 ? typeOfLine(full(paras[typeAt]!)) : undefined;
  facts.type = type ?? typeFromSymbol(facts.symbol, facts.regime) ?? (header.some((l) => /^V\/v\b/u.test(l)) ? 'Công văn' : undefined);
  if (facts.type === undefined) delete facts.type;

  for (const line of header) {
    const m = DATE_LINE.exec(line);
    if (!m) continue;
    const place = placeBefore(line.slice(0, m.index));
    if (place) facts.place = place;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[1] && m[2] && validDate(year, month, day)) {
      facts.date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    break;
  }

  const issuer = issuerLine(header);
  if (issuer) facts.issuer = organisationCase(signedFor(text.paragraphs, issuer));

  const subject = subjectAfter(paras, typeAt, header);
  if (subject) facts.subject = subject;
  return facts;
}

function typeOfLine(line: string): string | undefined {
  const caps = squash(line);
  return TYPE_LINES.find((t) => caps === t.caps)?.type;
}

/** "KH/ĐU" → Kế hoạch (Party: code before "/"); "QĐ-UBND", "2020/NĐ-CP" → code before "-". */
function typeFromSymbol(symbol: string | undefined, regime: SuggestedFacts['regime']): string | undefined {
  if (!symbol) return undefined;
  const bare = symbol.replace(/^\d{4}\//, '');
  const code = regime === 'dang' ? bare.split('/')[0]! : bare.split('-')[0]!;
  const found = CODES[code];
  if (found) return found;
  if (regime === 'dang' && code === 'TT') return 'Thông tri';
  if (regime === 'nha-nuoc' && code === 'TT') return 'Thông tư';
  // A state letter's symbol names only its body ("3360/SGDĐT-CTTT"): that is a công văn.
  return regime === 'nha-nuoc' && symbol.includes('-') ? 'Công văn' : undefined;
}

/** The place before ", ngày …": the capitalised words just before it ("An Lão", "Hà Nội"). */
function placeBefore(text: string): string | undefined {
  const words = text.replace(/,\s*$/, '').trim().split(/\s+/);
  const place: string[] = [];
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const w = words[i]!;
    if (!/^\p{Lu}[\p{Ll}\p{M}]*\.?$/u.test(w) && !/^(?:TP\.|Tp\.)$/u.test(w)) break;
    if (isCaps(w) && w.length > 1 && !/^TP\.$/u.test(w)) break; // the end of a line in capitals
    place.unshift(w);
  }
  return place.length > 0 ? place.join(' ') : undefined;
}

/** The issuing body: the last line in capitals of the header's left column. */
function issuerLine(header: string[]): string | undefined {
  const candidates: string[] = [];
  for (const raw of header) {
    const line = squash(raw.replace(PARTY_TITLE, ' ').replace(STATE_TITLE, ' ').replace(MOTTO, ' ').replace(NUMBER_LINE, ' ').replace(/[^,]*,?\s*ngày\s+\d{0,2}\s*tháng.*$/u, ' '));
    if (line === '' || line === '*' || RULE.test(line) || MARKS.test(line) || !isCaps(line)) continue;
    const name = line.replace(/^[*\s]+|[*\s]+$/g, '');
    // A long name printed on two lines (a PDF keeps the break): the second line goes on with a unit,
    // a joining word or the rest of a word pair no name starts with ("ĐẢNG ỦY CÁC CƠ QUAN" / "ĐẢNG
    // TỈNH NINH BÌNH", "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HÀ NỘI", "… THÀNH" / "PHỐ HÀ NỘI").
    if (candidates.length > 0 && CONTINUES_NAME.test(name)) candidates[candidates.length - 1] += ` ${name}`;
    else candidates.push(name);
  }
  return candidates.at(-1);
}

const CONTINUES_NAME = /^(?:TỈNH(?!\s+(?:ỦY|UỶ))|THÀNH PHỐ|HUYỆN(?!\s+(?:ỦY|UỶ))|QUẬN(?!\s+(?:ỦY|UỶ))|PHƯỜNG|XÃ|THỊ XÃ|THỊ TRẤN|ĐẶC KHU|PHỐ|TRẤN|NHÂN DÂN|DÂN|VÀ|CÁC|CỦA|KHỐI|ĐẢNG(?!\s+(?:ỦY|UỶ|BỘ|CỘNG)))(?=\s|$)/u;

/**
 * A Party committee's document signed "T/M BAN THƯỜNG VỤ" is the standing committee's, and is
 * cited so: "Chỉ thị số 32-CT/TU của Ban Thường vụ Thành ủy Hải Phòng", though its header names
 * only "THÀNH ỦY HẢI PHÒNG". The authority line is looked for in the closing block only.
 */
function signedFor(paras: ImportedParagraph[], issuer: string): string {
  if (!/^(?:HUYỆN|THÀNH|TỈNH|QUẬN|THỊ|ĐẢNG)\s+(?:ỦY|UỶ)(?:\s|$)/u.test(issuer)) return issuer;
  for (const p of paras.slice(-60)) {
    const m = /^T\/M\s+(BAN THƯỜNG VỤ|BAN CHẤP HÀNH)$/u.exec(full(p));
    if (m) return `${m[1]} ${issuer}`;
  }
  return issuer;
}

const STARTS_BODY = /^(?:Căn cứ|Thực hiện|Triển khai|Để|Nhằm|Kính gửi)(?=\s|$)/u;

/**
 * The summary after the type line ("về tăng cường …", "thực hiện Chỉ thị số …") up to the "-----"
 * or rule under it, or the first sentence of the body. A state letter's "V/v …" is its summary.
 * Always given as it is cited: starting with "về".
 */
function subjectAfter(paras: ImportedParagraph[], typeAt: number, header: string[]): string | undefined {
  const vv = header.find((l) => /^V\/v\b/u.test(l));
  if (vv) return `về việc ${squash(vv.replace(/^V\/v\.?\s*/u, ''))}`;
  if (typeAt < 0) return undefined;
  const parts: string[] = [];
  for (let i = typeAt + 1; i < paras.length && parts.length < 6; i += 1) {
    const p = paras[i]!;
    const line = full(p);
    if (line === '') continue;
    if (parts.length === 0 && isCaps(line) && /^CỦA\s/u.test(line)) continue; // the author line
    if (RULE.test(line) || p.level > 0 || p.table !== undefined) break;
    if (parts.length > 0 && (STARTS_BODY.test(line) || p.align === 'both' || p.align === 'left')) break;
    // Without alignment (plain text) a summary's next line goes on in lower case; a capital starts the body.
    if (parts.length > 0 && p.align === undefined && /^\p{Lu}/u.test(line)) break;
    if (parts.length === 0 && (p.align === 'both' || /[.:]$/u.test(line)) && STARTS_BODY.test(line) && line.length > 200) break;
    parts.push(line);
    if (/[.:]$/u.test(line)) break;
  }
  if (parts.length === 0) return undefined;
  const joined = squash(parts.join(' ')).replace(/[.:]$/u, '');
  // A summary in capitals (a law's name: "GIÁO DỤC") is cited in lower case.
  const summary = isCaps(joined) ? joined.toLocaleLowerCase('vi') : joined;
  if (/^về\s/iu.test(summary)) return lowerFirst(summary);
  const startsWithType = DOCUMENT_TYPES.some((t) => summary.startsWith(t));
  return `về ${startsWithType ? summary : lowerFirst(summary)}`;
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
