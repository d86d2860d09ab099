import { useEffect, useState } from 'react';
import { isoToText, parseDateText } from '../state/date-text';

/**
 * A date typed and shown as dd/mm/yyyy, whatever the system's locale (renderer/state/date-text.ts).
 * `value` and `onChange` carry ISO yyyy-mm-dd; only a real date (4-digit year, 1900–2100) goes
 * out — or '' when the box is emptied, if `allowEmpty`. While the text is not a date the last
 * valid one stays and the box says why, with an example.
 */
export function DateInput(props: {
  value: string;
  onChange(iso: string): void;
  testId: string;
  allowEmpty?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}) {
  const [text, setText] = useState(isoToText(props.value));
  const [error, setError] = useState<string | null>(null);
  // A value changed from outside (undo, another field): shown, unless it is what the text says.
  useEffect(() => {
    const parsed = parseDateText(text);
    if (!parsed.ok || parsed.iso !== props.value) {
      setText(isoToText(props.value));
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);
  const problem = (t: string): string | null => {
    const parsed = parseDateText(t);
    if (!parsed.ok) return parsed.error;
    if (parsed.iso === '' && !props.allowEmpty) return 'Chưa có ngày: gõ ngày/tháng/năm, ví dụ 24/04/2024.';
    return null;
  };
  return (
    <span className="date-input" style={{ display: 'inline-flex', flexDirection: 'column', gap: 2 }}>
      <input
        data-testid={props.testId}
        type="text"
        inputMode="numeric"
        lang="vi"
        placeholder="ngày/tháng/năm"
        title="Ngày/tháng/năm, ví dụ 24/04/2024"
        aria-label={props['aria-label']}
        aria-invalid={error !== null || undefined}
        aria-describedby={error ? `${props.testId}-error` : undefined}
        value={text}
        style={props.style}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          const parsed = parseDateText(t);
          // The message waits for the blur while the clerk is still typing a date that may become right.
          if (error) setError(problem(t));
          if (parsed.ok && (parsed.iso !== '' || props.allowEmpty) && parsed.iso !== props.value) props.onChange(parsed.iso);
        }}
        onBlur={() => {
          const p = problem(text);
          setError(p);
          const parsed = parseDateText(text);
          if (!p && parsed.ok) setText(isoToText(parsed.iso));
        }}
      />
      {error && (
        <span id={`${props.testId}-error`} data-testid={`${props.testId}-error`} role="alert" style={{ color: '#a01010', fontSize: 12 }}>
          {error}
        </span>
      )}
    </span>
  );
}
