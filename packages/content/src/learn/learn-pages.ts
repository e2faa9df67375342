// Every Learn page, in the order the Learn list shows them. The web app imports this only when Learn opens.
import type { LearnPage } from './learn-page.ts';
import { afterASlip } from './after-a-slip.ts';
import { recovery } from './recovery.ts';

export const learnPages: readonly LearnPage[] = [recovery, afterASlip];
