// Import files in the encodings other programs save in: UTF-8 as written, UTF-16 with its byte order mark, GBK
// (read as GB18030) rather than as U+FFFD mojibake — each said — and replacing shows how many fields change.
import { describe, expect, test } from 'vitest';
import { changedFields, changesText } from '../../../src/storage/diff';
import { parseImportFile } from '../../../src/storage/file';
import { decodeText } from '../../../src/storage/text-encoding';
import { fixture, withValues } from './support';

/** 「中文」 in GB18030 (GBK) bytes: D6 D0 CE C4. */
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];

describe('decodeText', () => {
  test.each([
    ['UTF-8', new TextEncoder().encode('中文'), '中文'],
    ['GB18030', new Uint8Array(GBK_ZHONGWEN), '中文'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]), '中文'],
  ] as const)('%s', (encoding, bytes, text) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  test('bytes no encoding can read: a message, never replacement characters', () => {
    expect(decodeText(new Uint8Array([0x7b, 0x80, 0xff, 0x7d]))).toEqual({ error: expect.stringContaining('编码无法识别') });
  });
});

describe('an import file saved as GBK', () => {
  test('is read as GB18030, says so, and its Chinese is intact', async () => {
    const [before, after] = JSON.stringify({ noticeId: 'gd-2023', values: { clusterName: '@' } }).split('@');
    const bytes = new Uint8Array([...new TextEncoder().encode(before), ...GBK_ZHONGWEN, ...new TextEncoder().encode(after)]);
    const parsed = await parseImportFile(new Blob([bytes]));
    expect(parsed.ok && parsed.encoding).toBe('GB18030');
    expect(parsed.ok && parsed.encodingNote).toMatch(/已按 GB18030（GBK）编码读取/);
    const [item] = parsed.ok ? parsed.items : [];
    expect(item?.ok && item.draft.values).toEqual({ clusterName: '中文' });
  });
});

describe('what replacing would change', () => {
  test('counts the fields that differ, named by their labels, 自查 declarations included', () => {
    const stored = fixture('gd-2023');
    const incoming = { ...withValues(stored, { area: '1.00', chainNarrative: '新的' }), selfDeclared: { x: true } } as typeof stored;
    const names = changedFields(stored, incoming);
    expect(names).toEqual(['集群占地面积（平方公里）', '集群产业链培育和招商情况（200字以内）', '认定标准自查']);
    expect(changesText(names)).toBe('替换将改变 3 项填写内容：集群占地面积（平方公里）、集群产业链培育和招商情况（200字以内）、认定标准自查。');
    expect(changesText([])).toMatch(/不会改变/);
  });
});
