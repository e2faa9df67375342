// Merging preferences item by item. Settings describe this device (its look, its lock), so this device's
// (`a`'s) are kept, except the date of the last backup, which is the later of the two. Skills: every
// favourite, every hidden skill (hiding may be how a person keeps away from one that does not help),
// every own skill (both versions where both sides changed one) and every pro and con. The diary card:
// every emotion rated on either side, and a row is tracked if either side tracks it. "I feel settled now":
// the later moment (calm-signals.ts reads only the latest).
import { CHECKIN_LIMITS } from '../diary/checkin-record.ts';
import { diaryPrefsRecord, type DiaryPrefs } from '../diary/diary-prefs-record.ts';
import { settingsRecord, type Settings } from '../records/settings.ts';
import { settledRecord, type Settled } from '../diary/settled-record.ts';
import { SKILL_LIMITS, skillPrefsRecord, type OwnSkill, type SkillPrefs } from '../urge/skill-prefs-record.ts';
import type { RecordSets } from './record-sets.ts';
import { mergeEach, mergeKeepingBoth, unionList, type Merged } from './merge-helpers.ts';

const later = (x: number | null, y: number | null): number | null => (x === null ? y : y === null ? x : Math.max(x, y));

/** Not commutative by design: the settings are this device's. */
export function mergeSettings(a: RecordSets, b: RecordSets): Merged<Settings> {
  return mergeEach(a.get(settingsRecord), b.get(settingsRecord), (x, y) => ({
    value: { ...x, backupReminder: { ...x.backupReminder, lastBackupAt: later(x.backupReminder.lastBackupAt, y.backupReminder.lastBackupAt) } },
    leftOut: 0,
  }));
}

/** Own skills by id, compared without the id (a kept copy's id differs from the original's). */
const byId = (skills: readonly OwnSkill[]) => new Map(skills.map(({ id, ...skill }) => [id, skill]));

const ownSkills = (x: readonly OwnSkill[], y: readonly OwnSkill[]) => {
  const merged = mergeKeepingBoth(byId(x), byId(y), () => 0);
  const all = [...merged].map(([id, skill]) => ({ ...skill, id }));
  return { items: all.slice(0, SKILL_LIMITS.ownSkills), leftOut: Math.max(0, all.length - SKILL_LIMITS.ownSkills) };
};

export function mergeSkillPrefs(a: RecordSets, b: RecordSets): Merged<SkillPrefs> {
  return mergeEach(a.get(skillPrefsRecord), b.get(skillPrefsRecord), (x, y) => {
    const own = ownSkills(x.own, y.own);
    const lists = (['actingPros', 'actingCons', 'resistingPros', 'resistingCons'] as const).map(
      (k) => [k, unionList(x.prosCons[k], y.prosCons[k], SKILL_LIMITS.proCons)] as const,
    );
    const prosCons = Object.fromEntries(lists.map(([k, l]) => [k, l.items])) as SkillPrefs['prosCons'];
    return {
      value: {
        favourites: unionList(x.favourites, y.favourites, Infinity).items,
        hidden: unionList(x.hidden, y.hidden, Infinity).items,
        own: own.items,
        prosCons,
      },
      leftOut: own.leftOut + lists.reduce((n, [, l]) => n + l.leftOut, 0),
    };
  });
}

export function mergeDiaryPrefs(a: RecordSets, b: RecordSets): Merged<DiaryPrefs> {
  return mergeEach(a.get(diaryPrefsRecord), b.get(diaryPrefsRecord), (x, y) => {
    const emotions = unionList(x.emotions, y.emotions, CHECKIN_LIMITS.emotions);
    return {
      value: {
        emotions: emotions.items,
        trackMedication: x.trackMedication || y.trackMedication,
        trackTherapy: x.trackTherapy || y.trackTherapy,
        trackSuicidalThoughts: x.trackSuicidalThoughts || y.trackSuicidalThoughts,
      },
      leftOut: emotions.leftOut,
    };
  });
}

/** The latest time the person said they felt settled: what the look back after a slip reads. */
export function mergeSettled(a: RecordSets, b: RecordSets): Merged<Settled> {
  return mergeEach(a.get(settledRecord), b.get(settledRecord), (x, y) => ({ value: { at: Math.max(x.at, y.at) }, leftOut: 0 }));
}
