import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestedDocument } from '../../../core/model';
import type { BaseAnswer } from '../../../core/template/answers';
import { ctr05, cv3360, dongDaOrg, kh195, nq71, thanhXuanOrg, thanhXuanRecipientItems } from '../../helpers/fixtures';

/** Answers taken from the three real plans in /work/shared/examples (and docs/examples/answers-an-lao.json). */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const anLaoAnswers = (): Record<string, any> => JSON.parse(readFileSync(path.join(repo, 'docs/examples/answers-an-lao.json'), 'utf8'));

/** A cited document as a clerk types it in the answers: no ids (the template generates them). */
const asBaseAnswer = ({ id: _id, implements: parent, ...rest }: NestedDocument): BaseAnswer =>
  parent ? { ...rest, implements: asBaseAnswer(parent) } : { ...rest };

/** Fresh copies, because tests edit the answers they get. */
const dongDaOrganisation = () => structuredClone(dongDaOrg);

export const dongDaAnswers = (): Record<string, any> => ({
  organisation: dongDaOrganisation(),
  bases: [asBaseAnswer(ctr05)],
  date: { day: null, month: null, year: 2026 },
  fields: {
    summaryLead: 'triển khai thực hiện',
    implementVerb: 'triển khai thực hiện',
    tasksQualifier: 'chủ yếu',
    tasks: [
      {
        title: 'Tăng cường công tác tuyên truyền, quán triệt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về phát triển giáo dục và đào tạo',
        paragraphs: [
          'Tổ chức quán triệt, tuyên truyền sâu rộng Nghị quyết của Trung ương, Chương trình hành động của Thành ủy và các văn bản chỉ đạo của cấp trên về phát triển giáo dục và đào tạo.',
          'Đa dạng hóa hình thức tuyên truyền thông qua sinh hoạt chi bộ, sinh hoạt tổ dân phố, hội nghị của các đoàn thể.',
        ],
      },
    ],
    units: [
      { name: 'Ban Thường vụ Đảng ủy Phường', tasks: ['Chỉ đạo toàn diện việc triển khai thực hiện Chương trình hành động của Thành ủy.'], bullets: false },
      { name: 'Ủy ban nhân dân Phường', tasks: ['Là cơ quan chủ trì tổ chức triển khai thực hiện Kế hoạch.'], bullets: false },
      { name: 'Công an Phường', tasks: ['Chủ trì phối hợp với các nhà trường bảo đảm an ninh, trật tự tại các cơ sở giáo dục trên địa bàn.'], bullets: false },
    ],
    reportTo: 'Đảng ủy phường (qua Ban Xây dựng Đảng)',
    leadUnit: 'Ban Xây dựng Đảng',
  },
});

export const actionProgrammeAnswers = (): Record<string, any> => ({
  // The Thành ủy that issued Đông Đa's parent programme, writing its own programme for NQ 71.
  organisation: {
    ...dongDaOrganisation(),
    superiorBody: '',
    issuingBody: 'THÀNH ỦY HÀ NỘI',
    symbolCode: 'TU',
    placeName: 'Hà Nội',
    collective: 'Ban Thường vụ Thành ủy',
    archiveLine: 'Lưu Văn phòng Thành ủy',
    signers: [{ authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn A' }],
  },
  bases: [asBaseAnswer(nq71)],
  number: '5',
  date: '2026-01-12',
  fields: {
    generalGoal: 'Tạo chuyển biến mạnh mẽ, toàn diện về chất lượng giáo dục và đào tạo của Thủ đô.',
    specificGoals: [
      { area: 'giáo dục mầm non', target: 'phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi.' },
      { area: 'giáo dục phổ thông', target: '100% trường phổ thông đạt chuẩn quốc gia.' },
    ],
    goals2: 'Hệ thống giáo dục của Thủ đô hiện đại, công bằng, chất lượng.',
    vision: 'Giáo dục và đào tạo của Thủ đô đạt trình độ tiên tiến trong khu vực.',
    tasks: [{ paragraphs: ['Đổi mới mạnh mẽ tư duy, nhận thức về giáo dục và đào tạo.'] }],
    units: [{ name: 'Ban Tuyên giáo và Dân vận Thành ủy', tasks: ['Hướng dẫn tuyên truyền Nghị quyết.'] }],
    leadUnit: 'Ban Tuyên giáo và Dân vận Thành ủy',
  },
});

export const shortPlanAnswers = (): Record<string, any> => {
  const base = anLaoAnswers();
  return {
    ...base,
    fields: {
      purposes: ['Quán triệt sâu sắc nội dung Chỉ thị tới cán bộ, đảng viên.'],
      contents: [{ paragraphs: ['Tổ chức nghiên cứu, quán triệt, tuyên truyền sâu rộng Chỉ thị.'] }],
      units: [
        { name: 'Các chi, Đảng bộ trực thuộc Huyện ủy', task: 'Tổ chức nghiên cứu, quán triệt Chỉ thị tới cán bộ, đảng viên.' },
        { name: 'Ủy ban nhân dân huyện', task: 'Lãnh đạo xây dựng kế hoạch thực hiện Chỉ thị.' },
      ],
      leadUnit: 'Ban Tuyên giáo Huyện ủy',
    },
  };
};

export const thanhXuanAnswers = (): Record<string, any> => ({
  organisation: structuredClone(thanhXuanOrg),
  // Two of the four bases. The template test pins the Sở's name without the "(GDĐT)" that the
  // signed plan introduces there, so this copy drops it; the real issuer is in fixtures' cv3360.
  bases: [{ ...asBaseAnswer(cv3360), issuer: 'Sở Giáo dục và Đào tạo Hà Nội' }, asBaseAnswer(kh195)],
  date: '2023-09-21',
  recipients: [{ purpose: '', display: 'each-line', items: thanhXuanRecipientItems.slice(0, 2) }],
  fields: {
    summaryText: 'Thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh ngành Giáo dục và Đào tạo Thanh Xuân năm học 2023-2024',
    planPurpose:
      'hướng dẫn các nhà trường, các cơ sở giáo dục trên địa bàn quận thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh năm học 2023-2024',
    generalTasks: [
      'Triển khai thực hiện hiệu quả các văn bản quy phạm pháp luật về thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh.',
      'Tăng cường hiệu quả các nhiệm vụ về giáo dục chính trị, tư tưởng, giáo dục đạo đức, lối sống, kỹ năng sống cho học sinh.',
    ],
    areas: [
      {
        title: 'Công tác giáo dục chính trị, tư tưởng, văn hóa',
        items: [
          'Đổi mới, nâng cao chất lượng giảng dạy, học tập đối với môn Đạo đức, Giáo dục công dân.',
          'Tổ chức các hoạt động học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
        ],
      },
      { title: 'Công tác học sinh', items: ['Các đơn vị triển khai thực hiện các quy định về phòng, chống bạo lực, xâm hại cho học sinh trong trường học.'] },
    ],
    units: [
      { name: 'Phòng GDĐT', tasks: ['Xây dựng kế hoạch thực hiện;', 'Tổ chức kiểm tra việc triển khai thực hiện của các nhà trường định kỳ và đột xuất;'] },
      { name: 'các nhà trường, các cơ sở giáo dục', tasks: ['Bám sát nội dung kế hoạch này, xây dựng kế hoạch hoạt động của nhà trường cụ thể.'] },
    ],
    reportTo: 'lãnh đạo phòng GDĐT',
  },
});
