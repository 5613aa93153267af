// Boundary cases shared by the rule-set tests: cells that put a computed or typed value exactly at a limit or
// one cent either side. Each builder takes the notice (forms differ: amounts vs rates, per-year vs single) and years.
import { ctxOf, perYearOrSingle } from './support';
import type { Cell, NoticeId } from './support';

export type Cells = readonly (readonly [Cell, unknown])[];
export type Row = readonly [label: string, verdict: string, cells: (n: NoticeId, y: string[]) => Cells];

export const years = (n: NoticeId) => ctxOf(n).years.map(String);
export const cagrOutput =
  (last: string) =>
  (_: NoticeId, y: string[]): Cells => [
    [['totalOutput', y[0]!], '100.00'],
    [['totalOutput', y[1]!], '110.00'],
    [['totalOutput', y[2]!], last],
  ];
// MIIT 2024 gives 研发经费 amounts (two intervals); MIIT 2023 gives three yearly rates (their compound mean).
export const rdGrowth =
  (amountLast: string, rate: string) =>
  (n: NoticeId, y: string[]): Cells =>
    n === 'hb-2024' // MIIT 2024 is the only version with 研发经费总额
      ? [
          [['rdSpend', y[0]!], '100.00'],
          [['rdSpend', y[1]!], '110.00'],
          [['rdSpend', y[2]!], amountLast],
        ]
      : y.map((year) => [['rdSpendGrowth', year], rate] as const);
export const per10k =
  (patents: string) =>
  (n: NoticeId, y: string[]): Cells => [
    ['inventionPatents', patents],
    [perYearOrSingle(n, 'smeEmployees', y[2]!), '1000000'],
  ];
// MIIT 2024 computes 普及率 from counts; MIIT 2023 has the typed rate only.
export const iip =
  (count: string, rate: string) =>
  (n: NoticeId, y: string[]): Cells =>
    n === 'hb-2024' // MIIT 2024 is the only version with the counts
      ? [
          [['smeCount', y[2]!], '10000'],
          ['iipSmeCount', count],
        ]
      : [['iipRate', rate]];
export const co2 =
  (a: string, b: string, c: string) =>
  (_: NoticeId, y: string[]): Cells => [
    [['co2Intensity', y[0]!], a],
    [['co2Intensity', y[1]!], b],
    [['co2Intensity', y[2]!], c],
  ];
