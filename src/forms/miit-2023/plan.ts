// MIIT 2023 form, sections 八 (development plan) and 九 (declaration): this version's wording.
// Hint: seed 004 lost the outline numbering (三、（一）…) in conversion; the printed form has it as in the other versions.
import { declarationSection, planSection } from '../shared/plan';
import type { YearFacts } from '../version';

export const plan = (f: YearFacts) =>
  planSection(
    {
      overviewDescription:
        '包括总体情况、主导产业、产业集群相关政策制定与实施情况、优质市场主体培育、品牌打造、产业链供应链建设等方面近三年来发展情况、在行业中所处的地位等。',
      outputIndicator: '集群产值年均增速',
      requirementA: '产值年均增速不低于10%',
    },
    f,
  );

export const declaration = declarationSection({
  text: '本单位承诺此次申报中小企业特色产业集群的申请材料(包括附件资料)真实、合法。如有不实之处，本单位愿意负相应法律责任，并承担由此产生的一切后果。',
  signatureLines: ['县级行政区划中小企业主管部门负责人（签字）：', '县级行政区划中小企业主管部门（公章）：'],
});
