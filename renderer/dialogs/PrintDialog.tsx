import { useState } from 'react';
import { Modal } from './Modal';

/** Copies default to the lines of "Nơi nhận" (one copy per recipient, one for the archive). */
export function PrintDialog(props: { defaultCopies: number; onPrint(copies: number): void; onCancel(): void }) {
  const [copies, setCopies] = useState(String(props.defaultCopies));
  const n = Number(copies);
  const valid = Number.isInteger(n) && n >= 1 && n <= 500;
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
        <input data-testid="print-copies" data-autofocus type="number" min={1} max={500} value={copies} onChange={(e) => setCopies(e.target.value)} />
      </label>
      <p className="muted">Mặc định bằng số dòng “Nơi nhận” ({props.defaultCopies}, kể cả bản lưu).</p>
      {!valid && <p className="error" role="alert">Số bản in phải là số nguyên từ 1 đến 500.</p>}
      {valid && (
        // The system print dialog cannot be pre-filled from a web page: the clerk types the number there.
        <p className="warning" data-testid="print-copies-hint">
          Sau khi bấm “In”, hộp thoại in của máy sẽ mở: hãy đặt ô <b>Số bản</b> (Copies) là <b data-testid="print-copies-value">{n}</b>, khổ giấy A4, lề “Không” (None).
        </p>
      )}
    </Modal>
  );
}
