/** How much an import may take. The caps stop a hostile file before it costs memory. */
export interface ImportLimits {
  /** The file itself (default 50 MB). */
  maxFileBytes: number;
  /** All of a DOCX's entries once inflated, as its central directory claims and as inflated (default 200 MB). */
  maxUncompressedBytes: number;
  /** Entries in a DOCX package (default 2000; a plan has about 20). */
  maxZipEntries: number;
  /** Pages of a PDF read (default 2000). */
  maxPdfPages: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 2000,
  maxPdfPages: 2000,
};
