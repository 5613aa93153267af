// The fontkit fork pdf-lib documents (@pdf-lib/fontkit 1.1.1), kept as a devDependency
// only as the control that shows the ink check catching its broken subsets.
import * as forkModule from '@pdf-lib/fontkit';

// Its ES build has only a default export while its types declare only named ones;
// Node's CommonJS interop also puts the object on `default`.
export const oldFontkit: typeof forkModule = (forkModule as unknown as { default?: typeof forkModule }).default ?? forkModule;
