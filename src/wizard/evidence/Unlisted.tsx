// Files kept under an item the checklist no longer shows (the answer that called for it was changed): never deleted
// unasked — listed, so the official can delete them or change the answer back (the files return to their item).
import type { AttachmentMeta } from '../../storage';
import { FileList } from './FileList';
import { removeFile } from './files';

export function UnlistedFiles({ files, draftId }: { files: readonly AttachmentMeta[]; draftId: string }) {
  if (!files.length) return null;
  return (
    <section aria-labelledby="evidence-unlisted">
      <h2 id="evidence-unlisted">不在清单中的文件</h2>
      <p class="hint">这些文件所属的材料项已不在清单中（相关填写已修改），不会装订进佐证材料汇编。把填写改回后，它们会回到原来的项目下；不需要的可以删除。</p>
      <FileList files={files} name="不在清单中的文件" onRemove={(f) => void removeFile(draftId, f.id)} />
    </section>
  );
}
