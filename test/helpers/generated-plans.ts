import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraph, text } from '../../core/model/inline';
import type { Section } from '../../core/model/plan';
import type { DraftPlan } from '../../core/review/draft-sections';
import type { ImportedParagraph, ImportedText } from '../../core/import/imported-text';

/**
 * Generated parents and drafts for the coverage engine: tasks made of clauses over topics taken
 * from real plans, and a lower body's rewording of them (localised, a clause dropped, clauses
 * reordered, verbs swapped). Used by the property test and the coverage bench.
 */

/** Topics (noun phrases) from real plans; each generated task draws its own. */
export const TOPICS = [
  'công tác giáo dục chính trị tư tưởng cho học sinh', 'công tác phát triển đảng viên trong trường học', 'phong trào khuyến học, khuyến tài',
  'cơ sở vật chất trường lớp học', 'an ninh, trật tự, an toàn trường học', 'phòng chống bạo lực học đường', 'ứng dụng công nghệ thông tin và chuyển đổi số',
  'văn hóa ứng xử trên không gian mạng', 'tư vấn tâm lý học đường', 'giáo dục kỹ năng sống cho thanh thiếu niên', 'an toàn giao thông khu vực cổng trường',
  'phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'phòng chống ma túy trong trường học', 'hỗ trợ học sinh khởi nghiệp', 'tư vấn nghề nghiệp, việc làm',
  'đội ngũ nhà giáo và cán bộ quản lý giáo dục', 'chất lượng dạy học môn Giáo dục công dân', 'giáo dục lịch sử dân tộc và truyền thống cách mạng',
  'xây dựng xã hội học tập', 'học sinh có hoàn cảnh khó khăn', 'phối hợp giữa nhà trường, gia đình và xã hội', 'môi trường văn hóa lành mạnh tại khu dân cư',
  'quản lý nhà nước đối với cơ sở giáo dục ngoài công lập', 'xã hội hóa nguồn lực đầu tư cho giáo dục', 'hệ thống truyền thanh cơ sở',
  'sinh hoạt chi bộ định kỳ', 'công tác kiểm tra, giám sát của cấp ủy', 'vai trò nêu gương của người đứng đầu', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'giáo dục ý thức bảo vệ môi trường', 'ứng phó với biến đổi khí hậu', 'câu lạc bộ ngoại ngữ, thể thao cho học sinh', 'thư viện và tủ sách lớp học',
  'bảo đảm vệ sinh an toàn thực phẩm bếp ăn bán trú', 'chăm sóc sức khỏe học đường', 'phổ cập bơi và phòng chống đuối nước', 'hợp tác quốc tế về giáo dục',
  'đào tạo nghề cho lao động nông thôn', 'chính sách hỗ trợ giáo viên vùng khó khăn', 'kiểm định chất lượng giáo dục', 'phân luồng học sinh sau trung học cơ sở',
  'phát hiện, bồi dưỡng học sinh năng khiếu', 'giáo dục hòa nhập cho trẻ khuyết tật', 'chương trình giáo dục địa phương', 'đổi mới kiểm tra, đánh giá học sinh',
  'dân chủ ở cơ sở trong trường học', 'phòng chống tác hại của thuốc lá điện tử', 'quản lý dạy thêm, học thêm', 'tuyển sinh đầu cấp đúng quy chế',
  'hoạt động trải nghiệm tại di tích lịch sử', 'thi đua dạy tốt, học tốt', 'công tác thi đua, khen thưởng trong ngành giáo dục',
  // Other fields plans are written for: a draft's topics are not all about schools.
  'chuyển đổi cơ cấu cây trồng, vật nuôi', 'phòng, chống dịch tả lợn châu Phi', 'tiêm chủng mở rộng cho trẻ em', 'bảo hiểm y tế toàn dân',
  'cải cách thủ tục hành chính một cửa', 'dịch vụ công trực tuyến mức độ toàn trình', 'quốc phòng toàn dân gắn với thế trận an ninh nhân dân',
  'tuyển quân nghĩa vụ quân sự', 'phòng chống thiên tai, lụt bão', 'trồng rừng phòng hộ ven biển', 'thu gom, xử lý rác thải sinh hoạt',
  'nước sạch nông thôn', 'giảm nghèo đa chiều bền vững', 'đền ơn đáp nghĩa người có công', 'chăm sóc người cao tuổi',
  'phát triển du lịch cộng đồng', 'sản phẩm OCOP đặc trưng', 'thu hút đầu tư vào cụm công nghiệp', 'giải phóng mặt bằng dự án trọng điểm',
  'quản lý đất đai, trật tự xây dựng đô thị', 'chống buôn lậu, gian lận thương mại', 'tín dụng chính sách xã hội', 'kinh tế tập thể, hợp tác xã',
  'văn hóa, thể thao cơ sở', 'gia đình no ấm, tiến bộ, hạnh phúc', 'bình đẳng giới, vì sự tiến bộ của phụ nữ', 'tôn giáo, tín ngưỡng đúng pháp luật',
  'tiếp công dân, giải quyết khiếu nại, tố cáo', 'phòng, chống tham nhũng, tiêu cực', 'kiểm soát tài sản, thu nhập', 'thực hành tiết kiệm, chống lãng phí',
  'ngân sách nhà nước năm sau', 'thuế, phí, lệ phí đúng hạn', 'năng lượng tái tạo, điện mặt trời mái nhà', 'giao thông nông thôn bê tông hóa',
] as const;

