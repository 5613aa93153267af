// The PDF written ahead on 核对信息 (src/pdf/ahead.ts): handed over on the click only when it was written from the
// same values, title and draft mark; anything changed, or the early writing failed, and it is written afresh.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GeneratedPdf, GeneratePdfRequest } from '../../../src/pdf/client';

const written: GeneratePdfRequest[] = [];
const asked: unknown[] = [];
let failNext = false;

vi.mock('../../../src/pdf/client', () => ({
  generatePdf: async (request: GeneratePdfRequest): Promise<GeneratedPdf> => {
    written.push(structuredClone(request));
    if (failNext) {
      failNext = false;
      throw new Error('PDF 生成程序无法运行：加载失败');
    }
    const name = String((request.values as Record<string, unknown> | null)?.['clusterName'] ?? '空白');
    return { bytes: new TextEncoder().encode(name), fileName: `${name}.pdf`, missing: [{ char: '〓', fieldIds: [], labels: [] }], timings: [] };
  },
  findMissingCharacters: async (_noticeId: string, values: unknown) => (asked.push(values), []),
}));

const request = (clusterName: string, extra: Partial<GeneratePdfRequest> = {}): GeneratePdfRequest => ({
  noticeId: 'hb-2024',
  values: { clusterName, enterpriseCount: '120' },
  title: '草稿一',
  draft: false,
  ...extra,
});

async function freshModule() {
  vi.resetModules();
  written.length = 0;
  asked.length = 0;
  return import('../../../src/pdf/ahead');
}

describe('the PDF written ahead', () => {
  beforeEach(() => void (failNext = false));

  it('is handed over for the same request without writing it again, its missing characters too', async () => {
    const ahead = await freshModule();
    ahead.prepare(request('仙桃非织造布'));
    const missing = await ahead.missingCharacters(request('仙桃非织造布'));
    const pdf = await ahead.writePdf(request('仙桃非织造布'));
    expect(new TextDecoder().decode(pdf.bytes)).toBe('仙桃非织造布');
    expect(missing.map((m) => m.char)).toEqual(['〓']);
    expect(written).toHaveLength(1);
    expect(asked).toHaveLength(0);
  });

  it('is written afresh when a value, the title or the draft mark differs from what it was written from', async () => {
    const ahead = await freshModule();
    ahead.prepare(request('仙桃非织造布'));
    expect(new TextDecoder().decode((await ahead.writePdf(request('仙桃非织造布（改）'))).bytes)).toBe('仙桃非织造布（改）');
    await ahead.writePdf(request('仙桃非织造布', { title: '草稿二' }));
    await ahead.writePdf(request('仙桃非织造布', { draft: true }));
    await ahead.writePdf(request('仙桃非织造布', { values: { clusterName: '仙桃非织造布', enterpriseCount: '121' } }));
    expect(written.map((r) => [(r.values as Record<string, unknown>)['clusterName'], r.title, r.draft])).toEqual([
      ['仙桃非织造布', '草稿一', false],
      ['仙桃非织造布（改）', '草稿一', false],
      ['仙桃非织造布', '草稿二', false],
      ['仙桃非织造布', '草稿一', true],
      ['仙桃非织造布', '草稿一', false],
    ]);
    await ahead.missingCharacters(request('仙桃非织造布（改）'));
    expect(asked).toHaveLength(1);
  });

  it('written again after a change is what the next click gets', async () => {
    const ahead = await freshModule();
    ahead.prepare(request('旧名称'));
    ahead.prepare(request('新名称'));
    expect(new TextDecoder().decode((await ahead.writePdf(request('新名称'))).bytes)).toBe('新名称');
    expect(written).toHaveLength(2);
  });

  it('that failed is written afresh on the click, which reports only its own outcome', async () => {
    const ahead = await freshModule();
    failNext = true;
    ahead.prepare(request('仙桃非织造布'));
    const pdf = await ahead.writePdf(request('仙桃非织造布'));
    expect(pdf.fileName).toBe('仙桃非织造布.pdf');
    expect(written).toHaveLength(2);
  });
});
