// Playwright config for the browser benchmarks: the main config, this folder's specs, one at a time.
import base from '../../playwright.config';
import { defineConfig } from '@playwright/test';

// Hint: no trace recording while measuring, as in bench/harnessConfig.ts (its snapshots and screencast take CPU).
export default defineConfig({ ...base, use: { ...base.use, trace: 'off' }, testDir: '.', testMatch: /.*\.spec\.ts/, fullyParallel: false, workers: 1, reporter: [['line']] });
