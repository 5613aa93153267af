// Faults while typing, on a real browser profile: the official types steadily into a narrative, then the tab
// crashes, the browser is killed (SIGKILL) or told to end (SIGTERM, as at log-off), or is closed as usual. The
// profile is then opened again (launchPersistentContext) and the characters still there are counted.
// Hint: the browser is started here, not by Playwright, so its process id is known and can be signalled.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { chromiumExecutable } from '../../../playwright.config';
import { fixtureDrafts } from '../../fixtures/drafts';
import { draftFile } from './seed';

export type Fault = 'crash' | 'sigkill' | 'sigterm' | 'close';

export interface FaultOptions {
  /** The site's root, e.g. http://127.0.0.1:4329/apply/. */
  readonly site: string;
  readonly fault: Fault;
  /** Time between the last keystroke and the fault. */
  readonly afterMs: number;
  /** Characters typed, one key at a time. */
  readonly keys?: number;
  /** Pause between keys, drawn from this range (a steady typist: 150–300 ms). */
  readonly gapMs?: readonly [number, number];
  /** Seed of the pauses, so a run can be repeated. */
  readonly seed?: number;
}

export interface FaultRun {
  readonly fault: Fault;
  readonly afterMs: number;
  readonly typed: number;
  readonly kept: number;
  readonly lost: number;
  /** Mean pause between keys, to turn characters lost into seconds of typing. */
  readonly meanGapMs: number;
}

const draft = fixtureDrafts['gd-2023'];
const NARRATIVE = '集群产业链培育和招商情况（200字以内）';
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export const browserArgs = ['--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--no-sandbox', '--lang=zh-CN'];

/** The system's (or Playwright's) Chromium binary. */
export function executable(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

export interface Running {
  readonly process: ChildProcess;
  readonly browser: Browser;
  readonly exited: Promise<void>;
}

/** Start Chromium on a profile, headless, and connect to it over the DevTools protocol. */
export async function launch(profile: string): Promise<Running> {
  const child = spawn(executable(), [...browserArgs, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on (ws:\S+)/.exec(text);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.once('exit', () => reject(new Error(`Chromium exited: ${text}`)));
  });
  return { process: child, browser: await chromium.connectOverCDP(endpoint), exited };
}

/** A small deterministic generator (mulberry32), so the typing rhythm of a run can be replayed. */
function pauses(seed: number, [min, max]: readonly [number, number]): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return min + ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max - min));
  };
}

const narrative = (page: Page) => page.getByRole('textbox', { name: NARRATIVE, exact: true });

/** Import the fixture draft and open its section 2, ready to type at the end of the narrative. */
async function openDraft(page: Page, site: string): Promise<void> {
  await page.goto(site);
  await page.getByLabel('从文件导入草稿').setInputFiles(draftFile([draft]));
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  await page.goto(`${site}fill/#/${draft.id}/s2`);
  await narrative(page).click();
  await page.keyboard.press('Control+End');
}

/** Type `keys` letters with steady pauses; returns what was typed and the mean pause. */
async function typeSteadily(page: Page, keys: number, gap: () => number): Promise<{ text: string; meanGapMs: number }> {
  let text = '';
  let total = 0;
  for (let i = 0; i < keys; i++) {
    const ch = ALPHABET[i % ALPHABET.length]!;
    await page.keyboard.type(ch);
    text += ch;
    if (i < keys - 1) {
      const ms = gap();
      total += ms;
      await sleep(ms);
    }
  }
  return { text, meanGapMs: keys > 1 ? total / (keys - 1) : 0 };
}

/** Apply the fault; resolves once the browser (or the tab, for a crash) is gone. */
async function strike(running: Running, page: Page, fault: Fault): Promise<void> {
  if (fault === 'crash') {
    const crashed = new Promise<void>((done) => page.once('crash', () => done()));
    const cdp = await page.context().newCDPSession(page);
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    return;
  }
  if (fault === 'close') {
    // Hint: Browser.close is the window's close button: the browser shuts down in its ordinary way.
    const cdp = await running.browser.newBrowserCDPSession();
    void cdp.send('Browser.close').catch(() => undefined);
  } else {
    running.process.kill(fault === 'sigkill' ? 'SIGKILL' : 'SIGTERM');
  }
  const late = setTimeout(() => running.process.kill('SIGKILL'), 20_000);
  await running.exited;
  clearTimeout(late);
}

/** The narrative as the official finds it on opening the profile again (after a crash: in a new tab). */
async function reopen(profile: string, site: string, running: Running, fault: Fault): Promise<string> {
  if (fault === 'crash') {
    // Hint: the browser survived; the official opens the draft again in a new tab, then closes the browser.
    const page = await running.browser.contexts()[0]!.newPage();
    const value = await _narrativeValue(page, site);
    await running.browser.close();
    running.process.kill('SIGTERM');
    await running.exited;
    return value;
  }
  const context = await chromium.launchPersistentContext(profile, { executablePath: executable(), headless: true, args: browserArgs });
  try {
    return await _narrativeValue(context.pages()[0] ?? (await context.newPage()), site);
  } finally {
    await context.close();
  }
}

async function _narrativeValue(page: Page, site: string): Promise<string> {
  await page.goto(`${site}fill/#/${draft.id}/s2`);
  await expect(narrative(page)).toBeVisible({ timeout: 30_000 });
  return narrative(page).inputValue();
}

/** How many of the typed characters the narrative still holds, in order. */
function keptOf(value: string, original: string, typed: string): number {
  if (!value.startsWith(original)) return 0;
  const tail = value.slice(original.length);
  let n = 0;
  while (n < typed.length && tail[n] === typed[n]) n++;
  return n;
}

/** One run: type, wait, strike, reopen, count. */
export async function runFault(options: FaultOptions): Promise<FaultRun> {
  const profile = mkdtempSync(join(tmpdir(), 'jiqun-fault-'));
  const running = await launch(profile);
  try {
    const page = await running.browser.contexts()[0]!.newPage();
    await openDraft(page, options.site);
    const gap = pauses(options.seed ?? 1, options.gapMs ?? [150, 300]);
    const { text, meanGapMs } = await typeSteadily(page, options.keys ?? 20, gap);
    await sleep(options.afterMs);
    await strike(running, page, options.fault);
    const value = await reopen(profile, options.site, running, options.fault);
    const kept = keptOf(value, draft.values.chainNarrative as string, text);
    return { fault: options.fault, afterMs: options.afterMs, typed: text.length, kept, lost: text.length - kept, meanGapMs };
  } finally {
    if (running.process.exitCode === null && running.process.signalCode === null) running.process.kill('SIGKILL');
    await running.exited;
    rmSync(profile, { recursive: true, force: true });
  }
}
