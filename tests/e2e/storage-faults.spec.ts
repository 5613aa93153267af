// Typing survives faults (issue 16's goals), on real browser profiles: the tab crashes, the browser is killed or
// told to end, or is closed, right after steady typing. The full measurement is `npm run bench:faults`
// (bench/results/faults.json); these few runs hold the goals: at most 1 s of typing lost on SIGKILL, none otherwise.
import { expect, test } from '@playwright/test';
import { runFault } from './support/faults';
import type { Fault } from './support/faults';

// Hint: each run starts and kills its own browser; a trace of a killed browser cannot be kept.
test.use({ trace: 'off' });

const KEYS = 12;
const runs: { fault: Fault; afterMs: number; maxLostSeconds: number }[] = [
  { fault: 'crash', afterMs: 0, maxLostSeconds: 0 },
  { fault: 'sigkill', afterMs: 100, maxLostSeconds: 1 },
  { fault: 'sigterm', afterMs: 0, maxLostSeconds: 0 },
  { fault: 'close', afterMs: 0, maxLostSeconds: 0 },
];

for (const { fault, afterMs, maxLostSeconds } of runs) {
  test(`${fault} ${afterMs} ms after steady typing: at most ${maxLostSeconds} s of typing lost`, async ({ baseURL }) => {
    test.setTimeout(180_000);
    const run = await runFault({ site: baseURL!, fault, afterMs, keys: KEYS });
    expect(run.typed).toBe(KEYS);
    expect(run.lost * run.meanGapMs).toBeLessThanOrEqual(maxLostSeconds * 1000);
  });
}
