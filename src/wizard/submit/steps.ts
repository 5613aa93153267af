// The wizard pages of the submission: this cluster's row of the 推荐汇总表, and 「报送材料」.
export const SUMMARY_STEP = 'summary';
export const SUBMIT_STEP = 'submit';

/** The pages as the task list shows them, in order. */
export const submissionSteps = [
  { id: SUMMARY_STEP, title: '推荐汇总表' },
  { id: SUBMIT_STEP, title: '报送材料' },
] as const;
