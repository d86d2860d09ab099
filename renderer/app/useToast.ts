import { useEffect, useState } from 'react';

/** How long a notice ("Đã lưu …", "Đã xóa mục …") stays. */
export const TOAST_MS = 6000;

/** The one transient notice at the bottom of the window: shown, replaced, gone after TOAST_MS. */
export function useToast(): [string | null, (text: string | null) => void] {
  const [toast, setToast] = useState<string | null>(null);
  useEffect(() => {
    if (!toast) return;
    const t = window.setTimeout(() => setToast(null), TOAST_MS);
    return () => window.clearTimeout(t);
  }, [toast]);
  return [toast, setToast];
}
