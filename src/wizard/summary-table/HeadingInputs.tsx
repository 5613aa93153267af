// What the recommending level writes on its table: 联系人和手机 where the table prints that line, and the
// disclosure value where it prints one (the attachment's own value first).
import type { Notice } from '../../forms/notices';
import { DISCLOSURE_OPTIONS } from '../../submission/summaryDocument';

interface Props {
  notice: Notice;
  contact: string;
  disclosure: string;
  onContact: (v: string) => void;
  onDisclosure: (v: string) => void;
}

export function HeadingInputs({ notice, contact, disclosure, onContact, onDisclosure }: Props) {
  const { contactLine, disclosure: line } = notice.summaryTable;
  const options = line ? [line.value, ...DISCLOSURE_OPTIONS.filter((o) => o !== line.value)] : [];
  return (
    <div class="heading-inputs">
      {contactLine && (
        <div class="field text-field">
          <label for="table-contact">{contactLine.replace(/：$/, '')}</label>
          <div class="hint" id="table-contact-hint">
            印在表头“{contactLine}”之后；不填则留空，打印后手写。
          </div>
          <input id="table-contact" type="text" value={contact} aria-describedby="table-contact-hint" onInput={(e) => onContact(e.currentTarget.value)} />
        </div>
      )}
      {line && (
        <div class="field">
          <label for="table-disclosure">{line.label}</label>
          <select id="table-disclosure" value={disclosure || line.value} onChange={(e) => onDisclosure(e.currentTarget.value)}>
            {options.map((o) => (
              <option value={o}>{o}</option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
