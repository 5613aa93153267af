// npm start: the Astro dev server with Astro's anonymous telemetry off, on every platform (no shell variables).
import { spawn } from 'node:child_process';

const child = spawn('npx', ['--no-install', 'astro', 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
