// The clauses of a drafted 集群简介, one per kind of content the notices ask (src/forms/notices/summaryTables.ts
// lists each notice's): each writes its words around a figure from the draft, or leaves a visible gap.
import type { FormValues } from '../../forms/fieldValues';
import type { IntroClause } from '../../forms/notices';
import type { SubmissionAnswers } from '../../forms/submission';
import type { FormDefinition } from '../../forms/types';
import { fieldFor, sectionOfField } from '../../rules/read';
import { hostedStandards, latestFigure, type Figure, type IntroGap } from './figures';

/** Which sentence a clause belongs to: the profile, the last year's figures, the three years', the stock at year end. */
export type IntroSentence = 'profile' | 'year' | 'recent' | 'stock';

export interface ClausePiece {
  readonly sentence: IntroSentence;
  readonly text: string;
  readonly gaps: readonly IntroGap[];
}

export interface ClauseSource {
  readonly form: FormDefinition;
  readonly values: FormValues;
  readonly answers: SubmissionAnswers;
}

/** The mark left where the official has to write: 「【待补充：行业地位】」, or 「【待补充】」 in place of a figure. */
export const gapMark = (what?: string): string => (what ? `【待补充：${what}】` : '【待补充】');

const _piece = (sentence: IntroSentence, text: string, gaps: readonly IntroGap[] = []): ClausePiece => ({ sentence, text, gaps });

/** Words around a figure: 「集群总产值236.12亿元」, or 「集群总产值【待补充】亿元」 with the gap listed. */
function _figure(sentence: IntroSentence, before: string, figure: Figure, unit: string): ClausePiece {
  if ('gap' in figure) return _piece(sentence, `${before}${gapMark()}${unit}`, [figure.gap]);
  return _piece(sentence, `${before}${figure.text}${figure.unit || unit}`);
}

/** 荣誉称号 the form itself states: the recognition question answered 是, read as a statement. */
function _honours({ form, values }: ClauseSource): ClausePiece {
  const field = fieldFor(form, 'priorRecognition');
  if (!field || values[field.id] !== 'yes') {
    const gap = { what: '荣誉称号', ...(field ? { fieldId: field.id, step: sectionOfField(form, field.id) } : {}) };
    return _piece('profile', gapMark('荣誉称号'), [gap]);
  }
  // Hint: 「是否已被认定为省级…」 → 「已被认定为省级…」, 「获得市级…」 → 「已获得市级…」: the question's own words.
  const statement = field.label.replace(/^是否/, '');
  return _piece('profile', statement.startsWith('已') ? statement : `已${statement}`);
}

function _industry({ answers }: ClauseSource): ClausePiece {
  const industry = answers.leadingIndustry?.trim();
  if (industry) return _piece('profile', `集群以${industry}为主导产业`);
  return _piece('profile', `集群以${gapMark('主导产业')}为主导产业`, [{ what: '主导产业', fieldId: 'leadingIndustry', step: 'summary' }]);
}

const _describe = (what: string) => (): ClausePiece => _piece('profile', gapMark(what), [{ what }]);

export const introClauses: { readonly [C in IntroClause]: (src: ClauseSource) => ClausePiece } = {
  industry: _industry,
  chain: _describe('主导产业链条描述'),
  standing: _describe('行业地位'),
  honours: _honours,
  output: (s) => _figure('year', '集群总产值', latestFigure(s.form, s.values, 'totalOutput', '集群总产值'), '亿元'),
  smes: (s) => _figure('year', '中小企业', latestFigure(s.form, s.values, 'smeCount', '集群中小企业数量'), '家'),
  specialised: (s) => _figure('year', '专精特新中小企业', latestFigure(s.form, s.values, 'specializedSmeCount', '专精特新中小企业数量'), '家'),
  littleGiants: (s) => _figure('year', '专精特新“小巨人”企业', latestFigure(s.form, s.values, 'littleGiantCount', '专精特新“小巨人”企业数量'), '家'),
  champions: (s) => _figure('year', '制造业单项冠军企业', latestFigure(s.form, s.values, 'singleChampionCount', '制造业单项冠军企业数量'), '家'),
  standards: (s) => _figure('recent', '集群中小企业主持制修订国家标准和行业标准', hostedStandards(s.form, s.values), '项'),
  patents: (s) => _figure('stock', '集群中小企业有效发明专利', latestFigure(s.form, s.values, 'inventionPatents', '有效发明专利拥有量'), '个'),
  patentsPer10k: (s) => _figure('stock', '每万人有效发明专利拥有量', latestFigure(s.form, s.values, 'inventionPatentsPer10k', '每万人有效发明专利拥有量'), ''),
};
