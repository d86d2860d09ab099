import type { Plan } from '../model/plan';
import type { Organisation, Signer, ProfileId, CitationStyle } from '../model/organisation';
import type { RecipientGroup } from '../model/plan';
import type { DocumentRef, NestedDocument } from '../model/document-ref';
import type { ImportNote } from '../import/plan-from-docx/import-notes';
import type { LibraryEntry } from '../library/library-entry';
import type { ImportedText, SuggestedFacts } from '../import/imported-text';
import type { LibraryImportSummary, LibraryListing, LibrarySaveOutcome } from '../library/library-results';
import type { LibraryEntryInput } from '../library/library-schema';
import type { VersionListing, VersionSummary, VersionWithPlan } from '../versions/version-types';
import type { ComparePair, DiffOptions } from '../diff/types';

/**
 * The one API the renderer sees. Declared once here (pure types + channel names) and implemented
 * twice: by the Electron preload (ipcRenderer.invoke over the channels below) and, in browser
 * mode, by a fetch client talking to the local server. Both ends call the same Node services.
 */

/** Every call answers a Result: failures carry a Vietnamese message for the user, never a stack. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface TemplateFieldInfo {
  name: string;
  label: string;
  type: string;
  required: boolean;
  help?: string;
  /** The parts of each item of a list field (`object[]`), e.g. a unit's name and tasks. */
  items?: TemplateFieldInfo[];
  /** The manifest's default, used when the field is left empty (the form previews the wording with it). */
  default?: unknown;
}

/**
 * The parts of the opening sentence and summary as the template's manifest writes them: values
 * may be Handlebars over the template's fields ("verb": "{{issueVerb}}"). The new-plan form
 * previews them with the fields as typed.
 */
export interface TemplateWordingInfo {
  opening?: Record<string, string | number | boolean>;
  summary?: Record<string, string | number | boolean>;
  subject?: string;
}

/**
 * A section the clerk may add later in the editor: an optional one left out at creation, or one
 * more of a repeatable one (one more unit in "Tổ chức thực hiện").
 */
export interface TemplateSectionInfo {
  key: string;
  /** The key of the section it goes into; absent for a top-level section. */
  parentKey?: string;
  /** Title to start from (template expressions removed; may be empty for the clerk to type). */
  title: string;
  presence: 'optional' | 'repeatable';
  runIn?: boolean;
}

export interface TemplateSummary {
  id: string;
  name: string;
  planType: string;
  regime: 'dang' | 'nha-nuoc';
  defaultProfile: ProfileId;
  fields: TemplateFieldInfo[];
  /** Optional and repeatable sections, in template order. */
  sections: TemplateSectionInfo[];
  /**
   * Present when the template composes its opening and summary from parts (manifest `wording`);
   * absent when it writes them by hand (then the answers' wording does not apply).
   */
  wording?: TemplateWordingInfo;
}

export interface OpenedDraft {
  path: string;
  plan: Plan;
  /** Set when the file was written by an older version and migrated on load. */
  migratedFrom?: number;
}

/** A Word plan opened as a new, unsaved draft, with what could not be recognised in it. */
export interface OpenedWordPlan {
  plan: Plan;
  /** Each: one Vietnamese sentence and the text concerned; empty when everything was recognised. */
  notes: ImportNote[];
}

export interface RecentDraft {
  path: string;
  title: string;
  openedAt: string;
}

export interface RecoveredDraft {
  id: string;
  /** The file the draft belonged to, or null for a never-saved plan. */
  path: string | null;
  savedAt: string;
  plan: Plan;
}

/** An office the clerk drafts for, remembered from the plans made for it (docs/settings.md). */
export interface OrganisationProfile {
  id: string;
  label: string;
  /** Bodies, symbol code, place, collective, citation style, tone marks, archive line and signers (last used first). */
  organisation: Organisation;
  /** Its usual Nơi nhận, put into its next plans. */
  recipients: RecipientGroup[];
}

export interface Settings {
  schemaVersion: number;
  organisations: OrganisationProfile[];
  activeOrganisationId: string | null;
  signers: Signer[];
  defaultRecipients: RecipientGroup[];
  formatProfile: ProfileId;
  citationStyle: CitationStyle;
  recentFiles: RecentDraft[];
  /** Parent documents of recent plans (with the documents they implement), most recent first. */
  recentDocuments: NestedDocument[];
  autosaveSeconds: number;
  /**
   * The library of parent documents, when it is not `<data folder>/library`: e.g. a shared
   * network folder read by several clerks (docs/library.md). Absent or "": the default.
   */
  libraryFolder?: string;
}

/** What kind of file a path picker asks for. */
/** `source`: a parent document to read into the library (Word, PDF or plain text). */
export type FileKind = 'draft' | 'docx' | 'pdf' | 'library' | 'source';

