// A complete draft with a full 3000-character section 8, made from the fixture's own sentences, for the
// PDF tests (text flowing over pages) and the PDF benchmark.
import type { FormValues } from '../../src/forms/fieldValues';
import { countChars } from '../../src/forms/text';
import { narratives, planTexts } from '../fixtures/drafts/hb-2024-texts';

/** How the 3000 characters are shared between the plan's text areas. */
const SHARES: Record<keyof typeof planTexts, number> = {
  planOverview: 500,
  planAchievements: 600,
  planProblems: 200,
  planApproach: 300,
  planStage1: 150,
  planStage2: 150,
  planStage3: 150,
  planTasks: 650,
  planSafeguards: 300,
};

const SENTENCES = [...Object.values(planTexts), ...Object.values(narratives)].flatMap((t) => t.split('。').filter(Boolean).map((s) => `${s}。`));

/** Text of exactly `size` characters: sentences in turn, a new paragraph every three, cut to fit. */
function _text(size: number, offset: number): string {
  let out = '';
  for (let i = 0; countChars(out) < size; i++) {
    const sentence = SENTENCES[(offset + i) % SENTENCES.length]!;
    out += (i > 0 && i % 3 === 0 ? '\n' : '') + sentence;
  }
  while (countChars(out) > size) out = out.slice(0, -1);
  return out.replace(/[，、；：]$/, '。');
}

/** The values with every plan text area filled so that section 8 holds exactly `total` characters. */
export function withFullPlan(values: FormValues, total = 3000): FormValues {
  const scale = total / 3000;
  const plan = Object.entries(SHARES).map(([id, share], i) => [id, _text(Math.round(share * scale), i * 5)] as const);
  return { ...values, ...Object.fromEntries(plan) };
}
