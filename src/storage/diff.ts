// What replacing a stored draft with another version would change, field by field, so the official sees it
// before choosing 「替换本机草稿」 (issue 16: a draft was replaced by mojibake without a word).
import type { AnyDraft } from '../forms/registry';
import { formById } from '../forms/registry';
import { formFields } from '../forms/walk';
import { canonicalJson } from './journal';

/** The fields whose content differs, by their official labels, in form order (the rest after). */
export function changedFields(stored: AnyDraft, incoming: AnyDraft): string[] {
  const before = stored.values as Record<string, unknown>;
  const after = incoming.values as Record<string, unknown>;
  const differs = (key: string) => canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null);
  const fields = stored.formVersion === incoming.formVersion ? formFields(formById(stored.formVersion)) : [];
  const labelled = new Set(fields.map((f) => f.id));
  const names = fields.filter((f) => differs(f.id)).map((f) => (f.context ? `${f.context} ${f.label}` : f.label));
  const others = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !labelled.has(k) && differs(k));
  const declared = (d: AnyDraft) => canonicalJson((d as { selfDeclared?: unknown }).selfDeclared ?? {});
  const marks = (d: AnyDraft) => canonicalJson((d as { evidence?: unknown }).evidence ?? {});
  return [...names, ...others, ...(declared(stored) !== declared(incoming) ? ['认定标准自查'] : []), ...(marks(stored) !== marks(incoming) ? ['佐证材料的自我声明/不适用标记'] : [])];
}

/** 「将改变 3 项：集群名称、集群占地面积（平方公里）、…」, or that nothing changes. */
export function changesText(names: readonly string[]): string {
  if (names.length === 0) return '两者内容相同，替换不会改变任何填写内容。';
  const shown = names.slice(0, 6).join('、');
  return `替换将改变 ${names.length} 项填写内容：${shown}${names.length > 6 ? ' 等' : ''}。`;
}
