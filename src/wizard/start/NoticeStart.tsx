// One notice on the start page, live parts: whether its deadline has passed (read from today's date, so the
// static page need not be rebuilt), the province a new draft starts from, and the start button.
import { useState } from 'preact/hooks';
import { noticeById } from '../../forms';
import { deadlinePassed } from '../../forms/notices';
import { provinces } from '../../forms/provinces';
import { formById } from '../../forms/registry';
import { asksProvince } from '../../forms/start';
import { StartButton } from './StartButton';

function ProvinceChoice({ noticeId, value, onChange }: { noticeId: string; value: string; onChange: (v: string) => void }) {
  const id = `province-${noticeId}`;
  return (
    <p class="province-choice">
      <label for={id}>所在省（区、市）</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">请选择</option>
        {provinces.map((p) => (
          <option value={p}>{p}</option>
        ))}
      </select>
      <span class="hint">将预填在封面的“所属地区”中，可再修改。</span>
    </p>
  );
}

export function NoticeStart({ noticeId, fillPath }: { noticeId: string; fillPath: string }) {
  const notice = noticeById(noticeId);
  const fixed = 'province' in notice ? notice.province : undefined;
  const asks = asksProvince(formById(notice.formVersion));
  const [province, setProvince] = useState(fixed ?? '');
  const passed = deadlinePassed(notice, new Date());
  return (
    <div class="notice-start">
      {passed && <p class="deadline-passed">本通知的申报已截止，仍可用于练习，或沿用已填的草稿（见“改用其他通知”）。</p>}
      {asks && !fixed && <ProvinceChoice noticeId={noticeId} value={province} onChange={setProvince} />}
      {asks && fixed && <p class="hint">封面的“所属地区”将预填：{fixed}（可再修改）。</p>}
      <StartButton
        noticeId={noticeId}
        fillPath={fillPath}
        province={asks ? province : undefined}
        blocked={asks && !province ? '请先选择所在省（区、市），再开始填写。' : undefined}
      />
    </div>
  );
}
