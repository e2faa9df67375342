// Reads what the early-warning rule needs (the last ten weeks of check-ins and urge episodes, and the plan's
// warning signs) and asks it whether Home shows its gentle note. Loaded with the note, after the vault opens.
import { addDays, dayOf, earlyWarning, RECENT_DAYS, USUAL_WEEKS, type EarlyWarning } from '@ebb/core';
import { loadCheckIns } from './diary-state.ts';
import { recentEpisodes } from './episode-state.ts';
import { loadPlan, plan, planLoaded } from './plan-state.ts';

/** Why things seem harder lately, or null: computed afresh each time, from the person's own records only. */
export async function harderLately(now = Date.now()): Promise<EarlyWarning | null> {
  const today = dayOf(now);
  const from = addDays(today, 1 - RECENT_DAYS - 7 * USUAL_WEEKS);
  // The months from `from` to today: at most four, counted from this month back.
  const months = (Number(today.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(today.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  const [checkIns, episodes] = await Promise.all([loadCheckIns(from, today), recentEpisodes(now, months), planLoaded.value ? undefined : loadPlan()]);
  return earlyWarning({ checkIns: [...checkIns.values()], episodes, warningSigns: plan.value.sections['warning-signs'].map((sign) => sign.text), today });
}
