// 「下一步：报送材料」, shown in the PDF's result message: the rest of what the notice asks (the Word file, the
// 推荐汇总表, the 电子版光盘…) is on the 「报送材料」 page of the same draft. Nothing outside a draft's pages.
import { route, routeHref } from '../route';
import { SUBMIT_STEP } from './steps';

export function SubmitLink() {
  const r = route.value;
  if (!r || r.step === SUBMIT_STEP) return null;
  return (
    <p class="submit-next">
      下一步：<a href={routeHref({ draftId: r.draftId, step: SUBMIT_STEP })}>报送材料</a>——通知要求报送的其他材料（Word 版申报表、推荐汇总表、电子版光盘等）及盖章、寄送事项。
    </p>
  );
}
