// The sc-2023 notice's PDF, blank and filled with its fixture draft (see documentSuite.ts for the checks).
import { describeNoticePdf } from './documentSuite';

describeNoticePdf('sc-2023');
