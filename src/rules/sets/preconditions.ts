// Notice-level preconditions: who may apply under this notice, before any recognition criterion.
// Hint: 川经信办函〔2023〕220号 admits only clusters already recognised at provincial level (`requiresProvincialRecognition`).
import type { NoticeContext } from '../../forms';
import type { Criterion } from '../types';
import { answer } from './build';

/** The precondition criteria of the notice (none for most notices). */
export function noticePreconditions(ctx: NoticeContext): Criterion[] {
  const { notice } = ctx;
  if (!notice.requiresProvincialRecognition) return [];
  return [
    answer(
      {
        id: `${notice.id}.provincialRecognition`,
        group: '申报对象',
        title: '已认定为省级中小企业特色产业集群',
        clause: notice.eligibility,
        source: `${notice.documentNumber} 一、申报对象`,
      },
      'priorRecognition',
      { compliant: ['yes'], note: '本通知只接受已认定的省级集群申报' },
    ),
  ];
}
