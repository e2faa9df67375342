// Progress: cumulative figures that only grow, recorded days without self-harm in the last 30 and 90 days
// beside the days not recorded (an empty day is never counted as free), the longest run as an achievement
// that a slip never takes away (never a streak that resets), and milestones that celebrate effort.
import { computeProgress } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { Screen } from '../../components/screen.tsx';
import { useRecord } from '../../components/use-record.ts';
import { format, plural } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { paths } from '../../router.ts';
import { loadHistory, type History } from '../../state/diary-state.ts';
import { ReflectionOffer } from './reflection-offer.tsx';
import { Goals } from './goals.tsx';

const P = md.progress;
const days = (n: number) => plural(n, { one: P.day, other: P.days });
const ofRecorded = (free: number, recorded: number) => plural(recorded, { one: P.ofRecordedOne, other: P.ofRecorded }, { free, recorded });

export function ProgressScreen() {
  const history = useRecord(loadHistory);
  return (
    <Screen title={P.title}>
      <Loaded record={history}>{(read) => <Figures history={read} />}</Loaded>
    </Screen>
  );
}

function Figures({ history }: { history: History }) {
  const progress = computeProgress(history.checkIns, history.episodes, Date.now());

  const nothing = progress.recordedDays === 0;
  const milestones = [
    { label: P.milestone.firstCheckIn, reached: progress.checkInsDone >= 1 },
    { label: P.milestone.firstUrge, reached: progress.urgesRiddenOut >= 1 },
    { label: P.milestone.tenSkills, reached: progress.skillsPractised >= 10 },
    { label: P.milestone.tenUrges, reached: progress.urgesRiddenOut >= 10 },
    { label: P.milestone.week, reached: progress.longestFreeStretch >= 7 },
    { label: P.milestone.month, reached: progress.longestFreeStretch >= 30 },
  ];

  return (
    <>
      <p class="lead">{P.intro}</p>
      <ReflectionOffer history={history} />
      {nothing ? (
        <p>{P.nothingYet}</p>
      ) : (
        <dl class="figures">
          <div>
            <dt>{P.urges}</dt>
            <dd>{progress.urgesRiddenOut}</dd>
            <dd class="small">{format(P.trend, { last: progress.urgesRiddenOutLast30, previous: progress.urgesRiddenOutPrevious30 })}</dd>
          </div>
          <div>
            <dt>{P.free30}</dt>
            <dd>{ofRecorded(progress.freeDaysLast30, progress.recordedDaysLast30)}</dd>
            {progress.notRecordedLast30 > 0 && <dd class="small">{format(P.notRecorded, { count: progress.notRecordedLast30 })}</dd>}
          </div>
          <div>
            <dt>{P.free90}</dt>
            <dd>{ofRecorded(progress.freeDaysLast90, progress.recordedDaysLast90)}</dd>
            {progress.notRecordedLast90 > 0 && <dd class="small">{format(P.notRecorded, { count: progress.notRecordedLast90 })}</dd>}
          </div>
          <div>
            <dt>{P.longest}</dt>
            {/* Never "0 days", and nothing that reads as starting again: the longest run stays once reached. */}
            {progress.longestFreeStretch === 0 ? <dd class="small">{P.longestNone}</dd> : <dd>{days(progress.longestFreeStretch)}</dd>}
          </div>
          <div>
            <dt>{P.skills}</dt>
            <dd>{progress.skillsPractised}</dd>
          </div>
          <div>
            <dt>{P.checkIns}</dt>
            <dd>{progress.checkInsDone}</dd>
          </div>
        </dl>
      )}
      {!nothing && <p class="hint">{P.recordedHint}</p>}
      <p class="actions">
        <Link class="button" href={paths.patterns}>
          {P.patterns}
        </Link>
        <Link class="button" href={paths.summary}>
          {P.summaryLink}
        </Link>
      </p>
      <h2>{P.milestones}</h2>
      <ul class="lines">
        {milestones.map((m) => (
          <li key={m.label} class="line">
            <p class="line-about">
              <span aria-hidden="true">{m.reached ? '★ ' : '☆ '}</span>
              {m.label}
            </p>
            <p class="line-meta">{m.reached ? P.reached : P.notYet}</p>
          </li>
        ))}
      </ul>
      <Goals />
    </>
  );
}
