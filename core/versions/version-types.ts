/**
 * Versions of a draft (issue 10): what the store keeps, what the app lists. Pure data; the store
 * is electron/services/versions, the screens renderer/versions.
 */

/** Why a version was kept: at an export, on the clerk's demand, or just before a restore replaced the text. */
export type VersionWhy = 'export' | 'manual' | 'restore';

export interface VersionSummary {
  /** `v-<time>-<random>`: names the version's files, so only this shape is accepted from outside. */
  id: string;
  /** The plan's own id: a renamed or moved draft keeps its history. */
  planId: string;
  /** ISO time of saving. */
  savedAt: string;
  /** What the clerk typed ("" when nothing), or what happened ("Đã xuất ke-hoach.docx"). */
  note: string;
  why: VersionWhy;
  /** For a version kept at an export: which file was written. */
  exported?: 'docx' | 'pdf';
  /** The plan's title then ("Kế hoạch thực hiện Chỉ thị số 32-CT/TU …"), to tell versions apart. */
  title: string;
}

export interface VersionListing {
  /** Newest first. */
  versions: VersionSummary[];
  /** One Vietnamese sentence per version file that could not be read (left on disk as it is). */
  problems: string[];
}

/** A version with its whole plan. */
export interface VersionWithPlan<P> {
  version: VersionSummary;
  plan: P;
}

/** How the list says why a version exists. */
export function whyLabel(v: Pick<VersionSummary, 'why' | 'exported'>): string {
  switch (v.why) {
    case 'export': return v.exported === 'pdf' ? 'Khi xuất PDF' : 'Khi xuất Word';
    case 'manual': return 'Lưu tay';
    case 'restore': return 'Trước khi khôi phục';
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "28/11/2026 14:05", in the machine's local time, as the clerk reads a clock. */
export function versionTimeLabel(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '(không rõ thời điểm)';
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "Phiên bản 28/11/2026 14:05 (Lưu tay: góp ý lần 1)": the label a comparison gives a version. */
export function versionLabel(v: VersionSummary): string {
  const note = v.note.trim();
  return `Phiên bản ${versionTimeLabel(v.savedAt)}${note ? ` (${note})` : ''}`;
}
