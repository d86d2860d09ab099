import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PlanEditor } from '../../../renderer/editor/PlanEditor';
import { A4Preview } from '../../../renderer/preview/A4Preview';
import { anLaoPlan, thanhXuanPlan } from '../../helpers/fixtures';
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
/** ?editor=1: the editor beside the preview, as the shell mounts them, to smoke-test typing. */
function EditorAndPreview({ initial }: { initial: Plan }) {
  const [p, setP] = useState(initial);
  const [sel, setSel] = useState<string | null>(null);
  return (
    <div style={{ display: 'flex', height: '100vh' }}>
      <div style={{ flex: 1, overflow: 'auto' }}><PlanEditor plan={p} onUpdate={setP} onTouch={() => {}} selectedSectionId={sel} onSelectSection={setSel} /></div>
      <div style={{ flex: 1 }}><A4Preview plan={p} /></div>
    </div>
  );
}
createRoot(document.getElementById('root')!).render(params.get('editor') ? <EditorAndPreview initial={plan} /> : <A4Preview plan={plan} />);
