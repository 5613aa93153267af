// What goes into the 电子版光盘 folder: entries (a path in the folder, what it is, its bytes), produced by parts
// (the 申报表, the draft file, the 汇总表, the 一企一表 tables; later the 佐证材料 volume and its attachments). A part
// is added to the list in contents.ts; the zip and the 目录 take whatever entries the parts give.

export interface CdEntry {
  /** Path inside the folder, `/`-separated (a part may use a sub-folder: 「佐证材料/01-….pdf」). */
  readonly path: string;
  /** What the file is, for the 目录: 「申报表（PDF，打印盖章用）」. */
  readonly title: string;
  readonly bytes: Uint8Array;
  /** Already compressed (PDF, DOCX, XLSX, images): stored as is rather than deflated again. */
  readonly stored?: boolean;
}

/** One part of the folder: produces its entries, or none where the draft has nothing for it. */
export interface CdPart {
  /** Stable id (`formPdf`, `evidence`…). */
  readonly id: string;
  /** For progress: 「申报表 PDF」. */
  readonly title: string;
  produce(): Promise<readonly CdEntry[]>;
}
