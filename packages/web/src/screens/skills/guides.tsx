// The guided players, one per kind of skill guide. Every animation has a still alternative under
// prefers-reduced-motion (styles.css); the words and counts carry the guidance on their own.
import { useEffect, useState } from 'preact/hooks';
import { breathingLimits, type SkillGuide } from '@ebb/content';
import { dialableNumber, surfView } from '@ebb/core';
import { smsHref, telHref } from '../../help-now/reach-links.ts';
import { format } from '../../i18n/messages.ts';
import { ms } from '../../i18n/skills-messages.ts';
import { plan } from '../../state/plan-state.ts';
import { skillPrefs } from '../../state/skills-state.ts';
import { formatLeft, useNow } from './use-ticker.ts';

const p = ms.player;
const left = (msLeft: number) => formatLeft(msLeft, p.secondsLeft, p.minutesLeft);

export interface GuideProps {
  steps: readonly string[];
  /** Called with each new instruction, for reading aloud. */
  say: (text: string) => void;
  /** Called when the person reaches out to someone (recorded as the outcome). */
  onReachOut?: (() => void) | undefined;
}

function Breathing({ pattern, adjustable, say }: { pattern: readonly [number, number, number, number]; adjustable: boolean; say: GuideProps['say'] }) {
  const [out, setOut] = useState(pattern[2]);
  const [startedAt] = useState(() => Date.now());
  const now = useNow(true);
  const phases = [
    { name: p.breatheIn, seconds: pattern[0], kind: 'in' },
    { name: p.hold, seconds: pattern[1], kind: 'hold' },
    { name: p.breatheOut, seconds: out, kind: 'out' },
    { name: p.hold, seconds: pattern[3], kind: 'hold' },
  ].filter((phase) => phase.seconds > 0);
  const cycle = phases.reduce((sum, phase) => sum + phase.seconds, 0) * 1000;
  // Where in the cycle we are: walk the phases until the time left falls inside one.
  let t = (now - startedAt) % cycle;
  let index = 0;
  for (const candidate of phases) {
    if (t < candidate.seconds * 1000 || index === phases.length - 1) break;
    t -= candidate.seconds * 1000;
    index++;
  }
  const phase = phases[index] ?? { name: p.breatheIn, seconds: pattern[0], kind: 'in' };
  const count = Math.max(1, phase.seconds - Math.floor(t / 1000));
  useEffect(() => say(phase.name), [phase.name, index]);
  return (
    <div class="guide">
      <div class={`breath breath-${phase.kind}`} style={{ '--phase-seconds': `${phase.seconds}s` }} aria-hidden="true" />
      <p class="guide-instruction" aria-live="polite">
        {phase.name}
      </p>
      <p class="guide-count" aria-hidden="true">
        {count}
      </p>
      {adjustable && (
        <p class="actions" role="group" aria-label={p.pace}>
          <button
            type="button"
            class="button button-quiet"
            onClick={() => setOut(Math.max(breathingLimits.outMin, out - 1))}
            disabled={out <= breathingLimits.outMin}
          >
            {p.faster}
          </button>
          <span>{format(p.paceValue, { seconds: out })}</span>
          <button
            type="button"
            class="button button-quiet"
            onClick={() => setOut(Math.min(breathingLimits.outMax, out + 1))}
            disabled={out >= breathingLimits.outMax}
          >
            {p.slower}
          </button>
        </p>
      )}
    </div>
  );
}

function Grounding({ steps, say }: GuideProps) {
  const totals = [5, 4, 3, 2, 1];
  const [row, setRow] = useState(0);
  const [count, setCount] = useState(0);
  const done = row >= totals.length;
  useEffect(() => {
    if (!done) say(steps[row] ?? '');
  }, [row]);
  if (done) return <p class="guide-instruction">{p.groundingDone}</p>;
  const total = totals[row] ?? 1;
  return (
    <div class="guide">
      <p class="guide-instruction" aria-live="polite">
        {steps[row]}
      </p>
      <p class="guide-count" aria-live="polite">
        {format(p.groundingCount, { count, total })}
      </p>
      <p class="actions">
        <button
          type="button"
          class="button button-primary big"
          onClick={() => {
            if (count + 1 >= total) {
              setRow(row + 1);
              setCount(0);
            } else setCount(count + 1);
          }}
        >
          {p.groundingNoticed}
        </button>
      </p>
    </div>
  );
}

