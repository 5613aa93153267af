// npm run screens: screenshots of every page and step, for a person to look at (not a test). Writes screens/.
import base from '../../playwright.config';
import { defineConfig } from '@playwright/test';

export default defineConfig({ ...base, testDir: '.', testMatch: /.*\.spec\.ts/, reporter: [['line']] });
