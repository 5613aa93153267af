// Renderer for section 9's blocks: the declaration text, then blank room to sign, to stamp the seal
// (公章, about 42 mm across) and to write the date by hand; the province's 推荐意见 gets room to write.
import type { SignatureBlockItem } from '../../../forms/types';
import type { Para, Run } from '../../layout/types';
import { mm, TEXT } from '../../style';
import type { ItemRenderer } from '../context';
import { prosePara, text } from '../paras';
import { cellsRow } from '../rows';

const SIZE = TEXT.prose;

/** Room to sign by hand after a signature line, to write an opinion, and for the seal above the date. */
export const SIGNATURE_ROOM = { sign: mm(16), opinion: mm(50), seal: mm(38) } as const;

/** 「年    月    日」 with each run of spaces widened to room for the handwritten numbers. */
function _dateRuns(dateLine: string): Run[] {
  return dateLine
    .trim()
    .split(/\s+/)
    .flatMap((part, i): Run[] => (i === 0 ? [text(part)] : [{ kind: 'gap', em: 2.5 }, text(part)]));
}

function _content(item: SignatureBlockItem): Para[] {
  const declaration = item.text ? prosePara(item.text, SIZE, 1.7) : [];
  const lines = item.signatureLines.map(
    (line, i): Para => ({ runs: [text(line)], size: SIZE, before: i === 0 ? (item.text ? mm(10) : SIGNATURE_ROOM.opinion) : SIGNATURE_ROOM.sign }),
  );
  const date: Para = { runs: _dateRuns(item.dateLine), size: SIZE, align: 'right', before: SIGNATURE_ROOM.seal };
  return [...declaration, ...lines, date];
}

export const signatureBlock: ItemRenderer<SignatureBlockItem> = (item, ctx, frame) => {
  const labelWidth = frame.width * 0.22;
  const title: Para = { runs: [text(item.title)], size: SIZE, align: 'center' };
  return [
    cellsRow(ctx, [
      { column: { x: frame.x, width: labelWidth }, paras: [title] },
      { column: { x: frame.x + labelWidth, width: frame.width - labelWidth }, paras: _content(item), options: { valign: 'top', padX: 10, padY: 10 } },
    ]),
  ];
};
