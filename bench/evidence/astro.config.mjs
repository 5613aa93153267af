// Astro build of the 佐证材料汇编 benchmark harness: the site's own config (base path, CSP, ES2020 target) with the
// harness page as the only page, so the volume worker is bundled exactly as the site bundles it. Not part of the site.
import { harnessSite } from '../harnessSite.mjs';

export default harnessSite('evidence');
