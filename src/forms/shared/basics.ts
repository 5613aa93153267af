// Cover and section 1 pieces that read the same in every version.
import type { Option } from '../types';

/** 「联系人 … 联系方式 …」 for the department or the operator, on one printed row. */
export function contactRow<const P extends 'dept' | 'operator'>(prefix: P, context: string) {
  return {
    kind: 'row',
    items: [
      { kind: 'text', id: `${prefix}ContactName`, label: '联系人', context },
      { kind: 'text', id: `${prefix}ContactPhone`, label: '联系方式', context, format: 'phone' },
    ],
  } as const;
}

/** The cover's 「联系人及联系电话」 line. */
export const coverContactRow = {
  kind: 'row',
  label: '联系人及联系电话',
  items: [
    { kind: 'text', id: 'contactName', label: '联系人', context: '联系人及联系电话' },
    { kind: 'text', id: 'contactPhone', label: '联系电话', context: '联系人及联系电话', format: 'phone' },
  ],
} as const;

/** 申报时间 on the cover. */
export const applicationDateField = { kind: 'text', id: 'applicationDate', label: '申报时间', format: 'date', concept: 'applicationDate' } as const;

/** 集群运营管理机构 on the cover. */
export const operatorField = { kind: 'text', id: 'operator', label: '集群运营管理机构', concept: 'operator' } as const;

/** 所属地区's parts, verbatim. */
export const provincePart = { value: 'province', label: '省（区、市）' } as const satisfies Option;
export const cityPart = { value: 'city', label: '市（区）' } as const satisfies Option;
export const countyPart = { value: 'county', label: '县（市、区）' } as const satisfies Option;

/** 集群占地面积（平方公里）. */
export const areaField = {
  kind: 'number',
  id: 'area',
  label: '集群占地面积（平方公里）',
  measure: 'amount',
  unit: '平方公里',
  perYear: false,
  concept: 'area',
} as const;

/** 主导产业所属产业类型 □第一产业 □第二产业 □第三产业. */
export const industryTypeField = {
  kind: 'choice',
  id: 'industryType',
  label: '主导产业所属产业类型',
  concept: 'industryType',
  layout: 'stacked',
  options: [
    { value: 'primary', label: '第一产业' },
    { value: 'secondary', label: '第二产业' },
    { value: 'tertiary', label: '第三产业' },
  ],
} as const;

/** 填报说明 6, dated with the year the version's undated data are as of. */
export const asOfInstruction = (dataAsOfYear: number) => `未注明填报年度的，请填写截止到${dataAsOfYear}年底的数据。`;
