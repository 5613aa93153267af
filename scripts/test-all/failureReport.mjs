// What a failed step printed about its failures, for the summary at the end of `npm test`: colour codes and
// progress lines (passed tests, vitest's dots) left out, from the first sign of a failure on, within a line budget.
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const PROGRESS = /^\s*(?:[✓√·]|$)/u;
// Hint: the runners' own headings first (vitest's 「Failed Tests」 and 「Unhandled Errors」, Playwright's numbered
// failures); else any line that looks like a failure (astro check's 「error」 lines, ✘, ×).
const HEADING = /Failed Tests|Unhandled (?:Errors?|Rejection)|^\s*\d+\) \[/u;
const FAILURE = /\bFAIL\b|✘|×|\berror\b/iu;

/** The lines worth reading again, at most `budget` of them (the first and last, when there are more). */
export function failureReport(output, budget = 200) {
  const lines = output.replace(ANSI, '').split(/\r?\n/).filter((line) => !PROGRESS.test(line));
  const heading = lines.findIndex((line) => HEADING.test(line));
  const first = heading >= 0 ? heading : lines.findIndex((line) => FAILURE.test(line));
  const kept = first < 0 ? lines.slice(-80) : lines.slice(first);
  if (kept.length <= budget) return kept.join('\n');
  const head = Math.floor(budget * 0.7);
  return [...kept.slice(0, head), `…（中间 ${kept.length - budget} 行从略）…`, ...kept.slice(-(budget - head))].join('\n');
}
