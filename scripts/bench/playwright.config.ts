// Playwright config for the browser benchmarks: the main config, this folder's specs, one at a time.
import base from '../../playwright.config';
import { defineConfig } from '@playwright/test';

export default defineConfig({ ...base, testDir: '.', testMatch: /.*\.spec\.ts/, fullyParallel: false, workers: 1, reporter: [['line']] });
