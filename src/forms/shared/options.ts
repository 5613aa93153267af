// Tick-box groups and items whose official wording is identical in every form version.
// Hint: only texts the three seeds print letter for letter the same live here; any difference stays in
// the version's own file (the verbatim tests hold each version against its own seed).
import { narrative, ticks } from '../build';

export const digitalServiceWork = ticks('digitalServiceWork', '集群已开展的数字化服务工作', [
  '引入了数字化系统解决方案服务商',
  '开展了数字化共性解决方案开发和诊断等服务',
  '开展了两化融合管理体系推广工作',
  '开展了智能制造能力成熟度评估或数据管理能力成熟度评估等推广工作',
]);

export const digitalServiceNarrative = narrative('digitalServiceNarrative', '数字化服务总体情况（200字以内）', 200);

/** 「数字化新模式新业态推广情况」's narrative (its prompt heads one wide writing cell) and tick-box group. */
export const newModelItems = [
  narrative('newModelNarrative', '智能制造、工业互联网以及其它新模式新业态试点示范建设或应用情况（200字以内）', 200, { labelPlacement: 'above' }),
  ticks(
    'newModelWork',
    '集群已开展的数字化新模式新业态推广工作',
    [
      '建有国家智能制造、工业互联网以及其它国家新模式新业态试点示范项目',
      '建有省级智能制造、工业互联网以及其它国家新模式新业态试点示范项目',
      '开展了智能制造、工业互联网等新模式新业态创新应用推广',
    ],
    { intro: '集群已开展的数字化新模式新业态推广工作：' },
  ),
] as const;

export const internationalNarrative = narrative('internationalNarrative', '集群国际合作交流总体情况（200字以内）', 200);

export const internationalWork = ticks('internationalWork', '集群已开展的国际合作交流活动', [
  '建立或参与主导产业国际合作机制',
  '与境外产业园区形成较为稳定的合作关系',
  '引进了国际领先技术、先进管理经验或高端人才团队等',
  '参加中国国际中小企业博览会等展会类活动',
  '承办主导产业国际研讨会或技术交流会',
]);

export const publicServices = ticks(
  'publicServices',
  '集群提供中小企业公共服务情况',
  ['信息服务', '创业辅导', '创新支持', '人员培训', '市场营销', '投融资服务', '管理咨询'],
  { intro: '集群已提供的中小企业公共服务：', columns: 3 },
);

/** The 数量+名称 lists of 「创新平台建设情况」. */
export const platformLists = [
  { kind: 'countList', id: 'nationalPlatforms', label: '国家制造业创新中心或国家级创新平台名称及数量' },
  { kind: 'countList', id: 'provincialPlatforms', label: '省级制造业创新中心或省级创新平台名称及数量' },
  { kind: 'countList', id: 'otherPlatforms', label: '其他平台名称及数量' },
] as const;

/** 集群内中小企业有效发明专利拥有量, with the version's evidence note. */
export function inventionPatentsField<const N extends string>(note: N) {
  return {
    kind: 'number',
    id: 'inventionPatents',
    label: '集群内中小企业有效发明专利拥有量（包括发明专利、国防专利、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权等）',
    measure: 'count',
    unit: '个',
    perYear: false,
    concept: 'inventionPatents',
    note,
  } as const;
}
