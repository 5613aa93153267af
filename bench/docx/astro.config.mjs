// Astro build of the DOCX benchmark harness: the site's own config (base path, CSP, ES2020 target) with the
// harness page as the only page, so the DOCX worker is bundled exactly as the wizard's is. Not part of the site.
import { harnessSite } from '../harnessSite.mjs';

export default harnessSite('docx');
