// The summary at the end of `npm test` says again what failed: CI keeps only a log's last part, and the last CI
// failure (stop 19) showed nothing but 「失败 单元测试」 there, the failing test's name scrolled away.
import { describe, expect, test } from 'vitest';
import { failureReport } from '../../../scripts/test-all/failureReport.mjs';

const passed = Array.from({ length: 300 }, (_, i) => ` \u001b[32m✓\u001b[39m tests/unit/a${i}.test.ts (3 tests) 12ms`);

describe('the failure summary of npm test', () => {
  test('quotes vitest’s failed test and its error, without the passed ones or colour codes', () => {
    const output = [
      ...passed.slice(0, 150),
      ' \u001b[31m×\u001b[39m tests/unit/pdf/ahead.test.ts > the PDF written ahead > is handed over 61ms',
      ...passed.slice(150),
      '',
      '\u001b[31m⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯\u001b[39m',
      '',
      ' FAIL  tests/unit/pdf/ahead.test.ts > the PDF written ahead > is handed over',
      'AssertionError: expected [ 1, 2 ] to have a length of 1 but got 2',
      ' ❯ tests/unit/pdf/ahead.test.ts:49:21',
      '',
      ' Test Files  1 failed | 85 passed (86)',
    ].join('\n');
    const report: string = failureReport(output);
    expect(report).toMatch(/^⎯+ Failed Tests 1/);
    expect(report).toContain('FAIL  tests/unit/pdf/ahead.test.ts > the PDF written ahead > is handed over');
    expect(report).toContain('ahead.test.ts:49:21');
    expect(report).not.toMatch(/✓|\u001b/);
  });

  test('quotes vitest’s unhandled errors when every test passed', () => {
    const output = [...passed, '⎯⎯⎯⎯⎯⎯ Unhandled Errors ⎯⎯⎯⎯⎯⎯', 'Error: [vitest-worker]: Timeout calling "onTaskUpdate"', ' Tests  1505 passed (1505)', '      Errors  1 error'].join('\n');
    expect(failureReport(output)).toContain('Timeout calling "onTaskUpdate"');
  });

  test('quotes Playwright’s numbered failures', () => {
    const output = [...passed, '  1) [chromium] › tests/e2e/fields.spec.ts:39:1 › a 数量+名称 list keeps its count', '    Error: expect(locator).toHaveCount(2)', '  1 failed', '  100 passed (17.2m)'].join('\n');
    expect(failureReport(output)).toMatch(/^ {2}1\) \[chromium\] › tests\/e2e\/fields\.spec\.ts:39:1/);
  });

  test('keeps the first and the last lines of a long report, and says how many it left out', () => {
    const output = ['⎯⎯⎯ Failed Tests 500 ⎯⎯⎯', ...Array.from({ length: 1000 }, (_, i) => `line ${i}`)].join('\n');
    const lines = failureReport(output, 100).split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toContain('Failed Tests 500');
    expect(lines).toContain('…（中间 901 行从略）…');
    expect(lines.at(-1)).toBe('line 999');
  });
});
