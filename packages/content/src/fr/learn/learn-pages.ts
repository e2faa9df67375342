// Every Learn page in French (mirror of learn/learn-pages.ts), in the order the Learn list shows them.
import type { LearnPage } from '../../learn/learn-page.ts';
import { afterASlipFr } from './after-a-slip.ts';
import { coExistingConditionsFr } from './co-existing-conditions.ts';
import { lookingAfterYourselfFr } from './looking-after-yourself.ts';
import { recoveryFr } from './recovery.ts';
import { supportGroupsFr } from './support-groups.ts';
import { talkingOnlineSafelyFr } from './talking-online-safely.ts';
import { tellingSomeoneFr } from './telling-someone.ts';
import { dbtFr, gettingTreatmentFr, medicationFr, talkingTherapiesFr, whileYouWaitFr } from './treatments.ts';
import { triggersAndWhatItDoesFr } from './triggers-and-what-it-does.ts';

export const learnPagesFr: readonly LearnPage[] = [
  recoveryFr,
  afterASlipFr,
  triggersAndWhatItDoesFr,
  dbtFr,
  talkingTherapiesFr,
  medicationFr,
  gettingTreatmentFr,
  whileYouWaitFr,
  coExistingConditionsFr,
  lookingAfterYourselfFr,
  supportGroupsFr,
  talkingOnlineSafelyFr,
  tellingSomeoneFr,
];
