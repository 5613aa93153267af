// MIIT 2024 form, sections 八 (development plan) and 九 (declaration): this version's wording.
import { declarationSection, planSection } from '../shared/plan';
import type { YearFacts } from '../version';

export const plan = (f: YearFacts) =>
  planSection(
    {
      overviewDescription:
        '包括集群主导产业在细分领域所处发展水平，行业地位，获得荣誉称号，以及相关政策制定与实施情况、优质市场主体培育、产业链供应链建设等方面近三年来发展情况。',
      outputIndicator: '近三年集群产值年均增速',
      requirementA: '近三年产值年均增速不低于10%',
    },
    f,
  );

export const declaration = declarationSection({
  // Hint: this version reads 「负相应责任」; the 2023 versions read 「负相应法律责任」.
  text: '本单位承诺此次申报中小企业特色产业集群的申请材料(包括附件资料)真实、合法。如有不实之处，本单位愿意负相应责任，并承担由此产生的一切后果。',
  signatureLines: ['县级行政区划中小企业主管部门负责人（签字）：', '县级行政区划中小企业主管部门（公章）：'],
});
