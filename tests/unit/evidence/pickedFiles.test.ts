// A picked folder's files: in path order (numbers as numbers), without the system's own files.
import { expect, test } from 'vitest';
import { pickedFiles } from '../../../src/wizard/evidence/pickedFiles';

const inFolder = (path: string) => Object.assign(new File(['x'], path.split('/').at(-1)!), { webkitRelativePath: path }) as File;

test('a folder’s files come in path order, 第2页 before 第10页; Thumbs.db, desktop.ini, .DS_Store and ~$ files are left out', () => {
  const picked = pickedFiles(['证书/第10页.jpg', '证书/Thumbs.db', '证书/第2页.jpg', '证书/.DS_Store', '证书/desktop.ini', '证书/~$说明.docx', '证书/第1页.jpg'].map(inFolder));
  expect(picked.map((f) => f.name)).toEqual(['第1页.jpg', '第2页.jpg', '第10页.jpg']);
});
