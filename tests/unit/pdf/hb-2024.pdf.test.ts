// The hb-2024 notice's PDF, blank and filled with its fixture draft (see documentSuite.ts for the checks).
import { describeNoticePdf } from './documentSuite';

describeNoticePdf('hb-2024');
