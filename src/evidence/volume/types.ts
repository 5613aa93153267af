// The 佐证材料汇编 (bound evidence volume) as the page asks the volume worker to write it (issue 12). The page
// gathers the checklist's items, in the checklist's one continuous numbering, with the files attached to each
// (blobs from IndexedDB); the worker writes one PDF: cover, index, every attachment, page numbers, outline.

/** A file attached to an item, as stored: PDF pages are copied as they are, images placed on A4 pages. */
export interface VolumeFile {
  readonly name: string;
  readonly type: 'pdf' | 'jpeg' | 'png';
  readonly blob: Blob;
}

/** One checklist item: 附件{number} in the index, one outline entry. */
export interface VolumeItem {
  /** The checklist's continuous number (1…N across sections). */
  readonly number: number;
  /** The item's text as the checklist prints it. */
  readonly title: string;
  /** 'files': its attachments; 'self': a 自我声明 page to sign and stamp; 'na': listed as 不适用 with the reason. */
  readonly status: { readonly kind: 'files'; readonly files: readonly VolumeFile[] } | { readonly kind: 'self' } | { readonly kind: 'na'; readonly reason: string } | { readonly kind: 'missing' };
}

export interface VolumeSection {
  /** The checklist section's heading (an outline level above its items). */
  readonly title: string;
  readonly items: readonly VolumeItem[];
}

export interface VolumeRequest {
  /** 集群名称 as entered (may be empty: the cover then leaves its line blank). */
  readonly clusterName: string;
  /** The notice, e.g. 「鄂经信办函〔2024〕29号 …」. */
  readonly noticeTitle: string;
  /** The date printed on the cover, 「2024年5月20日」. */
  readonly date: string;
  readonly sections: readonly VolumeSection[];
  /** The 申报表 PDF to put in front (the 「装订成册」 copy), when the official asks for it. */
  readonly formPdf?: Uint8Array;
}

/** Progress from 0 to 1 with what is being done, in Chinese. */
export type VolumeProgress = (fraction: number, stage: string) => void;
