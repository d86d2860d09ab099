import type { Plan, Section } from '../../../core/model';
import { anLaoPlan as shortAnLaoPlan, anLaoRecipientItems } from '../../helpers/fixtures';

/**
 * The An Lão plan (../../../../shared/examples/an-lao-ke-hoach-chi-thi-32.txt) with the outline
 * the state tests need: the three parts of the signed plan, template keys, and all four units of
 * "Tổ chức thực hiện" (which the recipient suggestions read).
 */
const section = (id: string, title: string, children: Section[] = [], key?: string): Section => ({
  id,
  ...(key ? { key } : {}),
  title,
  body: [{ type: 'paragraph', children: [{ text: `Nội dung ${title}` }] }],
  children,
});

export function anLaoPlan(): Plan {
  return shortAnLaoPlan({
    sections: [
      section('s1', 'MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU', [section('s1-1', 'Mục đích, yêu cầu'), section('s1-2', 'Mục tiêu')], 'muc-dich-yeu-cau'),
      section('s2', 'NHIỆM VỤ, GIẢI PHÁP', [section('s2-1', 'Tăng cường lãnh đạo'), section('s2-2', 'Đổi mới nội dung')]),
      section(
        's3',
        'TỔ CHỨC THỰC HIỆN',
        [
          section('s3-1', 'Các chi, Đảng bộ trực thuộc Huyện ủy'),
          section('s3-2', 'Ủy ban nhân dân huyện'),
          section('s3-3', 'Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội huyện'),
          section('s3-4', 'Cấp ủy, Hội đồng trường, Ban Giám hiệu các trường học'),
        ],
        'to-chuc-thuc-hien',
      ),
    ],
    // The signed plan lists its recipients one a line without a purpose; its first four are
    // grouped here "để b/c" / "để t/h" with braces, the groups the recipient helpers add to.
    recipients: [
      { purpose: 'để b/c', display: 'brace', items: anLaoRecipientItems.slice(0, 2) },
      { purpose: 'để t/h', display: 'brace', items: anLaoRecipientItems.slice(2, 4) },
    ],
  });
}
