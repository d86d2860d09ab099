/**
 * Builds docs/examples/{an-lao,dong-da,thanh-xuan}.kehoach from the three real signed plans of
 * /work/shared/examples. The text is kept in a small outline markup (below) so that it can be
 * compared with the originals line by line; the drafts are what the app and the tests read.
 *
 *   npx tsx scripts/build-examples.ts
 *
 * Markup, one block per line (blank lines ignored):
 *   "## Title"              a section at depth 2 with a heading; "{upper-roman}" at the end sets
 *                           the numbering of its children, "[key]" its template section key
 *   "##> text"              a numbered paragraph without a title (runIn): "1.1. text"
 *   "##> Title :: text"     run-in title: "5. Title: text"
 *   "- text" / "+ text"     bullets; any other line is a paragraph of the current section
 *   "{{citation.full}}"     a live reference, "{{citation.short@nq-71-tw}}" one to a given document
 *   "*text*"                italic
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import {
  type BlockElement,
  type NestedDocument,
  type InlineNode,
  type NumberingStyle,
  type Organisation,
  type Plan,
  type RefField,
  type Section,
  NUMBERING_STYLES,
  REF_FIELDS,
  flattenNested,
  planSchema,
} from '../core/model';
import { serializeDraft } from '../core/draft';

export function parseInline(source: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  const pattern = /\{\{([a-zA-Z.]+)(?:@([a-z0-9-]+))?\}\}|\*([^*]+)\*/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) nodes.push({ text: source.slice(last, match.index) });
    if (match[1] !== undefined) {
      const field = match[1] as RefField;
      if (!REF_FIELDS.includes(field)) throw new Error(`Unknown ref field ${field}`);
      nodes.push(match[2] === undefined ? { type: 'ref', field, children: [{ text: '' }] } : { type: 'ref', field, target: match[2], children: [{ text: '' }] });
    } else {
      nodes.push({ text: match[3] ?? '', italic: true });
    }
    last = match.index + match[0].length;
  }
  if (last < source.length) nodes.push({ text: source.slice(last) });
  return nodes;
}

function block(line: string): BlockElement {
  const bullet = /^([-+]) (.*)$/.exec(line);
  if (bullet) return { type: 'bullet', marker: bullet[1] as '-' | '+', children: parseInline(bullet[2] ?? '') };
  return { type: 'paragraph', children: parseInline(line) };
}

export function parseOutline(source: string, idPrefix: string): { preamble: BlockElement[]; sections: Section[] } {
  const preamble: BlockElement[] = [];
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const heading = /^(#+)(>?) (.*)$/.exec(line);
    if (!heading) {
      const current = stack[stack.length - 1];
      (current ? current.body : preamble).push(block(line));
      continue;
    }
    const depth = (heading[1] ?? '').length;
    if (depth > stack.length + 1) throw new Error(`Section skips a level: ${line}`);
    stack.length = depth - 1;
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.children : roots;
    const id = parent ? `${parent.id}.${siblings.length + 1}` : `${idPrefix}-${siblings.length + 1}`;
    let rest = heading[3] ?? '';
    const section: Section = { id, title: '', body: [], children: [] };
    const numbering = /\s\{([a-z-]+)\}$/.exec(rest);
    if (numbering) {
      if (!NUMBERING_STYLES.includes(numbering[1] as NumberingStyle)) throw new Error(`Unknown numbering ${numbering[1]}`);
      section.childNumbering = numbering[1] as NumberingStyle;
      rest = rest.slice(0, numbering.index);
    }
    const key = /\s\[([a-z-]+)\]$/.exec(rest);
    if (key) {
      section.key = key[1];
      rest = rest.slice(0, key.index);
    }
    if (heading[2] === '>') {
      section.runIn = true;
      const [title, text] = rest.includes(' :: ') ? (rest.split(' :: ') as [string, string]) : ['', rest];
      section.title = title;
      section.body.push(block(text));
    } else {
      section.title = rest;
    }
    siblings.push(section);
    stack.push(section);
  }
  return { preamble, sections: roots };
}

const partyStyle = { commaBeforeDate: false, dateStyle: 'numeric' } as const;

interface ExampleSource {
  file: string;
  /** The plan's facts, bases nested as clerks type them (answers.json shape); flattened on build. */
  plan: Omit<Plan, 'preamble' | 'sections' | 'summary' | 'documents' | 'baseIds'> & { bases: NestedDocument[] };
  summary: string;
  outline: string;
  /**
   * The corrections undone: [corrected text, text as signed], applied to the summary, the outline
   * and the plan's facts, so the checker's tests run on the plan as it was signed (its defects
   * back, its citations typed as plain text as a Word file has them). Each must be found.
   */
  asSigned: Array<[string, string]>;
}

// ─── An Lão: Huyện ủy An Lão, Kế hoạch thực hiện Chỉ thị 32-CT/TU (2024) ─────────────────────

