import type { Plan } from '../../../core/model';

/** Development stand-in, used only when building with KEHOACH_STAND_INS=1 before the real one exists. */
export function FindReplace(props: { plan: Plan; onChange(plan: Plan): void; onClose(): void }) {
  return <div style={{ padding: 8 }}>[Tìm và thay thế — {props.plan.type}] <button onClick={props.onClose}>Đóng</button></div>;
}
