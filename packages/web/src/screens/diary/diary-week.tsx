// A week of diary cards as a table, like a paper diary card: one row per day, each day a link to fill it
// in or change it. The thoughts-of-suicide column shows when that row is set up or the week has an answer.
import { useState } from 'preact/hooks';
import { addDays, dayOf, type CheckIn, type Day } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { Screen } from '../../components/screen.tsx';
import { useRecord } from '../../components/use-record.ts';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { checkInPath } from '../../router.ts';
import { diaryPrefs, loadCheckIns, loadDiaryPrefs } from '../../state/diary-state.ts';
import { allSkills, loadSkillPrefs } from '../../state/skills-state.ts';
import { longDate } from './check-in.tsx';
import { locale } from '../../i18n/language.ts';

const W = md.week;
const short = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'short' });
/** An empty cell: a dash to the eye, "not filled in" to a screen reader. */
const Empty = () => (
  <>
    <span aria-hidden="true">–</span>
    <span class="visually-hidden">{W.empty}</span>
  </>
);
const show = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? <Empty /> : value);
const yesNo = (value: boolean | null) => (value === null ? <Empty /> : value ? W.yes : W.no);

export function DiaryWeek() {
  const today = dayOf(Date.now());
  const [end, setEnd] = useState(today);
  const start = addDays(end, -6);
  // The week's cards, with the diary's setup (its emotion rows) and the skills the cards name.
  const cards = useRecord(() => Promise.all([loadCheckIns(start, end), loadDiaryPrefs(), loadSkillPrefs()]).then(([read]) => read), [end]);

  return (
    <Screen title={W.title}>
      <p>{W.intro}</p>
      <p class="actions">
        <button type="button" class="button button-quiet" onClick={() => setEnd(addDays(end, -7))}>
          {W.previous}
        </button>
        {end < today && (
          <button type="button" class="button button-quiet" onClick={() => setEnd(addDays(end, 7) > today ? today : addDays(end, 7))}>
            {W.next}
          </button>
        )}
      </p>
      <Loaded record={cards}>{(read) => <WeekTable start={start} end={end} cards={read} />}</Loaded>
    </Screen>
  );
}

function WeekTable({ start, end, cards }: { start: Day; end: Day; cards: Map<Day, CheckIn> }) {
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const emotions = diaryPrefs.value.emotions;
  const thoughts = diaryPrefs.value.trackSuicidalThoughts || [...cards.values()].some((c) => c.suicidalThoughts !== null);
  const skillName = (id: string) => allSkills.value.find((s) => s.id === id)?.name ?? id;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="diary-caption">
      <table class="diary-table">
        <caption id="diary-caption">{format(W.caption, { from: longDate(start), to: longDate(end) })}</caption>
        <thead>
          <tr>
            <th scope="col">{W.day}</th>
            <th scope="col">{W.urge}</th>
            {thoughts && <th scope="col">{W.thoughts}</th>}
            <th scope="col">{W.acted}</th>
            {emotions.map((e) => (
              <th key={e} scope="col">
                {e}
              </th>
            ))}
            <th scope="col">{W.sleep}</th>
            <th scope="col">{W.skills}</th>
            <th scope="col">{W.note}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => {
            const c = cards.get(day);
            return (
              <tr key={day}>
                <th scope="row">
                  <Link href={checkInPath(day)}>
                    <span aria-hidden="true">{short(day)}</span>
                    <span class="visually-hidden">{format(W.open, { date: longDate(day) })}</span>
                  </Link>
                </th>
                <td>{show(c?.urge)}</td>
                {thoughts && <td>{show(c?.suicidalThoughts)}</td>}
                <td>{c ? yesNo(c.acted) : <Empty />}</td>
                {emotions.map((e) => (
                  <td key={e}>{show(c?.emotions.find((x) => x.name === e)?.value)}</td>
                ))}
                <td>{show(c?.selfCare.sleepHours)}</td>
                <td>{show(c?.skills.map((s) => `${skillName(s.skillId)} (${s.score})`).join(', '))}</td>
                <td>{show(c?.note)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