function UrgeSurf({ say }: GuideProps) {
  const [minutes, setMinutes] = useState<number | null>(null);
  const [startedAt, setStartedAt] = useState(0);
  const [eased, setEased] = useState(false);
  const [saidNotYet, setSaidNotYet] = useState(false);
  const [answeredMinute, setAnsweredMinute] = useState(0);
  const now = useNow(minutes !== null && !eased);
  if (minutes === null) {
    return (
      <div class="guide" role="group" aria-label={p.surfChoose}>
        <p class="guide-instruction">{p.surfChoose}</p>
        <p class="actions">
          {[5, 10, 15].map((n) => (
            <button
              key={n}
              type="button"
              class="button"
              onClick={() => {
                setMinutes(n);
                setStartedAt(Date.now());
                say(p.surfWave);
              }}
            >
              {format(p.surfMinutes, { minutes: n })}
            </button>
          ))}
        </p>
      </div>
    );
  }
  const total = minutes * 60_000;
  const elapsed = now - startedAt;
  // The words and the wave follow the person's answers: only their "yes" lets it fall (core: surfView).
  const view = surfView({ elapsedMs: elapsed, totalMs: total, eased, saidNotYet, answeredMinute });
  const words = { rising: p.surfRising, peak: p.surfPeak, staying: p.surfStaying, 'time-up': p.surfTimeUp, eased: p.surfEased }[view.stage];
  const notYet = () => {
    setSaidNotYet(true);
    setAnsweredMinute(Math.floor(elapsed / 60_000));
    // At the end of the chosen time, "not yet" keeps the wave going for five more minutes.
    if (view.stage === 'time-up') setMinutes(minutes + 5);
  };
  return (
    <div class="guide">
      <svg class="wave" viewBox="0 0 200 60" aria-hidden="true">
        <path d="M0 55 C50 55 70 5 100 5 C130 5 150 55 200 55" class="wave-line" />
        <circle class="wave-dot" cx={view.dot * 200} cy={55 - 50 * Math.sin(Math.PI * view.dot)} r="5" />
      </svg>
      <p class="guide-instruction" aria-live="polite">
        {words}
      </p>
      {view.stage !== 'eased' && view.stage !== 'time-up' && <p class="guide-count">{left(total - elapsed)}</p>}
      {view.asking && (
        <div class="notice-inline" role="group" aria-label={p.surfCheck}>
          {view.stage !== 'time-up' && <p>{p.surfCheck}</p>}
          <p class="actions">
            <button type="button" class="button" onClick={() => (setEased(true), say(p.surfEased))}>
              {p.surfYes}
            </button>
            <button type="button" class="button button-quiet" onClick={notYet}>
              {view.stage === 'time-up' ? p.surfMore : p.surfNotYet}
            </button>
          </p>
        </div>
      )}
      {view.stage !== 'eased' && view.stage !== 'time-up' && (
        <p class="actions">
          <button type="button" class="button button-quiet" onClick={() => setMinutes(minutes + 5)}>
            {p.surfExtend}
          </button>
        </p>
      )}
    </div>
  );
}

function Timer({ seconds, steps, say }: GuideProps & { seconds: number }) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const now = useNow(startedAt !== null);
  const remaining = startedAt === null ? seconds * 1000 : seconds * 1000 - (now - startedAt);
  const finished = startedAt !== null && remaining <= 0;
  useEffect(() => {
    if (finished) say(p.timeUp);
  }, [finished]);
  return (
    <div class="guide">
      <ol class="guide-steps">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p class="guide-count" aria-live="polite">
        {finished ? p.timeUp : left(remaining)}
      </p>
      {startedAt === null && (
        <p class="actions">
          <button
            type="button"
            class="button button-primary big"
            onClick={() => {
              setStartedAt(Date.now());
              say(steps[0] ?? '');
            }}
          >
            {p.start}
          </button>
        </p>
      )}
    </div>
  );
}

function Steps({ steps, say, secondsEach }: GuideProps & { secondsEach?: number }) {
  const [index, setIndex] = useState(0);
  const [stepStarted, setStepStarted] = useState(() => Date.now());
  const now = useNow(secondsEach !== undefined && index < steps.length - 1);
  const go = (next: number) => {
    setIndex(next);
    setStepStarted(Date.now());
  };
  // Timed steps move on by themselves; the person can always move on or back.
  useEffect(() => {
    if (secondsEach !== undefined && index < steps.length - 1 && now - stepStarted >= secondsEach * 1000) go(index + 1);
  }, [now]);
  useEffect(() => say(steps[index] ?? ''), [index]);
  return (
    <div class="guide">
      <p class="small">{format(p.step, { n: index + 1, total: steps.length })}</p>
      <p class="guide-instruction" aria-live="polite">
        {steps[index]}
      </p>
      {secondsEach !== undefined && index < steps.length - 1 && <p class="guide-count">{left(secondsEach * 1000 - (now - stepStarted))}</p>}
      <p class="actions">
        {index > 0 && (
          <button type="button" class="button button-quiet" onClick={() => go(index - 1)}>
            {p.back}
          </button>
        )}
        {index < steps.length - 1 && (
          <button type="button" class="button button-primary" onClick={() => go(index + 1)}>
            {p.next}
          </button>
        )}
      </p>
    </div>
  );
}