const anLaoOrganisation: Organisation = {
  superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
  issuingBody: 'HUYỆN ỦY AN LÃO',
  symbolCode: 'HU',
  placeName: 'An Lão',
  collective: 'Ban Thường vụ Huyện ủy',
  regime: 'dang',
  defaultProfile: 'dang-hd36',
  citationStyle: partyStyle,
  toneMarks: 'ủy',
  archiveLine: 'Lưu Văn phòng Huyện ủy',
  signers: [{ authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Văn Tuấn' }],
};

const chiThi32: NestedDocument = {
  id: 'ct-32-tu',
  type: 'Chỉ thị',
  regime: 'dang',
  number: '32',
  symbol: 'CT/TU',
  date: '2024-04-24',
  issuer: 'Ban Thường vụ Thành ủy',
  subject: 'về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030',
};

const anLao: ExampleSource = {
  file: 'an-lao.kehoach',
  plan: {
    id: 'example-an-lao-ct32',
    templateId: 'dang-ke-hoach-thuc-hien',
    profile: 'dang-hd36',
    type: 'Kế hoạch',
    number: '',
    date: { day: null, month: null, year: 2024 },
    organisation: anLaoOrganisation,
    bases: [chiThi32],
    recipients: [
      {
        purpose: '',
        display: 'each-line',
        items: [
          'Ban Tuyên giáo Thành ủy',
          'TT Huyện ủy',
          'Ủy ban nhân dân huyện',
          'Ban Tuyên giáo Huyện ủy',
          'Ban Tổ chức Huyện ủy',
          'Ban Thường vụ Huyện đoàn',
          'Các chi, Đảng bộ trực thuộc Huyện ủy',
          'UB MTTQ VN và các tổ chức CT-XH huyện',
        ],
      },
    ],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Văn Tuấn' },
    marks: {},
    options: { mirrorMargins: false },
  },
  summary: 'thực hiện {{citation.full}}',
  asSigned: [
    ['thực hiện {{citation.full}}', `thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy ${chiThi32.subject}`],
    ['Thực hiện {{citation.full}}, {{org.collective}} ban hành', `Thực hiện Chỉ thị 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy ${chiThi32.subject}, Ban Thường vụ Huyện uỷ ban hành`],
    ['{{citation.short}}', 'Chỉ thị 32-CT/TU'],
    ['Ban Thường vụ Huyện ủy về thực hiện Nghị', 'Ban Thường vụ Huyện uỷ về thực hiện Nghị'],
    ['100% cấp ủy cấp huyện', '100% cấp uỷ cấp huyện'],
    ['của Đảng, Thành ủy, các cấp ủy', 'của Đảng, Thành uỷ, các cấp ủy'],
    ['"Ban Tuyên giáo Thành ủy"', '"Ban Tuyên giáo Thành uỷ"'],
    ['đến năm 2030”.', 'đến năm 2030.,'],
  ],
  outline: `
Thực hiện {{citation.full}}, {{org.collective}} ban hành Kế hoạch thực hiện Chỉ thị như sau:
# MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU [muc-dich-yeu-cau]
## Mục đích, yêu cầu
- Tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn huyện đến năm 2030, góp phần thực hiện Chương trình hành động số 12-CTr/HU, ngày 29/12/2022 của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết số 07-NQ/TU, ngày 01/8/2022 của Ban Chấp hành Đảng bộ thành phố về “Một số giải pháp đổi mới, nâng cao chất lượng, hiệu quả công tác tư tưởng của Đảng bộ thành phố đến năm 2025, định hướng đến năm 2030”.
- Quán triệt, tuyên truyền, triển khai và thực hiện {{citation.short}} sâu rộng, nghiêm túc, hiệu quả nhằm nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và các tầng lớp nhân dân về tầm quan trọng của công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố nói chung, trên địa bàn huyện nói riêng.
- Cụ thể hóa các mục tiêu, nhiệm vụ trọng tâm, giải pháp và phân công trách nhiệm thực hiện Chỉ thị phù hợp với tình hình thực tiễn của cơ quan, đơn vị, địa phương.
- Tăng cường vai trò, trách nhiệm của cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và tổ chức xã hội các cấp trong việc huy động cả hệ thống chính trị, toàn xã hội tham gia vào công tác giáo dục chính trị tư tưởng đối với học sinh trên địa bàn.
## Mục tiêu
Hằng năm, 100% cấp ủy cấp huyện và các trường học tổ chức quán triệt, nghiên cứu chỉ thị, nghị quyết, kết luận, tổ chức bồi dưỡng chuyên đề trong các đợt sinh hoạt chính trị, giáo dục chính trị hè, tuần giáo dục công dân cho học sinh (do đại diện thường trực cấp ủy, lãnh đạo hội đồng trường, ban giám hiệu trường trực tiếp truyền đạt); 100% cán bộ quản lý, giáo viên được quán triệt các chỉ thị, nghị quyết, kết luận của Đảng, Thành ủy, các cấp ủy theo quy định và tham gia các lớp bồi dưỡng, tập huấn về công tác giáo dục chính trị; 100% học sinh được tham gia các hoạt động giáo dục chính trị tư tưởng, phổ biến kiến thức pháp luật, kỹ năng sống, kỹ năng mềm và tham gia các hoạt động vì cộng đồng; 100% các nhà trường tổ chức tuyên truyền, giáo dục, hướng dẫn học sinh khai thác, sử dụng thông tin trên môi trường mạng đúng quy định, phục vụ việc nghiên cứu, học tập và giải trí lành mạnh. Phấn đấu đến năm 2030, kết nạp ít nhất 350 đảng viên mới là học sinh, 100% trường ngoài công lập có tổ chức đảng, đoàn thể.
# NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM [nhiem-vu-giai-phap]
##> Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền các cấp và các trường học, nhất là người đứng đầu trong công tác xây dựng Đảng trong trường học và công tác giáo dục chính trị tư tưởng đối với học sinh. Kịp thời cụ thể hóa các văn bản lãnh đạo, chỉ đạo của Trung ương, Thành ủy và Huyện ủy ban hành các chương trình, kế hoạch, biện pháp có tính đột phá tác động mạnh mẽ, tích cực đến công tác giáo dục chính trị tư tưởng đối với học sinh; chú trọng gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh.
Nâng cao nhận thức, trách nhiệm của học sinh đối với công tác giáo dục chính trị tư tưởng. Trong quá trình tổ chức hoạt động giáo dục cần xác định rõ mối quan hệ chặt chẽ giữa các môn lý luận chính trị với các môn văn hóa để xác định mục đích, nhu cầu học tập cho học sinh. Tăng cường định hướng nghề nghiệp và giải quyết các vấn đề xã hội, tạo động lực tích cực trong học tập và rèn luyện cho học sinh.
##> Đổi mới, đa dạng hóa nội dung, phương pháp, hình thức tuyên truyền, lan tỏa các thông tin tích cực trên không gian mạng, đến các câu lạc bộ, các tổ chức hợp pháp của học sinh, sinh viên; xem không gian mạng là mặt trận quan trọng để định hướng cho học sinh.
##> Chủ động xây dựng kế hoạch bồi dưỡng quần chúng ưu tú là học sinh, giáo viên trẻ để kết nạp vào Đảng; coi đây là nhiệm vụ trọng tâm để đạt được mục tiêu cao nhất trong công tác giáo dục chính trị tư tưởng trong học sinh, là tiêu chí để đánh giá cấp ủy, cơ sở giáo dục. Thực hiện các giải pháp nêu cao vai trò gương mẫu, tiên phong của đảng viên trẻ là học sinh, giáo viên trẻ. Thông qua các hoạt động, phát hiện, tôn vinh, biểu dương kịp thời những gương đảng viên là học sinh có tư tưởng chính trị vững vàng, có đạo đức, lối sống lành mạnh, tiêu biểu, đạt nhiều thành tích trong học tập, chấp hành tốt nội quy, quy chế, văn hóa trong trường học, để từng bước củng cố niềm tin, hình thành lý tưởng sống tốt đẹp, khơi dậy ý chí, khát vọng cống hiến trong thế hệ trẻ.
##> Tiếp tục đổi mới phương pháp, nâng cao chất lượng dạy - học các môn lý luận, giáo dục công dân và tổ chức hiệu quả các hoạt động giáo dục trong nhà trường. Tổ chức có hiệu quả các phong trào hành động cách mạng của tổ chức Đoàn, Hội; tuần sinh hoạt công dân - học sinh, hoạt động tập thể vì cộng đồng và các phong trào thi đua trong trường học.
Tăng cường đào tạo, bồi dưỡng nâng cao trình độ, năng lực chuyên môn, nghiệp vụ, cập nhật kiến thức, kỹ năng tương tác trên không gian mạng cho đội ngũ cán bộ, nhân viên, giáo viên. Chú trọng kiện toàn các tổ chức Đoàn, Hội; các câu lạc bộ hợp pháp của học sinh … trong trường học gắn với nâng cao chất lượng, hiệu quả hoạt động giáo dục và đào tạo.
##> Xây dựng và thực hiện hiệu quả cơ chế phối hợp giữa nhà trường, gia đình và các lực lượng xã hội. Xây dựng môi trường dân chủ, lành mạnh, thân thiện trong trường học.
Đẩy mạnh ứng dụng công nghệ thông tin và chuyển đổi số trong công tác giáo dục chính trị tư tưởng đối với học sinh. Rà soát, bổ sung, hoàn thiện chính sách hỗ trợ thực hiện các chương trình giáo dục lý tưởng cách mạng, đạo đức, lối sống và văn hóa cho thanh niên, thiếu niên và nhi đồng.
Nâng cao hiệu quả công tác quản lý, thanh tra, kiểm tra, giám sát đối với công tác giáo dục chính trị tư tưởng cho học sinh.
# TỔ CHỨC THỰC HIỆN [to-chuc-thuc-hien]
## Các chi, Đảng bộ trực thuộc Huyện ủy
- Tổ chức nghiên cứu, quán triệt, tuyên truyền sâu rộng Chỉ thị tới cán bộ, đảng viên và Nhân dân trên địa bàn.
- Xây dựng chương trình, kế hoạch thực hiện Chỉ thị phù hợp với tình hình của địa phương, đơn vị. Đẩy mạnh công tác xây dựng Đảng trong trường học, nhất là các trường ngoài công lập.
- Tăng cường công tác kiểm tra, giám sát việc triển khai thực hiện Chỉ thị tại địa phương, đơn vị.
## Ủy ban nhân dân huyện
- Lãnh đạo xây dựng kế hoạch thực hiện Chỉ thị gắn với tăng cường nguồn lực đầu tư đáp ứng yêu cầu nhiệm vụ và nâng cao chất lượng nguồn nhân lực.
- Phối hợp Hội đồng nhân dân huyện lãnh đạo, đề xuất việc sửa đổi, bổ sung, hoàn thiện các cơ chế, chính sách về giáo dục - đào tạo và giáo dục chính trị tư tưởng đối với học sinh; tạo cơ sở pháp lý cho việc thực hiện và giám sát việc thực hiện Chỉ thị; bảo đảm ngân sách nhà nước cho các hoạt động có liên quan.
## Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội huyện
- Đẩy mạnh công tác vận động cán bộ, hội viên, đoàn viên và Nhân dân tích cực phối hợp với nhà trường, gia đình trong công tác giáo dục chính trị tư tưởng đối với học sinh và giám sát việc thực hiện Chỉ thị theo quy định.
- Ban Thường vụ Huyện đoàn xây dựng kế hoạch thực hiện Chỉ thị gắn với việc triển khai thực hiện các chương trình giáo dục lý tưởng cách mạng, đạo đức, lối sống và văn hóa cho thanh niên, thiếu niên và nhi đồng.
## Cấp ủy, Hội đồng trường, Ban Giám hiệu các trường học
- Tổ chức nghiên cứu, quán triệt, tuyên truyền và triển khai Chỉ thị tới toàn thể đội ngũ cán bộ, đảng viên, giáo viên, nhân viên, học sinh.
- Xây dựng kế hoạch thực hiện Chỉ thị và kế hoạch của Ủy ban nhân dân huyện phù hợp với điều kiện thực tiễn của đơn vị và mục đích, yêu cầu đề ra.
Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Ban Tổ chức Huyện ủy, Ban Thường vụ Huyện đoàn theo dõi, đôn đốc, kiểm tra, giám sát việc thực hiện Chỉ thị này, định kỳ báo cáo {{org.collective}}.
`,
};

// ─── Đông Đa: Đảng ủy phường Đông Đa, Kế hoạch triển khai Chương trình hành động 05-CTr/TU (2026) ─

const dongDaOrganisation: Organisation = {
  superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
  issuingBody: 'ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA',
  symbolCode: 'ĐU',
  placeName: 'Đông Đa',
  collective: 'Đảng ủy phường Đông Đa',
  regime: 'dang',
  defaultProfile: 'dang-hd36',
  citationStyle: partyStyle,
  toneMarks: 'ủy',
  archiveLine: 'Lưu Ban XDĐ',
  signers: [{ authority: 'T/M ĐẢNG ỦY', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Đinh Nguyên Mạnh' }],
};

const nghiQuyet71: NestedDocument = {
  id: 'nq-71-tw',
  type: 'Nghị quyết',
  regime: 'dang',
  number: '71',
  symbol: 'NQ/TW',
  date: '2025-08-22',
  issuer: 'Bộ Chính trị',
  subject: 'về đột phá phát triển giáo dục và đào tạo',
};

const chuongTrinh05: NestedDocument = {
  id: 'ctr-05-tu',
  type: 'Chương trình hành động',
  regime: 'dang',
  number: '05',
  symbol: 'CTr/TU',
  date: '2026-01-12',
  issuer: 'Ban Thường vụ Thành ủy Hà Nội',
  // Empty: cited as "về thực hiện <Nghị quyết số 71-NQ/TW …>".
  subject: '',
  implements: nghiQuyet71,
};

const dongDa: ExampleSource = {
  file: 'dong-da.kehoach',
  plan: {
    id: 'example-dong-da-ctr05',
    templateId: 'dang-ke-hoach-thuc-hien',
    profile: 'dang-hd36',
    type: 'Kế hoạch',
    number: '',
    date: { day: null, month: null, year: 2026 },
    organisation: dongDaOrganisation,
    bases: [chuongTrinh05],
    recipients: [
      { purpose: 'để b/c', display: 'brace', items: ['Thành ủy Hà Nội', 'Ban TG&DV TU', 'Ban TV ĐU phường'] },
      { purpose: 'để t/h', display: 'brace', items: ['UBND phường', 'UBMTTQ phường', 'Công an phường', 'Các tổ chức đảng trực thuộc'] },
    ],
    signature: { authority: 'T/M ĐẢNG ỦY', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Đinh Nguyên Mạnh' },
    marks: {},
    options: { mirrorMargins: false },
  },
  summary: 'triển khai thực hiện {{citation.full}} trên địa bàn phường',
  asSigned: [
    [
      'triển khai thực hiện {{citation.full}} trên địa bàn phường',
      'triển khai thực hiện Chương trình hành động số 05 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo trên địa bàn phường',
    ],
    [
      'Thực hiện {{citation.full}}, {{org.collective}} ban hành',
      'Thực hiện Chương trình hành động số 05-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, Đảng ủy phường Đông Đa ban hành',
    ],
    ['{{citation.short@nq-71-tw}}', 'Nghị quyết số 71-NQ/TW'],
    ['{{citation.short}}', 'Chương trình hành động số 05-CTr/TU'],
    ['"Thành ủy Hà Nội"', '"Thành ủy Hà nội"'],
    ['lành mạnh cho học sinh.', 'lành mạnh cho học sinh'],
  ],
  outline: `
Thực hiện {{citation.full}}, {{org.collective}} ban hành Kế hoạch triển khai thực hiện như sau:
# MỤC ĐÍCH, YÊU CẦU [muc-dich-yeu-cau]
##> Quán triệt sâu sắc và tổ chức triển khai thực hiện nghiêm túc các quan điểm, mục tiêu, nhiệm vụ và giải pháp trong Chương trình hành động của Thành ủy về phát triển giáo dục và đào tạo; bảo đảm sự thống nhất trong nhận thức và hành động của cấp ủy, chính quyền, MTTQ, các đoàn thể và cán bộ, đảng viên trên địa bàn phường.
##> Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, MTTQ, các tổ chức chính trị - xã hội, cán bộ, đảng viên và Nhân dân về vị trí, vai trò của giáo dục và đào tạo trong phát triển nguồn nhân lực, xây dựng xã hội học tập và phát triển kinh tế - xã hội của địa phương; tăng cường sự phối hợp giữa gia đình, nhà trường và xã hội trong công tác giáo dục.
##> Việc triển khai thực hiện phải bảo đảm thiết thực, hiệu quả, bám sát tình hình thực tiễn; xác định rõ nội dung, nhiệm vụ trọng tâm, lộ trình thực hiện và phân công trách nhiệm cụ thể cho từng cơ quan, đơn vị; đồng thời tăng cường kiểm tra, giám sát, kịp thời sơ kết, tổng kết và báo cáo kết quả thực hiện theo quy định.
# NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU [nhiem-vu-giai-phap]
## Tăng cường công tác tuyên truyền, quán triệt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về phát triển giáo dục và đào tạo
Tổ chức quán triệt, tuyên truyền sâu rộng Nghị quyết của Trung ương, Chương trình hành động của Thành ủy và các văn bản chỉ đạo của cấp trên về phát triển giáo dục và đào tạo tới toàn thể cán bộ, đảng viên, công chức, viên chức và Nhân dân trên địa bàn.
Đa dạng hóa hình thức tuyên truyền thông qua sinh hoạt chi bộ, sinh hoạt tổ dân phố, hội nghị của các đoàn thể, hệ thống truyền thanh của phường và các phương tiện thông tin phù hợp.
Phát huy vai trò của MTTQ và các tổ chức chính trị - xã hội trong tuyên truyền, vận động Nhân dân tích cực tham gia các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập.
## Nâng cao hiệu lực, hiệu quả quản lý nhà nước đối với các hoạt động giáo dục trên địa bàn
Tăng cường sự phối hợp giữa chính quyền phường với các cơ sở giáo dục trong quản lý hoạt động giáo dục; kịp thời nắm bắt tình hình, giải quyết các vấn đề phát sinh liên quan đến hoạt động giáo dục trên địa bàn.
Thực hiện tốt công tác quản lý đối với các cơ sở giáo dục, cơ sở đào tạo, các lớp bồi dưỡng, trung tâm giáo dục ngoài giờ trên địa bàn; bảo đảm các hoạt động giáo dục diễn ra đúng quy định của pháp luật.
Chú trọng công tác bảo đảm an ninh, trật tự, an toàn trường học; phòng chống bạo lực học đường, tệ nạn xã hội xâm nhập vào môi trường giáo dục.
## Quan tâm đầu tư, cải thiện điều kiện cơ sở vật chất phục vụ giáo dục
Phối hợp với các cơ quan chức năng rà soát, đánh giá hiện trạng cơ sở vật chất của các trường học trên địa bàn; kịp thời kiến nghị cấp có thẩm quyền quan tâm đầu tư, cải tạo, nâng cấp cơ sở vật chất trường lớp học theo quy định.
Phối hợp với các nhà trường và các tổ chức liên quan bảo đảm môi trường học tập an toàn, lành mạnh, xanh – sạch – đẹp; chú trọng công tác vệ sinh môi trường, phòng chống dịch bệnh trong trường học.
## Đẩy mạnh xã hội hóa giáo dục và xây dựng xã hội học tập
Phát huy vai trò của Hội Khuyến học, MTTQ và các tổ chức đoàn thể trong vận động các tổ chức, doanh nghiệp, cá nhân tham gia hỗ trợ, đóng góp nguồn lực cho phát triển giáo dục.
Tiếp tục duy trì và nâng cao hiệu quả các phong trào khuyến học, khuyến tài, xây dựng gia đình học tập, dòng họ học tập, cộng đồng học tập, đơn vị học tập trên địa bàn.
Khuyến khích các hoạt động hỗ trợ học sinh có hoàn cảnh khó khăn, học sinh nghèo vượt khó, góp phần bảo đảm công bằng trong tiếp cận giáo dục.
## Phát huy vai trò của gia đình, nhà trường và xã hội trong giáo dục thế hệ trẻ
Tăng cường sự phối hợp giữa nhà trường, gia đình và chính quyền địa phương trong quản lý, giáo dục học sinh; kịp thời trao đổi thông tin về tình hình học tập, rèn luyện của học sinh.
Đẩy mạnh các hoạt động giáo dục đạo đức, lối sống, kỹ năng sống, ý thức chấp hành pháp luật cho thanh thiếu niên; phát huy vai trò của Đoàn Thanh niên, Hội Phụ nữ và các tổ chức đoàn thể trong công tác giáo dục thế hệ trẻ.
Quan tâm xây dựng môi trường văn hóa lành mạnh tại khu dân cư, góp phần hỗ trợ tích cực cho công tác giáo dục và đào tạo.
# TỔ CHỨC THỰC HIỆN [to-chuc-thuc-hien]
## Ban Thường vụ Đảng ủy Phường
Chỉ đạo toàn diện việc triển khai thực hiện Chương trình hành động của Thành ủy và Kế hoạch của Đảng ủy phường về phát triển giáo dục và đào tạo trên địa bàn.
Chỉ đạo các chi bộ trực thuộc đưa nội dung thực hiện Chương trình hành động vào chương trình công tác hằng năm và sinh hoạt chi bộ định kỳ.
Chỉ đạo tăng cường công tác tuyên truyền, quán triệt các chủ trương, nghị quyết của Đảng về phát triển giáo dục và đào tạo tới cán bộ, đảng viên và Nhân dân.
Định kỳ kiểm tra, giám sát việc triển khai thực hiện; kịp thời chỉ đạo tháo gỡ khó khăn, vướng mắc trong quá trình thực hiện.
## Ủy ban nhân dân Phường
Là cơ quan chủ trì tổ chức triển khai thực hiện Kế hoạch, cụ thể hóa các nhiệm vụ, giải pháp của Chương trình hành động của Thành ủy phù hợp với điều kiện thực tiễn của địa phương; xây dựng kế hoạch thực hiện hằng năm và chỉ đạo các bộ phận chuyên môn, các tổ dân phố phối hợp triển khai.
Thực hiện quản lý nhà nước đối với các hoạt động giáo dục trên địa bàn, chủ động phối hợp với các cơ sở giáo dục trong việc nắm bắt tình hình hoạt động dạy và học, công tác quản lý học sinh; kịp thời xử lý hoặc báo cáo cấp có thẩm quyền giải quyết các vấn đề phát sinh liên quan đến lĩnh vực giáo dục.
Chỉ đạo các bộ phận chuyên môn phối hợp với các nhà trường trong công tác quản lý học sinh cư trú trên địa bàn, tăng cường trao đổi thông tin giữa nhà trường – gia đình – chính quyền địa phương nhằm nâng cao hiệu quả công tác giáo dục đạo đức, lối sống, ý thức chấp hành pháp luật cho học sinh.
Phối hợp với các cơ quan chức năng rà soát điều kiện cơ sở vật chất, hạ tầng phục vụ giáo dục, kịp thời kiến nghị cấp có thẩm quyền quan tâm đầu tư, nâng cấp, bảo đảm điều kiện học tập, sinh hoạt và môi trường giáo dục an toàn, lành mạnh cho học sinh.
Chỉ đạo các lực lượng chức năng trên địa bàn tăng cường công tác bảo đảm an ninh, trật tự, an toàn trường học, phòng ngừa và xử lý các hành vi vi phạm pháp luật, bạo lực học đường, tệ nạn xã hội ảnh hưởng đến môi trường giáo dục.
Phối hợp với Ủy ban MTTQ và các tổ chức chính trị - xã hội đẩy mạnh công tác xã hội hóa giáo dục, vận động các tổ chức, cá nhân tham gia hỗ trợ phát triển giáo dục, chăm lo học sinh có hoàn cảnh khó khăn, góp phần xây dựng xã hội học tập trên địa bàn.
Định kỳ tổng hợp, đánh giá kết quả thực hiện Kế hoạch, báo cáo Đảng ủy phường và cấp trên theo quy định; kịp thời đề xuất các giải pháp nhằm nâng cao hiệu quả công tác giáo dục và đào tạo trên địa bàn.
## Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Phường
Phát huy vai trò của MTTQ và các tổ chức chính trị - xã hội trong tập hợp, vận động đoàn viên, hội viên và Nhân dân thực hiện tốt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về phát triển giáo dục và đào tạo; nâng cao nhận thức của cộng đồng về vị trí, vai trò của giáo dục trong phát triển nguồn nhân lực và xây dựng xã hội học tập.
Đẩy mạnh công tác tuyên truyền, vận động Nhân dân tích cực tham gia chăm lo sự nghiệp giáo dục, phối hợp với các nhà trường và chính quyền địa phương trong việc giáo dục đạo đức, lối sống, ý thức chấp hành pháp luật cho thanh thiếu niên, học sinh.
Phối hợp triển khai hiệu quả các phong trào khuyến học, khuyến tài, xây dựng xã hội học tập, xây dựng các mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”; vận động các tổ chức, cá nhân tham gia đóng góp nguồn lực, hỗ trợ học sinh có hoàn cảnh khó khăn, học sinh nghèo vượt khó.
Phát huy vai trò của từng tổ chức đoàn thể trong công tác giáo dục:
Đoàn Thanh niên tăng cường các hoạt động giáo dục lý tưởng cách mạng, đạo đức, lối sống, kỹ năng sống cho thanh thiếu niên; tổ chức các phong trào học tập, rèn luyện trong đoàn viên, thanh niên.
Hội Liên hiệp Phụ nữ đẩy mạnh công tác tuyên truyền, vận động xây dựng gia đình văn hóa, gia đình học tập; nâng cao vai trò của cha mẹ trong việc chăm lo, giáo dục con em.
Hội Cựu chiến binh, Hội Người cao tuổi và các tổ chức đoàn thể khác phát huy vai trò nêu gương, tham gia giáo dục truyền thống cách mạng, đạo đức, lối sống cho thế hệ trẻ.
Thực hiện giám sát và phản biện xã hội đối với việc triển khai các chủ trương, chính sách liên quan đến giáo dục và đào tạo trên địa bàn; kịp thời phản ánh tâm tư, nguyện vọng của Nhân dân, góp phần nâng cao hiệu quả công tác giáo dục và đào tạo.
## Ban Xây dựng Đảng
Tham mưu công tác cán bộ đáp ứng yêu cầu phát triển giáo dục và đào tạo; đề xuất bố trí, quy hoạch, đào tạo, bồi dưỡng đội ngũ cán bộ có trình độ chuyên môn cao, năng lực đổi mới, sáng tạo đáp ứng yêu cầu thực tiễn.
Tham mưu Ban Thường vụ Đảng ủy chỉ đạo việc tuyên truyền, phổ biến sâu nội dung {{citation.short@nq-71-tw}}, {{citation.short}} và Kế hoạch của Đảng ủy đến các cấp ủy đảng trực thuộc, chính quyền, cán bộ, đảng viên và Nhân dân. Chủ trì phối hợp với Ủy ban nhân dân phường theo dõi, kiểm tra, đôn đốc việc thực hiện {{citation.short@nq-71-tw}}, {{citation.short}} và Kế hoạch của Đảng ủy tại các cơ quan, đơn vị; thẩm định các báo cáo sơ kết, tổng kết việc thực hiện do Ủy ban nhân dân phường trình Thường trực, Ban Thường vụ Đảng ủy.
##> Ủy ban Kiểm tra Đảng ủy Phường :: Phối hợp tổ chức các đoàn kiểm tra, giám sát việc thực hiện {{citation.short@nq-71-tw}}, {{citation.short}} và Kế hoạch của Đảng ủy; kịp thời phát hiện những tồn tại, hạn chế, đề xuất những biện pháp xử lý và báo cáo Ban Thường vụ Đảng ủy.
## Công an Phường
Chủ trì phối hợp với các nhà trường và các lực lượng liên quan bảo đảm an ninh, trật tự tại các cơ sở giáo dục trên địa bàn.
Tăng cường công tác phòng ngừa, phát hiện và xử lý các hành vi vi phạm pháp luật liên quan đến học sinh, thanh thiếu niên; phòng chống tệ nạn xã hội, bạo lực học đường.
Phối hợp tuyên truyền, giáo dục pháp luật, nâng cao ý thức chấp hành pháp luật cho học sinh, thanh thiếu niên trên địa bàn.
## Các chi bộ trực thuộc Đảng ủy
Tổ chức quán triệt nội dung Chương trình hành động của Thành ủy và Kế hoạch của Đảng ủy phường tới toàn thể đảng viên. Lồng ghép nội dung thực hiện các nhiệm vụ phát triển giáo dục và đào tạo vào chương trình công tác, nghị quyết chi bộ hằng năm.
Phát huy vai trò của đảng viên trong tuyên truyền, vận động Nhân dân tham gia các hoạt động khuyến học, khuyến tài và xây dựng xã hội học tập.
## Chế độ thông tin, báo cáo
Các đơn vị được phân công nhiệm vụ căn cứ chức năng, nhiệm vụ của mình tổ chức triển khai thực hiện; định kỳ 6 tháng và hằng năm báo cáo kết quả thực hiện về Đảng ủy phường (qua Ban Xây dựng Đảng) để tổng hợp báo cáo cấp trên theo quy định.
Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh về Đảng ủy Phường để xem xét, chỉ đạo.
`,
};

// ─── Thanh Xuân: Phòng GDĐT quận Thanh Xuân, Kế hoạch năm học 2023-2024 (state, ND30) ───────

const thanhXuanOrganisation: Organisation = {
  superiorBody: 'UBND QUẬN THANH XUÂN',
  issuingBody: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
  symbolCode: 'GDĐT',
  placeName: 'Thanh Xuân',
  collective: 'Phòng GDĐT',
  regime: 'nha-nuoc',
  defaultProfile: 'nha-nuoc-nd30',
  citationStyle: { commaBeforeDate: false, dateStyle: 'numeric' },
  toneMarks: 'ủy',
  archiveLine: 'Lưu: VT',
  signers: [{ authority: '', position: 'TRƯỞNG PHÒNG', name: 'Phạm Gia Hữu' }],
};

const khungKeHoachNamHoc =
  'về việc ban hành và sửa đổi khung Kế hoạch thời gian năm học 2023-2024 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên trên địa bàn thành phố Hà Nội';

const thanhXuanBases: NestedDocument[] = [
  {
    id: 'qd-4045-ubnd',
    type: 'Quyết định',
    regime: 'nha-nuoc',
    number: '4045',
    symbol: 'QĐ-UBND',
    date: '2023-08-11',
    issuer: 'Ủy ban nhân dân (UBND) thành phố Hà Nội',
    subject: khungKeHoachNamHoc,
  },
  {
    id: 'qd-4354-ubnd',
    type: 'Quyết định',
    regime: 'nha-nuoc',
    number: '4354',
    symbol: 'QĐ-UBND',
    date: '2023-08-31',
    issuer: 'Ủy ban nhân dân (UBND) thành phố Hà Nội',
    subject: khungKeHoachNamHoc,
  },
  {
    id: 'cv-3360-sgddt',
    type: 'Công văn',
    regime: 'nha-nuoc',
    number: '3360',
    symbol: 'SGDĐT-CTTT',
    date: '2023-09-15',
    issuer: 'Sở Giáo dục và Đào tạo (GDĐT) Hà Nội',
    subject: 'về việc hướng dẫn thực hiện nhiệm vụ giáo dục chính trị, công tác học sinh năm học 2023-2024',
  },
  {
    id: 'kh-195-ubnd',
    type: 'Kế hoạch',
    regime: 'nha-nuoc',
    number: '195',
    symbol: 'KH-UBND',
    date: '2023-08-28',
    issuer: 'UBND quận Thanh Xuân',
    subject: 'về nhiệm vụ năm học 2023-2024',
  },
];

const thanhXuan: ExampleSource = {
  file: 'thanh-xuan.kehoach',
  plan: {
    id: 'example-thanh-xuan-2023-2024',
    templateId: 'nha-nuoc-ke-hoach',
    profile: 'nha-nuoc-nd30',
    type: 'Kế hoạch',
    number: '',
    date: { day: 21, month: 9, year: 2023 },
    organisation: thanhXuanOrganisation,
    bases: thanhXuanBases,
    recipients: [
      {
        purpose: '',
        display: 'each-line',
        items: ['Sở GDĐT', 'Các trường MN, Tiểu học, THCS trên địa bàn quận', 'Lãnh đạo, chuyên viên phòng GDĐT'],
      },
    ],
    signature: { authority: '', position: 'TRƯỞNG PHÒNG', name: 'Phạm Gia Hữu' },
    marks: {},
    options: { mirrorMargins: false },
  },
  summary: 'Thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh ngành Giáo dục và Đào tạo {{org.place}} năm học 2023-2024',
  asSigned: [
    [
      'Thực hiện {{bases.full}},',
      'Thực hiện Quyết định số 4045/QĐ-UBND ngày 11/8/2023 và Quyết định số 4354/QĐ-UBND ngày 31/8/2023 của Ủy ban nhân dân (UBND) thành phố Hà Nội về việc ban hành và sửa đổi khung Kế hoạch thời gian năm học 2023-2024 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên trên địa bàn thành phố Hà Nội; Công văn số 3360/SDDĐT-CTTT ngày 15/9/2023 của Sở Giáo dục và Đào tạo (GDĐT) Hà Nội về việc hướng dẫn thực hiện nhiệm vụ giáo dục chính trị, công tác học sinh năm học 2023-2024; Kế hoạch số 195/KH-UBND ngày 28/8/2023 của UBND quận Thanh Xuân về nhiệm vụ năm học 2023-2024,',
    ],
    ['2850/SGDĐT-CTTT-KHCN', '2850/SDDĐT-CTTT-KHCN'],
    ['668/SGDĐT-KHTC', '668/S GDĐT-KHTC'],
    // Typed numbering, as in the Word file: 3.1 then 3.3 (a paragraph was deleted, the numbers were not).
    ['###> Các đơn vị triển khai', '3.1. Các đơn vị triển khai'],
    ['###> Xây dựng và tổ chức thực hiện Kế hoạch triển khai', '3.3. Xây dựng và tổ chức thực hiện Kế hoạch triển khai'],
    ['###> Thực hiện chỉ đạo của Bộ GDĐT', '3.4. Thực hiện chỉ đạo của Bộ GD&ĐT'],
    ['###> Xây dựng Chương trình phối hợp', '3.5. Xây dựng Chương trình phối hợp'],
    ['03/01/2024 (thứ Tư)', '03/01/2023 (thứ Tư)'],
    ['bồi dưỡng thường xuyên do Bộ GDĐT', 'bồi dưỡng thường xuyên do Bộ GD&ĐT'],
    ['theo đúng chỉ đạo của Bộ GDĐT', 'theo đúng chỉ đạo của Bộ GD&ĐT'],
    ['ngày 08/8/2023 của Sở GDĐT.', 'ngày 08/8/2023 của Sở GD&ĐT.'],
    ['ngày 27/02/2017 giữa Sở GDĐT và', 'ngày 27/02/2017 giữa Sở GD&ĐT và'],
    ['ngày 08/5/2023 giữa Sở GDĐT và', 'ngày 08/5/2023 giữa Sở GD&ĐT và'],
    ['phòng chống ma túy ngành GDĐT năm', 'phòng chống ma túy ngành GD&ĐT năm'],
    ['giao ngành GDĐT.', 'giao ngành GD&ĐT.'],
    ['cứu nạn cứu hộ ngành GDĐT giai', 'cứu nạn cứu hộ ngành GD&ĐT giai'],
    ['(khóa VIII)', '(Khoá VIII)'],
    ['Chỉ thị số 16/CT-UBND', 'Chỉ thị 16/CT-UBND'],
  ],
  outline: `
Thực hiện {{bases.full}},
{{org.collective}} xây dựng kế hoạch, hướng dẫn các nhà trường, các cơ sở giáo dục trên địa bàn quận thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh năm học 2023-2024 như sau:
# NHIỆM VỤ CHUNG [nhiem-vu-chung]
##> Triển khai thực hiện hiệu quả các văn bản quy phạm pháp luật, các Đề án, Dự án, Kế hoạch và các văn bản khác của Bộ GDĐT, UBND Thành phố và của các cơ quan nhà nước có thẩm quyền về thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh.
##> Tăng cường hiệu quả các nhiệm vụ về giáo dục chính trị, tư tưởng, giáo dục đạo đức, lối sống, kỹ năng sống cho học sinh; chú trọng xây dựng văn hóa học đường; triển khai đồng bộ các giải pháp phòng chống bạo lực học đường; phòng, chống tội phạm, tệ nạn xã hội, phòng chống ma túy; công tác xã hội trường học, tư vấn tâm lý; xây dựng cơ chế phối hợp giữa nhà trường-gia đình-xã hội trong công tác giáo dục cho học sinh.
##> Đẩy mạnh các hoạt động hỗ trợ học sinh trong học tập và rèn luyện; triển khai có hiệu quả hoạt động tư vấn tâm lý, công tác xã hội, tư vấn nghề nghiệp, việc làm và hỗ trợ học sinh khởi nghiệp; tham mưu, đề xuất sửa đổi, bổ sung các chính sách hỗ trợ đối với học sinh có hoàn cảnh khó khăn.
##> Tổ chức các hoạt động tuyên truyền, quán triệt, giáo dục, nâng cao nhận thức cho học sinh về kiến thức pháp luật, chủ trương, chính sách của Đảng, Nhà nước, Chính phủ và Bộ GDĐT, UBND Thành phố về công tác đổi mới giáo dục và đào tạo, các kỹ năng về an toàn giao thông (ATGT), phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ (CNCH); tăng cường ứng dụng công nghệ, chuyển đổi số trong công tác quản lý; chủ động, kịp thời xử lý các vấn đề về truyền thông liên quan đến lĩnh vực giáo dục chính trị và công tác học sinh.
##> Tăng cường hiệu quả bộ máy tổ chức; nâng cao năng lực và hỗ trợ, tạo điều kiện cho đội ngũ những người thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh, giáo viên chủ nhiệm lớp, giáo viên phụ trách công tác Đoàn, Đội, giáo viên kiêm nhiệm công tác tư vấn tâm lý, công tác xã hội, công tác tư vấn, hỗ trợ khởi nghiệp, ...; tham gia tập huấn nâng cao năng lực chuyên môn, nghiệp vụ theo chương trình quy định hoặc bồi dưỡng thường xuyên do Bộ GDĐT, UBND Thành phố và địa phương tổ chức.
# NHIỆM VỤ, GIẢI PHÁP CỤ THỂ [nhiem-vu-giai-phap]
## Công tác giáo dục chính trị, tư tưởng, văn hóa
###> Đổi mới, nâng cao chất lượng giảng dạy, học tập đối với môn Đạo đức, Giáo dục công dân; các nội dung về giáo dục lịch sử dân tộc, lịch sử cách mạng, giáo dục địa phương và văn hóa trong trường học; tăng cường quản lý công tác giáo dục chính trị tư tưởng trong các cơ sở giáo dục có yếu tố nước ngoài, các trường tư thục, các chương trình đào tạo liên kết với nước ngoài.
###> Tổ chức các hoạt động học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; tuyên truyền, hướng dẫn cán bộ, giáo viên, học sinh tích cực tham gia Cuộc thi “Tuổi trẻ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” theo Công văn số 2850/SGDĐT-CTTT-KHCN ngày 08/8/2023 của Sở GDĐT.
###> Thực hiện công tác phát triển Đảng viên trong trường học, bồi dưỡng nhận thức về Đảng trong học sinh theo tinh thần Chỉ thị số 34-CT/TW ngày 30/5/1998 của Bộ Chính trị (khóa VIII) về "Tăng cường công tác chính trị tư tưởng; củng cố tổ chức đảng, đoàn thể quần chúng và công tác phát triển đảng viên trong các trường học"; Chương trình số 01-CTr/TU, ngày 17/3/2021 của Thành ủy về "Tăng cường công tác xây dựng chỉnh đốn Đảng, xây dựng Đảng bộ và hệ thống chính trị Thành phố trong sạch, vững mạnh, đẩy mạnh cải cách hành chính giai đoạn 2021-2025"; Đề án số 20-ĐA/TU ngày 24/10/2022 của Ban Thường vụ Thành ủy về "Nâng cao chất lượng kết nạp đảng viên ở Đảng bộ thành phố Hà Nội trong giai đoạn mới". Triển khai xây dựng và nhân rộng các mô hình công tác tạo nguồn, phát triển đảng viên trong trường học.
###> Theo dõi, nắm bắt tình hình chính trị, tư tưởng trong học sinh; tổ chức hiệu quả hoạt động đối thoại giữa lãnh đạo nhà trường, nhà giáo và cán bộ quản lý giáo dục với học sinh để nắm bắt tâm tư, nguyện vọng và kịp thời xử lý những vấn đề khó khăn, bức xúc trong học sinh; chủ động phát hiện và phối hợp với cơ quan Công an, chính quyền địa phương và các cơ quan, tổ chức hữu quan xử lý các vấn đề phức tạp về chính trị, tư tưởng liên quan đến học sinh; không để học sinh bị dụ dỗ, lôi kéo tham gia các hội, nhóm, tổ chức tôn giáo hoạt động trái pháp luật và các hoạt động chống phá Đảng, Nhà nước, gây rối an ninh, trật tự an toàn xã hội.
###> Tổ chức triển khai thực hiện các nhiệm vụ giải pháp được đưa ra trong Đề án “Xây dựng văn hóa ứng xử trong trường học”. Tiếp tục triển khai Chỉ thị số 16/CT-UBND ngày 07/9/2022 về tăng cường triển khai công tác xây dựng văn hóa học đường trên địa bàn thành phố Hà Nội, gắn việc xây dựng và tổ chức thực hiện văn hóa học đường với việc đổi mới căn bản, toàn diện giáo dục; Kế hoạch số 3081/KH-SGDĐT ngày 21/9/2020 về triển khai thực hiện văn hóa ứng xử trong trường học giai đoạn 2020-2025; Hướng dẫn số 1002/HĐ-SGDĐT ngày 19/4/2022 về hướng dẫn xây dựng môi trường văn hóa trong trường học ngành GDĐT Hà Nội giai đoạn 2022-2025; Tổ chức hiệu quả phong trào “Học sinh Thanh Xuân lề phép, thân thiện, trung thực, trách nhiệm”; quan tâm đầu tư, hỗ trợ và thường xuyên tổ chức các hoạt động văn hóa, văn nghệ trong các trường học; xây dựng kế hoạch tổ chức và tham gia liên hoan Hợp xướng cho học sinh phổ thông năm học 2023-2024 theo kế hoạch của Sở GDĐT; tăng cường tổ chức các phòng đọc, tủ sách phụ huynh, tủ sách lớp học, v.v...
## Công tác giáo dục đạo đức, lối sống, kỹ năng sống
###> Tổ chức triển khai có hiệu quả các nhiệm vụ, giải pháp của Kế hoạch số 972/KH-SGDĐT ngày 12/4/2022 về thực hiện Chương trình “Tăng cường giáo dục lý tưởng cách mạng, đạo đức, lối sống và khơi dậy khát vọng công hiến cho thanh niên, thiếu niên và nhi đồng giai đoạn 2022 - 2030, ngành Giáo dục và Đào tạo.” Trong đó, tập trung giáo dục cho thanh niên, thiếu niên, nhi đồng lý tưởng cách mạng, bản lĩnh chính trị; có ý chí học tập, rèn luyện, lập thân, lập nghiệp; có kỹ năng sống, nghề nghiệp và việc làm; có đạo đức, ý thức công dân; khơi dậy khát vọng vươn lên, tinh thần tình nguyện công hiến.
###> Triển khai hoạt động tư vấn tâm lý và công tác xã hội tại các cơ sở giáo dục theo quy định tại Thông tư số 31/2017/TT-BGDĐT ngày 18/12/2017 của Bộ trưởng Bộ GDĐT hướng dẫn thực hiện công tác tư vấn tâm lý cho học sinh trong trường phổ thông và Thông tư số 33/2018/TT-BGDĐT ngày 26/12/2018 của Bộ trưởng Bộ GDĐT hướng dẫn công tác xã hội trong trường học.
###> Phối hợp với tổ chức Đoàn - Đội - Hội cùng cấp rà soát, quản lý chặt chẽ về nội dung, hình thức của các trò chơi, các hoạt động ngoài giờ chính khóa của học sinh; không tổ chức cho học sinh tham gia các trò chơi (trên môi trường mạng hoặc tương tác trực tiếp) có nội dung, hình thức bạo lực, phản cảm, không phù hợp với văn hóa dân tộc, chuẩn mực đạo đức xã hội. Thực hiện có hiệu quả nội dung Kế hoạch số 296/KH-SGDĐT ngày 28/01/2022 về xây dựng văn hóa ứng xử trên không gian mạng của ngành GDĐT Hà Nội giai đoạn 2021-2025.
###> Tổ chức và quản lý các hoạt động giáo dục kỹ năng sống, giá trị sống cho học sinh; xây dựng kế hoạch chỉ đạo tăng cường công tác giáo dục kỹ năng sống trong các cấp học trên địa bàn, góp phần nâng cao chất lượng giáo dục toàn diện cho học sinh; tăng cường giáo dục ý thức bảo vệ môi trường, ứng phó với biến đổi khí hậu, xây dựng Trường học xanh - Vì một Hà Nội xanh; thành lập các câu lạc bộ theo sở thích, tài năng, trong các nhà trường; tổ chức các diễn đàn, tọa đàm và khuyến khích học sinh tham gia nhằm phát triển năng lực, phẩm chất, kỹ năng sống, tạo môi trường tốt cho học sinh nâng cao khả năng sử dụng ngoại ngữ.
###> Xây dựng kế hoạch phối hợp công tác, trong đó nêu cụ thể nội dung, nhiệm vụ phối hợp với từng cơ quan, đơn vị hữu quan để tăng cường phối hợp nhà trường, gia đình và xã hội trong giáo dục học sinh theo đúng chỉ đạo của Bộ GDĐT và UBND Thành phố và của các cơ quan nhà nước có thẩm quyền.
## Công tác học sinh
###> Các đơn vị triển khai thực hiện các quy định về phòng, chống bạo lực, xâm hại cho học sinh trong trường học. Chủ động phối hợp với Công an địa phương trong công tác bảo đảm an ninh an toàn trường học theo Quy chế phối hợp số 505/QCPH/SGD&ĐT-CATP ngày 27/02/2017 giữa Sở GDĐT và Công an Thành phố về đảm bảo an ninh trật tự, an toàn trường học; Kế hoạch phối hợp số 188/KH-PHTT-CATP-SGD&ĐT ngày 08/5/2023 giữa Sở GDĐT và Công an Thành phố về phối hợp tuyên truyền pháp luật về trật tự an toàn giao thông trong các cơ sở giáo dục trên địa bàn Thành phố giai đoạn 2022-2025.
###> Xây dựng và tổ chức thực hiện Kế hoạch triển khai thực hiện các nội dung, nhiệm vụ giải pháp được đề ra tại Dự án “Tăng cường năng lực phòng chống ma túy trong trường học đến năm 2025”. Kế hoạch số 732/KH-SGD&ĐT ngày 17/3/2023 về tuyên truyền giáo dục phòng chống ma túy ngành GDĐT năm 2023 và những nội dung Ban Chỉ đạo 89/TP giao ngành GDĐT.
###> Thực hiện chỉ đạo của Bộ GDĐT và UBND Thành phố về tăng cường công tác giáo dục ATGT trong trường học, chú trọng công tác đảm bảo ATGT cho học sinh trong trường học và khu vực cổng trường học, ATGT trên các xe đưa đón học sinh tới trường; tổ chức thực hiện công tác giáo dục kiến thức, kỹ năng về PCCC và CNCH cho học sinh theo quy định, từng bước triển khai các hoạt động thực hành, diễn tập hình thành, nâng cao kỹ năng PCCC cho học sinh các cấp học, bậc học phù hợp lứa tuổi học sinh. Tiếp tục triển khai hiệu quả Kế hoạch số 3543/KH-SGD&ĐT ngày 13/10/2021 về việc tuyên truyền, phổ biến pháp luật và kiến thức phòng cháy, chữa cháy và cứu nạn cứu hộ ngành GDĐT giai đoạn 2022-2025; Kế hoạch số 196/KH-SGD&ĐT ngày 31/01/2023 về tuyên truyền phổ biến giáo dục pháp luật kiến thức về phòng cháy, chữa cháy và cứu nạn, cứu hộ ngành giáo dục và đào tạo.
###> Xây dựng Chương trình phối hợp với các cơ quan, đơn vị hữu quan trong tổ chức các hoạt động về tư vấn nghề nghiệp, việc làm, đổi mới sáng tạo, khởi nghiệp cho học sinh; cung cấp đội ngũ những người làm công tác tư vấn, hỗ trợ khởi nghiệp trong các cơ sở giáo dục, tăng cường nâng cao năng lực đội ngũ, đặc biệt là năng lực thực hành, tư vấn triển khai dự án; khuyến khích xây dựng và chuyển giao các mô hình kinh doanh, mô hình hỗ trợ sinh kế nhằm giải quyết các vấn đề của cộng đồng, tiếp tục tham mưu cấp có thẩm quyền trong việc huy động nguồn lực, từng bước triển khai hoạt động đào tạo, bồi dưỡng nâng cao năng lực cho đội ngũ cán bộ tư vấn hỗ trợ khởi nghiệp trong các cơ sở giáo dục; chủ động tổ chức các hoạt động tham quan, thực hành tại doanh nghiệp nhằm sớm định hướng nghề nghiệp cho học sinh và nâng cao kỹ năng nghề nghiệp, việc làm, khởi nghiệp, đổi mới sáng tạo, khởi nghiệp cho học sinh.
Tiếp tục thực hiện Kế hoạch số 4340/KH-SGDĐT ngày 10/10/2018 về triển khai thực hiện Đề án “Hỗ trợ học sinh, sinh viên khởi nghiệp đến năm 2025” của ngành GDĐT; Công văn số 668/SGDĐT-KHTC ngày 27/02/2019 về việc triển khai Thông tư số 126/2018/TT-BTC ngày 26/12/2018 của Bộ Tài chính hướng dẫn quản lý và sử dụng kinh phí sự nghiệp thực hiện Đề án “Hỗ trợ học sinh, sinh viên khởi nghiệp đến năm 2025”.
Hình thành đội ngũ cán bộ tư vấn hỗ trợ học sinh khởi nghiệp, tạo điều kiện cho đội ngũ cán bộ tham gia tập huấn nâng cao kỹ năng, nghiệp vụ chuyên môn; Khuyến khích học sinh tham dự Cuộc thi “Học sinh, sinh viên với ý tưởng khởi nghiệp” do Bộ Giáo dục và Đào tạo tổ chức năm học 2023-2024.
# TỔ CHỨC THỰC HIỆN [to-chuc-thuc-hien] {upper-roman}
## Đối với Phòng GDĐT
- Xây dựng kế hoạch thực hiện; tổ chức Hội nghị triển khai kế hoạch đến tất cả các trường mầm non, tiểu học, THCS và các cơ sở giáo dục thuộc phạm vi quản lý trên địa bàn quận;
- Tổ chức kiểm tra việc triển khai thực hiện của các nhà trường định kỳ và đột xuất;
- Báo cáo Sở GDĐT đúng tiến độ: Báo cáo sơ kết triển khai thực hiện nhiệm vụ Giáo dục chính trị và công tác học sinh học kỳ I trước ngày 15/01/2024 (thứ Hai); Báo cáo tổng kết năm học 2023-2024 trước ngày 31/5/2024 (thứ Sáu); Báo cáo đột xuất khi được yêu cầu và có vụ việc xảy ra.
## Đối với các nhà trường, các cơ sở giáo dục
- Bám sát nội dung kế hoạch này, xây dựng kế hoạch hoạt động của nhà trường cụ thể, phù hợp với đặc điểm tình hình của nhà trường và địa phương;
- Tổ chức quán triệt nội dung kế hoạch đến 100% cán bộ quản lý, giáo viên, nhân viên và học sinh để thực hiện;
- Thành lập Ban chỉ đạo việc thực hiện nhiệm vụ giáo dục chính trị, công tác học sinh và hoạt động ngoài giờ lên lớp, trong đó chú trọng việc thành lập tổ công tác quản lý cơ sở vật chất của nhà trường, phân công nhiệm vụ cụ thể nhằm khai thác, sử dụng, bồi dưỡng bảo trì CSVC, trang thiết bị hiệu quả; đảm bảo các điều kiện cơ bản và tính an toàn trong triển khai tổ chức hoạt động giáo dục cho học sinh;
- Thực hiện nghiêm túc, đồng bộ các biện pháp nhằm bảo đảm tuyệt đối an toàn cho học sinh, cán bộ, giáo viên, nhân viên trong quá trình triển khai các hoạt động giáo dục, trải nghiệm, hoạt động ngoài giờ lên lớp;
- Đăng ký tổ chức mô hình điểm về tổ chức thực hiện nhiệm vụ giáo dục chính trị, công tác học sinh năm học 2023-2024.
- Chế độ báo cáo: Báo cáo sơ kết triển khai thực hiện nhiệm vụ Giáo dục chính trị và công tác học sinh học kỳ I trước ngày 03/01/2024 (thứ Tư); Báo cáo tổng kết năm học 2023-2024 trước ngày 24/5/2024 (thứ Sáu); Báo cáo đột xuất khi được yêu cầu và có vụ việc xảy ra (*kể cả khi đã giải quyết sự việc*).
Trong quá trình thực hiện nếu có khó khăn, vướng mắc cần báo cáo với lãnh đạo phòng GDĐT để kịp thời giải quyết.
`,
};

export const EXAMPLES: readonly ExampleSource[] = [anLao, dongDa, thanhXuan];

/** The example with its corrections undone: the plan as it was signed, defects and all. */
export function asSignedSource(source: ExampleSource): ExampleSource {
  const undo = (text: string): string =>
    source.asSigned.reduce((acc, [corrected, signed]) => acc.replaceAll(corrected, signed), text);
  const joined = JSON.stringify(source.plan) + source.summary + source.outline;
  for (const [corrected] of source.asSigned)
    if (!joined.includes(corrected)) throw new Error(`${source.file}: "${corrected}" is no longer in the example; update its asSigned list`);
  return { ...source, plan: JSON.parse(undo(JSON.stringify(source.plan))), summary: undo(source.summary), outline: undo(source.outline), asSigned: [] };
}

export function buildExamplePlan(source: ExampleSource, options: { asSigned?: boolean } = {}): Plan {
  if (options.asSigned) return buildExamplePlan(asSignedSource(source));
  const { preamble, sections } = parseOutline(source.outline, source.plan.id.replace(/^example-/, ''));
  const { bases, ...facts } = source.plan;
  const { documents, baseIds } = flattenNested(bases);
  return planSchema.parse({ ...facts, documents, baseIds, summary: parseInline(source.summary), preamble, sections });
}

// Fixed timestamp so regenerating the examples does not produce a diff when nothing changed.
const SAVED_AT = new Date('2026-02-01T08:00:00.000Z');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'examples');
  for (const source of EXAMPLES) {
    const file = join(outDir, source.file);
    writeFileSync(file, serializeDraft(buildExamplePlan(source), SAVED_AT), 'utf8');
    console.log(`wrote ${file}`);
  }
}
