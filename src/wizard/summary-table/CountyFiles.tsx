// Reading county draft files for the table (several at once, picked or dropped); they are read for this page only.
import { useState } from 'preact/hooks';
import type { TableEntry } from './entries';
import { readCountyFiles } from './readFiles';
import { FileDrop } from '../start/FileDrop';

export function CountyFiles({ onRead }: { onRead: (entries: readonly TableEntry[], problems: readonly string[]) => void }) {
  const [reading, setReading] = useState(false);
  const read = async (list: FileList | readonly File[] | null | undefined) => {
    const files = Array.from(list ?? []);
    if (!files.length) return;
    setReading(true);
    const { entries, problems } = await readCountyFiles(files);
    setReading(false);
    onRead(entries, problems);
  };
  return (
    <FileDrop onFiles={(files) => void read(files)}>
      <label class="secondary-button file-button">
        导入各县的草稿文件（可多选）
        <input
          type="file"
          multiple
          accept=".json,application/json"
          class="visually-hidden"
          onChange={(e) => {
            const files = e.currentTarget.files;
            void read(files).then(() => undefined);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <span class="hint">或把 .json 草稿文件拖到这里。这些文件只用于本页的汇总表，不会加入本机草稿列表。</span>
      {reading && <p role="status">正在读取文件…</p>}
    </FileDrop>
  );
}
