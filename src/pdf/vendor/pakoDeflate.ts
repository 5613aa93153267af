// Stands in for `pako` inside pdf-lib (aliased in astro.config.mjs and vitest.config.ts): pdf-lib only calls
// `pako.deflate` when writing (content, font, object and xref streams), and fflate's zlib deflate is several times
// faster, most of all before the JIT has warmed up (the first PDF). Same format: zlib-wrapped deflate (FlateDecode).
import { unzlibSync, zlibSync } from 'fflate';

/** Level 6 is pako's default; the PDF comes out about the same size. */
const deflate = (data: Uint8Array): Uint8Array => zlibSync(data, { level: 6 });
const inflate = (data: Uint8Array): Uint8Array => unzlibSync(data);

export default { deflate, inflate };
export { deflate, inflate };
