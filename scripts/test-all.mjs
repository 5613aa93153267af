// npm test: the type check, the unit tests and the browser tests, each run whatever the others gave, then one
// summary; the exit code is non-zero when any failed. Hint: chained with `&&`, one slow unit test used to hide
// every browser test's result (issue 16).
import { spawnSync } from 'node:child_process';

const steps = [
  ['类型检查 (astro check)', ['astro', 'check']],
  ['单元测试 (vitest)', ['vitest', 'run']],
  ['浏览器测试 (playwright)', ['playwright', 'test']],
];

const results = steps.map(([name, [cmd, ...args]]) => {
  console.log(`\n=== ${name} ===\n`);
  const started = Date.now();
  // Hint: through npx so the project's own binaries run, on Windows too (shell), with the output shown as it comes.
  const run = spawnSync('npx', ['--no-install', cmd, ...args], { stdio: 'inherit', shell: process.platform === 'win32' });
  return { name, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) };
});

console.log('\n=== 结果 ===');
for (const r of results) console.log(`${r.ok ? '通过' : '失败'}  ${r.name}（${r.seconds} 秒）`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
