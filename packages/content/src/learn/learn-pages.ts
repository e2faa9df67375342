// Every Learn page, in the order the Learn list shows them. The web app imports this only when Learn opens.
import { afterASlip } from './after-a-slip.ts';
import { coExistingConditions } from './co-existing-conditions.ts';
import type { LearnPage } from './learn-page.ts';
import { lookingAfterYourself } from './looking-after-yourself.ts';
import { recovery } from './recovery.ts';
import { supportGroups } from './support-groups.ts';
import { talkingOnlineSafely } from './talking-online-safely.ts';
import { tellingSomeone } from './telling-someone.ts';
import { dbt, gettingTreatment, medication, talkingTherapies, whileYouWait } from './treatments.ts';
import { triggersAndWhatItDoes } from './triggers-and-what-it-does.ts';

export const learnPages: readonly LearnPage[] = [
  recovery,
  afterASlip,
  triggersAndWhatItDoes,
  dbt,
  talkingTherapies,
  medication,
  gettingTreatment,
  whileYouWait,
  coExistingConditions,
  lookingAfterYourself,
  supportGroups,
  talkingOnlineSafely,
  tellingSomeone,
];
