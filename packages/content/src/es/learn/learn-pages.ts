// Every Learn page in Spanish, in the order the Learn list shows them (mirror of learn/learn-pages.ts).
import type { LearnPage } from '../../learn/learn-page.ts';
import { afterASlipEs } from './after-a-slip.ts';
import { coExistingConditionsEs } from './co-existing-conditions.ts';
import { lookingAfterYourselfEs } from './looking-after-yourself.ts';
import { recoveryEs } from './recovery.ts';
import { supportGroupsEs } from './support-groups.ts';
import { talkingOnlineSafelyEs } from './talking-online-safely.ts';
import { tellingSomeoneEs } from './telling-someone.ts';
import { dbtEs, gettingTreatmentEs, medicationEs, talkingTherapiesEs, whileYouWaitEs } from './treatments.ts';
import { triggersAndWhatItDoesEs } from './triggers-and-what-it-does.ts';

export const learnPagesEs: readonly LearnPage[] = [
  recoveryEs,
  afterASlipEs,
  triggersAndWhatItDoesEs,
  dbtEs,
  talkingTherapiesEs,
  medicationEs,
  gettingTreatmentEs,
  whileYouWaitEs,
  coExistingConditionsEs,
  lookingAfterYourselfEs,
  supportGroupsEs,
  talkingOnlineSafelyEs,
  tellingSomeoneEs,
];