const VERBS = ['Tăng cường', 'Nâng cao chất lượng', 'Đẩy mạnh', 'Đổi mới', 'Chú trọng', 'Triển khai có hiệu quả', 'Quan tâm'];
const SWAP: Record<string, string> = { 'Tăng cường': 'Đẩy mạnh', 'Đẩy mạnh': 'Tăng cường', 'Đổi mới': 'Tiếp tục đổi mới', 'Chú trọng': 'Quan tâm', 'Quan tâm': 'Chú trọng' };

/** A small deterministic generator (mulberry32), so the bench's documents are the same each run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** A task: three clauses, each a verb and one topic, with the parent's place. */
export function taskText(topics: readonly string[], random: () => number): string {
  const clauses = topics.map((topic, i) => `${i === 0 ? pick(VERBS, random) : pick(VERBS, random).toLowerCase()} ${topic}`);
  return `${clauses.join('; ')} trên địa bàn thành phố.`;
}

/** How a lower body rewords a task: a clause dropped (of three), the rest reordered, a verb swapped, the place localised. */
export function reword(task: string, random: () => number): string {
  const clauses = task.replace(/ trên địa bàn thành phố\.$/, '').replace(/\.$/, '').split('; ');
  if (clauses.length > 2) clauses.splice(Math.floor(random() * clauses.length), 1);
  if (random() < 0.5) clauses.reverse();
  const out = clauses.map((c) => {
    for (const [from, to] of Object.entries(SWAP)) if (c.toLowerCase().startsWith(from.toLowerCase())) return to.toLowerCase() + c.slice(from.length);
    return c;
  });
  const joined = out.join('; ');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)} trên địa bàn ${pick(['xã', 'phường', 'huyện'], random)}.`;
}

export function paragraphsToImported(paragraphs: ImportedParagraph[], fileName = 'parent.txt'): ImportedText {
  return { paragraphs, source: { fileName, format: 'txt', bytes: 0 } };
}

export function draftOf(sections: Section[]): DraftPlan {
  return { profile: 'dang-hd05', options: {} as DraftPlan['options'], sections };
}

export const section = (id: string, title: string, paragraphs: string[], children: Section[] = []): Section => ({
  id,
  title,
  body: paragraphs.map((p) => paragraph(text(p))),
  children,
});

/**
 * Clauses of the three real plans (test/data/coverage/parents), for long generated documents
 * whose vocabulary is a real plan's: topics alone repeat a few hundred syllables, and a posting
 * list as long as the document would make the bench slower than any real parent.
 */
let realClauses: string[] | undefined;
export function clausesOfRealPlans(): string[] {
  if (realClauses) return realClauses;
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/coverage/parents');
  const files = ['an-lao-ke-hoach-chi-thi-32.txt', 'dong-da-ke-hoach-ctr-05.txt', 'thanh-xuan-ke-hoach-nam-hoc-2023-2024.txt'];
  realClauses = files
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/[;.\n]/))
    .map((c) => c.replace(/^\s*(?:[IVX]+\.|[A-C]\.|\d+(?:\.\d+)*\.|[a-z]\)|-)?\s*/, '').trim())
    .filter((c) => c.split(' ').length >= 5);
  return realClauses;
}

/** A long paragraph: three real clauses, lower-cased after the first, as a task reads. */
function realTask(random: () => number): string {
  const pool = clausesOfRealPlans();
  const clauses = [pick(pool, random), pick(pool, random), pick(pool, random)].map((c, i) => (i === 0 ? c : c.charAt(0).toLowerCase() + c.slice(1)));
  return `${clauses.join('; ')}.`;
}

/**
 * A parent of about `pages` pages (≈ 6 paragraphs a page): purpose prose, then "II. NHIỆM VỤ,
 * GIẢI PHÁP" with numbered groups of tasks (a heading, "a)"… items, a paragraph running on), then
 * "III. TỔ CHỨC THỰC HIỆN" with "-" assignments.
 */
export function generatedParent(pages: number, seed = 1): ImportedText {
  const random = seededRandom(seed);
  const target = Math.round(pages * 6);
  const paragraphs: ImportedParagraph[] = [
    { text: 'MỤC ĐÍCH, YÊU CẦU', label: 'I.', kind: 'roman', level: 1 },
    { text: realTask(random), level: 0 },
    { text: 'NHIỆM VỤ, GIẢI PHÁP', label: 'II.', kind: 'roman', level: 1 },
  ];
  let group = 0;
  while (paragraphs.length < target * 0.85) {
    group += 1;
    paragraphs.push({ text: `Nhóm nhiệm vụ thứ ${group}`, label: `${group}.`, kind: 'arabic', level: 2 });
    for (let i = 0; i < 5; i += 1) {
      paragraphs.push({ text: realTask(random), label: `${String.fromCharCode(97 + i)})`, kind: 'letter', level: 3 });
      paragraphs.push({ text: realTask(random), level: 0 });
    }
  }
  paragraphs.push({ text: 'TỔ CHỨC THỰC HIỆN', label: 'III.', kind: 'roman', level: 1 });
  while (paragraphs.length < target) paragraphs.push({ text: realTask(random), label: '-', kind: 'dash', level: 2 });
  return paragraphsToImported(paragraphs, `generated-${pages}.txt`);
}

/** A draft of about `pages` pages (≈ 6 paragraphs a page) of reworded real clauses, 6 paragraphs a section. */
export function generatedDraft(pages: number, seed = 2): DraftPlan {
  const random = seededRandom(seed);
  const target = Math.round(pages * 6);
  const groups: Section[] = [];
  let made = 0;
  for (let g = 0; made < target; g += 1) {
    const children: Section[] = [];
    for (let c = 0; c < 5 && made < target; c += 1) {
      const paragraphs = Array.from({ length: 6 }, () => reword(realTask(random), random));
      made += paragraphs.length;
      children.push(section(`g${g}-${c}`, `Nội dung ${c + 1}`, paragraphs));
    }
    groups.push(section(`g${g}`, `Nhóm nhiệm vụ ${g + 1}`, [], children));
  }
  return draftOf(groups);
}