function Deck({ cards, say }: GuideProps & { cards: ReadonlyArray<{ title: string; text: string }> }) {
  const [index, setIndex] = useState(0);
  const card = cards[index % cards.length] ?? { title: '', text: '' };
  useEffect(() => say(`${card.title}. ${card.text}`), [index]);
  return (
    <div class="guide">
      <p class="small">{format(p.deckCard, { n: (index % cards.length) + 1, total: cards.length })}</p>
      <div class="deck-card" aria-live="polite">
        <h3>{card.title}</h3>
        <p>{card.text}</p>
      </div>
      <p class="actions">
        <button type="button" class="button button-primary" onClick={() => setIndex(index + 1)}>
          {p.deckNext}
        </button>
      </p>
    </div>
  );
}

function Delay({ say }: GuideProps) {
  const [minutes, setMinutes] = useState<number | null>(null);
  const [startedAt, setStartedAt] = useState(0);
  const now = useNow(minutes !== null);
  const remaining = minutes === null ? 0 : minutes * 60_000 - (now - startedAt);
  const finished = minutes !== null && remaining <= 0;
  useEffect(() => {
    if (finished) say(p.delayDone);
  }, [finished]);
  const choose = (n: number) => {
    setMinutes(n);
    setStartedAt(Date.now());
  };
  return (
    <div class="guide">
      {minutes === null || finished ? (
        <>
          <p class="guide-instruction" aria-live="polite">
            {finished ? p.delayDone : p.delayChoose}
          </p>
          <p class="actions">
            {[5, 10, 15].map((n) => (
              <button key={n} type="button" class="button" onClick={() => choose(n)}>
                {format(p.delayWait, { minutes: n })}
              </button>
            ))}
          </p>
        </>
      ) : (
        <p class="guide-count" aria-live="polite">
          {left(remaining)}
        </p>
      )}
    </div>
  );
}

function ProsCons() {
  const pc = skillPrefs.value.prosCons;
  const lists = [
    [p.resistingPros, pc.resistingPros],
    [p.actingCons, pc.actingCons],
    [p.resistingCons, pc.resistingCons],
    [p.actingPros, pc.actingPros],
  ] as const;
  if (lists.every(([, items]) => items.length === 0)) return <p>{p.prosConsEmpty}</p>;
  return (
    <div class="guide">
      {lists
        .filter(([, items]) => items.length > 0)
        .map(([title, items]) => (
          <section key={title}>
            <h3>{title}</h3>
            <ul class="plan-items">
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}

function ReachOut({ onReachOut }: GuideProps) {
  const people = plan.value.sections['people-to-ask'].filter((person) => dialableNumber(person.phone));
  const canShare = typeof navigator !== 'undefined' && 'share' in navigator;
  return (
    <div class="guide">
      {people.length === 0 && <p>{p.reachOutEmpty}</p>}
      <ul class="lines">
        {people.map((person) => {
          const number = dialableNumber(person.phone) ?? '';
          return (
            <li key={person.name} class="line">
              <h3 class="line-name">{person.name}</h3>
              {person.message && <p class="line-about">“{person.message}”</p>}
              <p class="actions">
                <a class="button button-primary" href={smsHref(number, person.message || undefined)} onClick={onReachOut}>
                  {format(p.text, { name: person.name })}
                </a>
                <a class="button" href={telHref(number)} onClick={onReachOut}>
                  {format(p.call, { name: person.name })}
                </a>
              </p>
            </li>
          );
        })}
      </ul>
      {canShare && (
        <p class="actions">
          <button
            type="button"
            class="button button-quiet"
            onClick={() => {
              onReachOut?.();
              void navigator.share({ text: people[0]?.message || p.shareText }).catch(() => undefined);
            }}
          >
            {p.share}
          </button>
        </p>
      )}
    </div>
  );
}

export function Guide({ guide, ...props }: GuideProps & { guide: SkillGuide }) {
  switch (guide.kind) {
    case 'breathing':
      return <Breathing pattern={guide.pattern} adjustable={guide.adjustable} say={props.say} />;
    case 'grounding':
      return <Grounding {...props} />;
    case 'urge-surf':
      return <UrgeSurf {...props} />;
    case 'timer':
      return <Timer {...props} seconds={guide.seconds} />;
    case 'timed-steps':
      return <Steps {...props} secondsEach={guide.secondsEach} />;
    case 'steps':
      return <Steps {...props} />;
    case 'deck':
      return <Deck {...props} cards={guide.cards} />;
    case 'pros-cons':
      return <ProsCons />;
    case 'delay':
      return <Delay {...props} />;
    case 'reach-out':
      return <ReachOut {...props} />;
  }
}
