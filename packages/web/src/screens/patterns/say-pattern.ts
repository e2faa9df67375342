// Puts a pattern's sentence (core: PatternSentence) into words: the person's own trigger words as written,
// feelings and skills by their names, weekdays and numbers as this device writes them.
import type { Feeling } from '@ebb/content';
import type { PatternSentence } from '@ebb/core';
import { format } from '../../i18n/messages.ts';
import { mpt } from '../../i18n/patterns-messages.ts';
import { ms } from '../../i18n/skills-messages.ts';
import { locale } from '../../i18n/language.ts';

const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
/** A number as this device writes it: "4.3" or "4,3". */
export const number = (n: number): string => decimal.format(n);

/** The weekday's name for a Date#getDay number (0 is Sunday); 4 January 1970 was a Sunday. */
export const weekdayName = (weekday: number, width: 'long' | 'short' = 'long'): string =>
  new Date(Date.UTC(1970, 0, 4 + weekday)).toLocaleDateString(locale, { weekday: width, timeZone: 'UTC' });

export const feelingName = (feeling: Feeling): string => ms.feelings.names[feeling];

/** `sentence` in words; `skillName` names a skill by its id (the library's, the person's own, or the plan's). */
export function sayPattern(sentence: PatternSentence, skillName: (id: string) => string): string {
  switch (sentence.key) {
    case 'notEnough':
      return '';
    case 'topTrigger':
      return format(mpt.triggers.topTrigger, { trigger: sentence.trigger, count: sentence.count, total: sentence.total });
    case 'triggersSpread':
      return format(mpt.triggers.triggersSpread, { total: sentence.total });
    case 'topFeeling':
      return format(mpt.feelings.topFeeling, { feeling: feelingName(sentence.feeling), count: sentence.count, total: sentence.total });
    case 'feelingStrength':
      return format(mpt.feelings.feelingStrength, { strength: number(sentence.strength), rated: sentence.rated });
    case 'feelingsSpread':
      return format(mpt.feelings.feelingsSpread, { total: sentence.total });
    case 'topPart':
      return format(mpt.times.topPart, { part: mpt.times.parts[sentence.part], count: sentence.count, total: sentence.total });
    case 'partsSpread':
      return mpt.times.partsSpread;
    case 'topWeekday':
      return format(mpt.times.topWeekday, { weekday: weekdayName(sentence.weekday), count: sentence.count, total: sentence.total });
    case 'weekdaysSpread':
      return mpt.times.weekdaysSpread;
    case 'selfCare': {
      const item = mpt.selfCare.items[sentence.item];
      return format(mpt.selfCare.sentence, { ...sentence, done: item.done, notDone: item.notDone });
    }
    case 'skillMostUsed':
      return format(mpt.skills.skillMostUsed, {
        skill: skillName(sentence.skillId),
        times: sentence.times,
        before: number(sentence.before),
        after: number(sentence.after),
      });
    case 'trendFewer':
    case 'trendMore':
    case 'trendSame':
      return format(mpt.trend[sentence.key], { recent: sentence.recent, earlier: sentence.earlier });
    case 'checkInUrge':
      return format(mpt.trend.checkInUrge, { average: number(sentence.average), count: sentence.count });
  }
}
