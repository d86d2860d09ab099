import { createRoot } from 'react-dom/client';
import { A4Preview } from '../A4Preview';
import { anLaoPlan, thanhXuanPlan } from '../../../test/helpers/fixtures';
import { bullet, paragraph, text } from '../../../core/model/inline';
import type { Plan } from '../../../core/model/plan';

/**
 * Development harness: renders the preview of fixture plans so it can be screenshotted with
 * Chromium (see shoot.mjs). ?plan=thanh-xuan for the state profile; ?long=1 for a plan long
 * enough to need paragraph splitting across pages.
 */
const params = new URLSearchParams(location.search);
let plan: Plan = params.get('plan') === 'thanh-xuan' ? thanhXuanPlan() : anLaoPlan();
if (params.get('long')) {
  const filler = 'Tăng cường vai trò, trách nhiệm của cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và tổ chức xã hội các cấp trong việc huy động cả hệ thống chính trị, toàn xã hội tham gia vào công tác giáo dục chính trị tư tưởng đối với học sinh trên địa bàn. ';
  plan = {
    ...plan,
    sections: plan.sections.map((s, i) =>
      i === 0 ? { ...s, body: [paragraph(text(filler.repeat(9))), bullet('-', text(filler.repeat(2))), paragraph(text(filler.repeat(6)))] } : s,
    ),
  };
}
createRoot(document.getElementById('root')!).render(<A4Preview plan={plan} />);
