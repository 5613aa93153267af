// Stands in for `brotli/decompress.js` inside fontkit (aliased in astro.config.mjs and vitest.config.ts). fontkit
// needs Brotli only to open WOFF2 fonts; ours is a TrueType file. The real module is 88 KB minified and unpacks its
// 120 KB dictionary when it loads, which the first PDF of every worker paid for (issue 15).
export default function decompress(): never {
  throw new Error('WOFF2 字体不受支持：请使用 TrueType（.ttf）字体');
}
