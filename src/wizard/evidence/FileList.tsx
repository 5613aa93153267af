// The files attached to one item: name, size, pages, each with 「删除」 (and 「撤销」 right after).
import { formatBytes } from '../../storage';
import type { AttachmentMeta } from '../../storage';

export function FileList({ files, name, onRemove }: { files: readonly AttachmentMeta[]; name: string; onRemove: (f: AttachmentMeta) => void }) {
  if (!files.length) return null;
  return (
    <ul class="evidence-files" aria-label={`${name} 已附的文件`}>
      {files.map((f) => (
        <li key={f.id}>
          <span class="file-name">{f.name}</span>
          <span class="file-facts">
            {formatBytes(f.size)}，{f.pages} 页
          </span>
          <button type="button" class="link-button danger" aria-label={`删除 ${f.name}（${name}）`} onClick={() => onRemove(f)}>
            删除
          </button>
        </li>
      ))}
    </ul>
  );
}
