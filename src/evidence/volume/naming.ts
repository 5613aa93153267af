// The volume's file name and title: 「{集群名称}-佐证材料汇编.pdf」, 「佐证材料汇编.pdf」 when no name was entered (never
// an invented one); characters Windows refuses in a name replaced by 「_」.
import { VOLUME_TITLE } from './ownPages';

const UNSAFE = /[\\/:*?"<>|\u0000-\u001F\u007F]+/g;
const _safe = (s: string) => s.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();

/** 「{集群名称}-佐证材料汇编.pdf」. */
export function volumeFileName(clusterName: string): string {
  const name = _safe(clusterName).slice(0, 80);
  return name ? `${name}-${VOLUME_TITLE}.pdf` : `${VOLUME_TITLE}.pdf`;
}

/** The PDF's title metadata: 「佐证材料汇编（{集群名称}）」. */
export function volumeTitle(clusterName: string): string {
  const name = clusterName.trim();
  return name ? `${VOLUME_TITLE}（${name}）` : VOLUME_TITLE;
}
