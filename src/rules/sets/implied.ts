// Qualitative criteria the form's own tick-boxes already answer: the options (printed words, verbatim from the
// versions that print them) which, all ticked, say the clause holds. Only clear equivalents are listed; the
// check page prefills the declaration and the user may still untick it.
// Hint: matched by the option's words, not by field id, so a version that words an option differently simply
// prefills nothing; tests/unit/rules/implied.test.ts holds each text to a version that prints it.

/** 「产业链上下游企业产供销一体化协同协作机制较完善」 */
export const COORDINATION = [['建有产业链上下游产供销一体化协同协作机制']] as const;

/** 「建立了通用生产设备、物流、仓储、人力、设计等共享机制」: Guangdong's one option, or the MIIT forms' three together. */
export const SHARING = [
  ['建立了共享制造机制，开展通用生产设备、物流、仓储、人力、设计等资源共享'],
  ['开展通用生产设备共享', '开展物流、仓储、设计等服务资源共享', '开展人力资源共享'],
] as const;

/** 「集群参与主导产业国际合作机制或交流活动」 */
export const INTERNATIONAL_MECHANISMS = [['建立或参与主导产业国际合作机制'], ['承办主导产业国际研讨会或技术交流会']] as const;

/** 「开展技术、管理、人才或资本等方面交流合作」 */
export const EXCHANGES = [['引进了国际领先技术、先进管理经验或高端人才团队等']] as const;