export interface KehoachApi {
  templates: {
    list(): Promise<Result<TemplateSummary[]>>;
    /** Builds a new plan from a template and the answers of the new-plan form (see core/template/answers.ts). */
    create(templateId: string, answers: unknown): Promise<Result<Plan>>;
  };
  drafts: {
    open(path: string): Promise<Result<OpenedDraft>>;
    /**
     * Opens a Word plan (.docx) as a new draft (not saved, no path). A citation of one of the
     * `library` documents links to it. Refuses a corrupt, encrypted or oversized file.
     */
    openDocx(path: string, library?: DocumentRef[]): Promise<Result<OpenedWordPlan>>;
    /** Atomic write; the previous file is kept as `<name>.kehoach.bak`. */
    save(path: string, plan: Plan): Promise<Result<{ path: string }>>;
    recent(): Promise<Result<RecentDraft[]>>;
    /** Writes the recovery copy of a dirty draft (called by autosave). */
    writeRecovery(path: string | null, plan: Plan): Promise<Result<{ id: string }>>;
    /** Drafts left by a crash, offered at start. */
    listRecovery(): Promise<Result<RecoveredDraft[]>>;
    discardRecovery(id: string): Promise<Result<null>>;
  };
  exporting: {
    docx(path: string, plan: Plan): Promise<Result<{ path: string }>>;
    pdf(path: string, plan: Plan): Promise<Result<{ path: string }>>;
    /** Opens a file with the system's program (Word) / shows it in its folder. */
    openFile(path: string): Promise<Result<null>>;
    showInFolder(path: string): Promise<Result<null>>;
  };
  dialogs: {
    /** Native dialog in Electron; in browser mode the renderer asks with its own dialog, so this answers null there. */
    pickOpenPath(kind: FileKind): Promise<Result<string | null>>;
    pickSavePath(kind: FileKind, suggestedName: string): Promise<Result<string | null>>;
  };
  settings: {
    get(): Promise<Result<Settings>>;
    update(patch: Partial<Omit<Settings, 'schemaVersion'>>): Promise<Result<Settings>>;
  };
  /** The office's library of parent documents (docs/library.md). */
  library: {
    /** Every entry, newest first; with a query, the entries matching it, best first (Vietnamese-aware search). */
    list(query?: string): Promise<Result<LibraryListing>>;
    get(id: string): Promise<Result<LibraryEntry | null>>;
    /**
     * `baseRevision`: the revision the form was opened on (0 for a new entry). A newer save by
     * another clerk is merged field by field, or answered as a conflict with both versions.
     */
    save(entry: LibraryEntryInput, baseRevision: number): Promise<Result<LibrarySaveOutcome>>;
    delete(id: string): Promise<Result<null>>;
    /** Writes the whole library as one file ("Xuất thư viện"). */
    export(path: string): Promise<Result<{ path: string; count: number }>>;
    /** Merges a library file into this library ("Nhập thư viện"). */
    importBundle(path: string): Promise<Result<LibraryImportSummary>>;
    /**
     * Reads a parent document's text and header facts from a Word, PDF or text file, for the clerk
     * to confirm before saving it as an entry; nothing is stored.
     */
    readDocument(path: string): Promise<Result<{ text: ImportedText; facts: SuggestedFacts }>>;
  };
  /** Versions of a draft and comparisons (issue 10; electron/services/versions). */
  versions: {
    /** The versions of the plan with this id, newest first. */
    list(planId: string): Promise<Result<VersionListing>>;
    /** "Lưu phiên bản…": keeps the plan as it is now, with the clerk's note. */
    save(plan: Plan, note: string): Promise<Result<VersionSummary>>;
    read(planId: string, versionId: string): Promise<Result<VersionWithPlan<Plan>>>;
    /** Keeps `current` as a version first ("Trước khi khôi phục …"), then answers the version's plan. */
    restore(current: Plan, versionId: string): Promise<Result<{ plan: Plan; kept: VersionSummary; restored: VersionSummary }>>;
    /** Another draft (.kehoach) or a Word plan (.docx) read as a plan to compare with; nothing is remembered or written. */
    openPlanFile(path: string): Promise<Result<{ plan: Plan; label: string }>>;
    /** Writes the comparison as a Word file with tracked changes (w:ins / w:del). */
    exportComparison(path: string, pair: ComparePair, options?: DiffOptions): Promise<Result<{ path: string }>>;
  };
  app: {
    /** 'electron' or 'browser': the renderer uses it to choose native or in-app dialogs. */
    mode(): Promise<Result<'electron' | 'browser'>>;
    /** Browser mode: the data folder where drafts and exports are written. */
    dataDir(): Promise<Result<string>>;
  };
}

/** Channel names, one per API method: `<group>:<method>`. */
export const CHANNELS = {
  templates: ['list', 'create'],
  drafts: ['open', 'openDocx', 'save', 'recent', 'writeRecovery', 'listRecovery', 'discardRecovery'],
  exporting: ['docx', 'pdf', 'openFile', 'showInFolder'],
  dialogs: ['pickOpenPath', 'pickSavePath'],
  settings: ['get', 'update'],
  library: ['list', 'get', 'save', 'delete', 'export', 'importBundle', 'readDocument'],
  versions: ['list', 'save', 'read', 'restore', 'openPlanFile', 'exportComparison'],
  app: ['mode', 'dataDir'],
} as const satisfies { [G in keyof KehoachApi]: ReadonlyArray<keyof KehoachApi[G]> };

export type ChannelName = {
  [G in keyof typeof CHANNELS]: `${G & string}:${(typeof CHANNELS)[G][number] & string}`;
}[keyof typeof CHANNELS];

export const ALL_CHANNELS: ChannelName[] = Object.entries(CHANNELS).flatMap(([group, methods]) =>
  (methods as readonly string[]).map((m) => `${group}:${m}` as ChannelName),
);
