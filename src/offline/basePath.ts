// A site built for one path but served under another (BASE_PATH not set to where it was deployed, or the files
// opened straight from the disk) cannot load its scripts and styles: the page would stay bare, without a word.
// This check runs inline in every page (BasePathCheck.astro) and says what is wrong and how to fix it.

/** What to tell the official and the administrator, or undefined when the page is where the build expects it. */
export function basePathProblem(base: string, where: { protocol: string; pathname: string }): string | undefined {
  if (where.protocol === 'file:') {
    return '本工具不能从磁盘上直接双击打开（浏览器禁止这样运行其程序和数据库）。请通过网站地址访问；网站管理员请按部署说明（docs/deploy.md）把文件放到网页服务器上。';
  }
  if (where.pathname.startsWith(base)) return undefined;
  const deployed = where.pathname.replace(/(fill|privacy)\/?(index\.html)?$/, '').replace(/index\.html$/, '');
  return `本站点是按网址路径“${base}”构建的，但现在从“${deployed}”打开，页面的程序和样式无法加载，所以没有按钮可用。请网站管理员用 BASE_PATH=${deployed} 重新构建（BASE_PATH=${deployed} npm run build，见部署说明 docs/deploy.md），或把文件放到网址“${base}”下。已填写的草稿保存在浏览器中，改好后仍在。`;
}

/** Put the message at the top of the page, styled in place (the stylesheet may be what failed to load). */
export function showBasePathProblem(text: string): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.textContent = text;
  Object.assign(box.style, { border: '4px solid #d4351c', padding: '1rem', margin: '1rem', font: '1.1rem/1.6 sans-serif', background: '#fff' });
  document.body.prepend(box);
}
