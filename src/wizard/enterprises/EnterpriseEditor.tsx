// Editing one enterprise's row: every cell of 表1 as a labelled input (「产值（亿元）2019年」), its problems shown as
// they are typed, saved to the list only on 「保存」.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EnterpriseTable } from '../../forms/enterpriseTable';
import { enterpriseColumns } from '../../forms/enterpriseTable';
import type { EnterpriseRow } from '../../forms/enterpriseValues';
import { normaliseNumberText } from '../../forms/numbers';
import { checkRow } from '../../enterprises/checks';
import { rowMessage } from '../../enterprises/problems';
import { leafText, withLeaf } from '../../enterprises/rowValues';

interface Props {
  table: EnterpriseTable;
  row: EnterpriseRow;
  /** 「第 3 家」 or 「新增企业」. */
  title: string;
  onSave: (row: EnterpriseRow) => void;
  onCancel: () => void;
}

const inputId = (key: string, year?: number) => `enterprise-${key}${year ? `-${year}` : ''}`;

export function EnterpriseEditor({ table, row, title, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(row);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [row.id]);
  const problems = checkRow(draft, table).filter((p) => p.kind !== 'blank');
  const save = () => {
    const clean = table.leaves.reduce((r, l) => (l.column.kind === 'text' ? r : withLeaf(r, l, leafText(r, l) && normaliseNumberText(leafText(r, l)!))), draft);
    onSave(clean);
  };
  return (
    <section class="enterprise-editor" aria-labelledby="editor-title">
      <h3 id="editor-title" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {problems.length > 0 && (
        <ul class="editor-problems" aria-label="这家企业的问题">
          {problems.map((p) => (
            <li class={p.severity === 'error' ? 'error-message' : 'warning-message'}>{rowMessage(title, p)}</li>
          ))}
        </ul>
      )}
      {enterpriseColumns.map((column) => {
        const leaves = table.leaves.filter((l) => l.column === column);
        const one = leaves.length === 1 && leaves[0]!.sub === undefined;
        const cells = leaves.map((l) => (
              <span class="editor-cell">
                <label for={inputId(column.key, l.sub ? l.year : undefined)}>{one ? l.group : l.sub}</label>
                <input
                  id={inputId(column.key, l.sub ? l.year : undefined)}
                  type="text"
                  inputMode={column.kind === 'text' ? undefined : 'decimal'}
                  aria-label={l.label}
                  value={leafText(draft, l) ?? ''}
                  onInput={(e) => setDraft(withLeaf(draft, l, e.currentTarget.value))}
                />
              </span>
        ));
        // Hint: a single cell is its own label; a year group gets a legend over its years.
        return one ? (
          <div class="editor-group single">{cells}</div>
        ) : (
          <fieldset class="editor-group">
            <legend>{leaves[0]!.group}</legend>
            {cells}
          </fieldset>
        );
      })}
      <div class="pdf-buttons">
        <button type="button" class="primary-button" onClick={save}>
          保存
        </button>
        <button type="button" class="secondary-button" onClick={onCancel}>
          取消
        </button>
      </div>
    </section>
  );
}
