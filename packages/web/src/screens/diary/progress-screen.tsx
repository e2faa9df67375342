// Progress: cumulative figures that only grow, self-harm-free days in the last 30 and 90 days (never a
// streak that resets), the longest stretch as an achievement, and milestones that celebrate effort.
import { useEffect, useState } from 'preact/hooks';
import { computeProgress } from '@ebb/core';
import { Screen } from '../../components/screen.tsx';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { loadHistory, type History } from '../../state/diary-state.ts';
import { ReflectionOffer } from './reflection-offer.tsx';
import { Goals } from './goals.tsx';

const P = md.progress;
const days = (n: number) => (n === 1 ? P.day : format(P.days, { count: n }));

export function ProgressScreen() {
  const [history, setHistory] = useState<History | null>(null);
  useEffect(() => void loadHistory().then(setHistory, () => undefined), []);
  if (!history) return <Screen title={P.title}>{null}</Screen>;
  const progress = computeProgress(history.checkIns, history.episodes, Date.now());

  const nothing = progress.checkInsDone === 0 && progress.urgesRiddenOut === 0 && progress.knownDaysLast30 === 0;
  const milestones = [
    { label: P.milestone.firstCheckIn, reached: progress.checkInsDone >= 1 },
    { label: P.milestone.firstUrge, reached: progress.urgesRiddenOut >= 1 },
    { label: P.milestone.tenSkills, reached: progress.skillsPractised >= 10 },
    { label: P.milestone.tenUrges, reached: progress.urgesRiddenOut >= 10 },
    { label: P.milestone.week, reached: progress.longestFreeStretch >= 7 },
    { label: P.milestone.month, reached: progress.longestFreeStretch >= 30 },
  ];

  return (
    <Screen title={P.title}>
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
            <dd>{format(P.ofKnown, { free: progress.freeDaysLast30, known: progress.knownDaysLast30 })}</dd>
          </div>
          <div>
            <dt>{P.free90}</dt>
            <dd>{format(P.ofKnown, { free: progress.freeDaysLast90, known: progress.knownDaysLast90 })}</dd>
          </div>
          <div>
            <dt>{P.longest}</dt>
            {/* Never "0 days": before the first whole day, it says counting has begun. */}
            <dd>{progress.longestFreeStretch === 0 ? P.longestNone : days(progress.longestFreeStretch)}</dd>
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
    </Screen>
  );
}
