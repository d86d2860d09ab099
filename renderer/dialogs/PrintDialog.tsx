import { useState } from 'react';
import { MAX_PRINT_COPIES, MIN_PRINT_COPIES } from '../../core/ipc/shell';
import { Modal } from './Modal';

/**
 * Copies default to the lines of "Nơi nhận" (one copy per recipient, one for the archive).
 * `copiesReachPrinter`: in Electron the number is pre-set in the system dialog; in a browser the
 * clerk has to type it there, so a hint repeats it.
 */
export function PrintDialog(props: { defaultCopies: number; copiesReachPrinter: boolean; onPrint(copies: number): void; onCancel(): void }) {
  const [copies, setCopies] = useState(String(props.defaultCopies));
  const n = Number(copies);
  const valid = Number.isInteger(n) && n >= MIN_PRINT_COPIES && n <= MAX_PRINT_COPIES;
  return (
    <Modal
      title="In kế hoạch"
      testId="dialog-print"
      onCancel={props.onCancel}
      footer={
        <>
          <button className="primary" data-testid="print-ok" disabled={!valid} onClick={() => props.onPrint(n)}>In</button>
          <button data-testid="print-cancel" onClick={props.onCancel}>Hủy</button>
        </>
      }
    >
      <label className="field">
        <span>Số bản in</span>
        <input data-testid="print-copies" data-autofocus type="number" min={MIN_PRINT_COPIES} max={MAX_PRINT_COPIES} value={copies} onChange={(e) => setCopies(e.target.value)} />
      </label>
      <p className="muted">Mặc định bằng số dòng “Nơi nhận” ({props.defaultCopies}, kể cả bản lưu).</p>
      {!valid && <p className="error" role="alert">Số bản in phải là số nguyên từ {MIN_PRINT_COPIES} đến {MAX_PRINT_COPIES}.</p>}
      {valid && !props.copiesReachPrinter && (
        // The system print dialog cannot be pre-filled from a web page: the clerk types the number there.
        <p className="warning" data-testid="print-copies-hint">
          Sau khi bấm “In”, hộp thoại in của máy sẽ mở: hãy đặt ô <b>Số bản</b> (Copies) là <b data-testid="print-copies-value">{n}</b>, khổ giấy A4, lề “Không” (None).
        </p>
      )}
    </Modal>
  );
}
