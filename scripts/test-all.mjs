// npm test: the type check, the unit and the browser tests, each run whatever the others gave, then one summary;
// the exit code is non-zero when any failed. Hint: chained with `&&`, one slow unit test used to hide every browser
// test's result (issue 16).
import { spawn } from 'node:child_process';
import { failureReport } from './test-all/failureReport.mjs';

const steps = [
  ['类型检查 (astro check)', ['astro', 'check']],
  ['单元测试 (vitest)', ['vitest', 'run']],
  ['浏览器测试 (playwright)', ['playwright', 'test']],
];

/** Runs one step with its output shown as it comes, and kept to be quoted again in the summary. */
function run(cmd, args) {
  return new Promise((resolve) => {
    // Hint: through npx so the project's own binaries run, on Windows too (shell).
    const child = spawn('npx', ['--no-install', cmd, ...args], {
      stdio: ['inherit', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
      // Hint: the output goes through a pipe to be kept; in a terminal it keeps its colours all the same.
      env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    });
    const chunks = [];
    child.stdout.on('data', (chunk) => (process.stdout.write(chunk), chunks.push(chunk)));
    child.stderr.on('data', (chunk) => (process.stderr.write(chunk), chunks.push(chunk)));
    child.on('error', (error) => resolve({ status: 1, output: String(error) }));
    child.on('close', (status) => resolve({ status, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

const results = [];
for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n=== ${name} ===\n`);
  const started = Date.now();
  const { status, output } = await run(cmd, args);
  results.push({ name, ok: status === 0, output, seconds: Math.round((Date.now() - started) / 1000) });
}

// Hint: CI keeps only the end of a long log, so what failed is said again here, after every step's own output.
for (const r of results.filter((r) => !r.ok)) {
  console.log(`\n=== 失败详情：${r.name} ===\n`);
  console.log(failureReport(r.output));
}
console.log('\n=== 结果 ===');
for (const r of results) console.log(`${r.ok ? '通过' : '失败'}  ${r.name}（${r.seconds} 秒）`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
