import type { Plan } from '../../../core/model';

/** Development stand-in, used only when building with KEHOACH_STAND_INS=1 before the real preview exists. */
export function A4Preview(props: { plan: Plan }) {
  return <div style={{ background: '#fff', margin: 16, padding: 16, minHeight: 400 }} data-testid="preview-stand-in">[Xem trước A4 — {props.plan.sections.length} mục]</div>;
}
