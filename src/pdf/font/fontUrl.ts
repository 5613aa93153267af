// The text font's address under the site's base path (emitted by the build as a static asset). A module of its
// own so that pages can name the font (to have a worker's starter download it) without any font code.
import fontUrl from '../../../fonts/NotoSerifSC-Regular.subset.ttf?url';

export const FONT_URL: string = fontUrl;
