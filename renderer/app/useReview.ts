import { useCallback, useState } from 'react';
import type { FileKind, KehoachApi } from '../../core/ipc/api';
import type { ImportedText } from '../../core/import/imported-text';
import { baseName } from '../state/file-names';

/** The parent a review compares the draft with, and its name as the bar shows it. */
export interface ReviewSession {
  parent: ImportedText;
  name: string;
}

/**
 * "Đối chiếu với văn bản cấp trên": choosing the parent (a library entry with its full text, or a
 * Word/PDF/text file read on the spot) and the review session itself.
 */
export function useReview(deps: {
  api: KehoachApi;
  pickPath(purpose: 'open' | 'save', kind: FileKind, suggested: string): Promise<string | null>;
  fail(title: string, message: string): void;
}) {
  const { api, pickPath, fail } = deps;
  const [picking, setPicking] = useState(false);
  const [session, setSession] = useState<ReviewSession | null>(null);

  const choose = useCallback(() => setPicking(true), []);
  const cancel = useCallback(() => setPicking(false), []);
  const close = useCallback(() => setSession(null), []);

  const fromEntry = useCallback(async (id: string, name: string) => {
    const r = await api.library.get(id);
    if (!r.ok) return fail('Không đọc được văn bản trong thư viện', r.error);
    if (!r.value?.text) return fail('Văn bản chưa có toàn văn', `“${name}” trong thư viện chưa có toàn văn; hãy đọc nó từ tệp Word hoặc PDF.`);
    setPicking(false);
    setSession({ parent: r.value.text, name });
  }, [api, fail]);

  const fromFile = useCallback(async () => {
    const path = await pickPath('open', 'source', '');
    if (!path) return;
    const r = await api.library.readDocument(path);
    if (!r.ok) return fail('Không đọc được văn bản cấp trên', r.error);
    setPicking(false);
    setSession({ parent: r.value.text, name: baseName(path) });
  }, [api, pickPath, fail]);

  return { picking, session, choose, cancel, close, fromEntry, fromFile };
}
