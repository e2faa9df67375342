// Ride it out after the first rating: name the feeling → three suggested skills → the guided skill →
// re-rate → another skill, or done. Beside the suggested skills, the person's own hope box, when it holds
// anything, to look at and come back from. When the urge stays high, the plan's next steps are offered, never
// forced; Help now and "I've already hurt myself" are always one tap away. Every step is logged. What Ebb
// says back after a skill and at the end follows the person's own answers (core: afterSkillNote, rideEnding).
import { useEffect, useState } from 'preact/hooks';
import { afterSkillNote, escalationDue, latestRating, needsFromWords, rankSkills, rideEnding, type Episode, type EpisodeOutcome } from '@ebb/core';
import { FeelingChips } from '../../components/feelings.tsx';
import { Link } from '../../components/link.tsx';
import { RatingButtons } from '../../components/rating-buttons.tsx';
import { Screen } from '../../components/screen.tsx';
import { format, m } from '../../i18n/messages.ts';
import { ms } from '../../i18n/skills-messages.ts';
import { paths } from '../../router.ts';
import { recentEpisodes, saveEpisode, startEpisode } from '../../state/episode-state.ts';
import { openHelpNow } from '../../state/help-now-state.ts';
import { plan } from '../../state/plan-state.ts';
import { allSkills, loadSkillPrefs, skillPrefs, type SkillView } from '../../state/skills-state.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';
import { SkillPlayer } from '../skills/skill-player.tsx';
import { EscalationSteps } from './escalation-steps.tsx';
import type { HopeEntry } from '../../state/hope-state.ts';
// From the box's own screen module, so the box's code is one file, fetched while the first step is shown.
import { HopeLook, loadHope } from '../hope/hope-box.tsx';
import { alreadyHurt, FirstStepLine, type RideFlowProps } from './ride-it-out.tsx';

type Stage = 'feelings' | 'suggest' | 'hope' | 'playing' | 'rerate' | 'after' | 'done';
const SUGGESTIONS = 3;

export function RideFlow({ startedAt, firstRating }: RideFlowProps) {
  const [episode, setEpisode] = useState<Episode>(() => {
    const e = startEpisode(startedAt);
    return firstRating === null ? e : { ...e, ratings: [{ at: startedAt, value: firstRating }] };
  });
  const [stage, setStage] = useState<Stage>('feelings');
  const [history, setHistory] = useState<Episode[]>([]);
  const [offset, setOffset] = useState(0);
  const [playing, setPlaying] = useState<SkillView | null>(null);
  const [problem, setProblem] = useState('');
  const [hope, setHope] = useState<HopeEntry[]>([]);

  const update = (next: Episode) => {
    setEpisode(next);
    saveEpisode(next).then(
      () => setProblem(''),
      (error: unknown) => setProblem(format(ms.saveFailed, { reason: describeStorageError(error) })),
    );
  };
  const end = (outcome: EpisodeOutcome) => update({ ...episode, endedAt: Date.now(), outcome });

  useEffect(() => {
    update(episode);
    void loadSkillPrefs().catch(() => undefined);
    void recentEpisodes(Date.now()).then(setHistory, () => undefined);
    // Only an offer: if the box cannot be read, it is simply not offered, and the skills are still there.
    void loadHope().then(setHope, () => undefined);
  }, []);

  // Each stage starts at the top, like a new screen.
  useEffect(() => window.scrollTo(0, 0), [stage]);

  const whatItDoes = plan.value.sections['what-it-does'];
  const ranked = rankSkills(
    allSkills.value.map((s) => ({ ...s, fromPlan: s.origin === 'plan' })),
    {
      feelings: episode.feelings,
      history: history.filter((e) => e.id !== episode.id),
      // The plan's own coping ideas, including the other ways to meet what self-harm does for them.
      planItems: [...plan.value.sections['on-my-own'].map((i) => i.text), ...whatItDoes.map((n) => n.otherWays).filter((w) => w !== '')],
      hidden: new Set(skillPrefs.value.hidden),
      favourites: new Set(skillPrefs.value.favourites),
      needs: needsFromWords(whatItDoes.map((n) => n.need)),
      urge: latestRating(episode),
    },
  ).filter((s) => !episode.skills.some((t) => t.skillId === s.id));
  const shown =
    ranked.length <= SUGGESTIONS ? ranked : Array.from({ length: SUGGESTIONS }, (_, i) => ranked[(offset + i) % ranked.length]).filter((s) => s !== undefined);

  const start = (skill: SkillView) => {
    setPlaying(skill);
    update({ ...episode, skills: [...episode.skills, { skillId: skill.id, startedAt: Date.now(), before: latestRating(episode), after: null }] });
    setStage('playing');
  };

  const rerate = (value: number | null) => {
    const tries = [...episode.skills];
    const last = tries.at(-1);
    if (last) tries[tries.length - 1] = { ...last, after: value };
    update({ ...episode, skills: tries, ratings: value === null ? episode.ratings : [...episode.ratings, { at: Date.now(), value }] });
    setStage('after');
  };

  // Medical help first; nothing about self-harm is recorded unless the person chooses to note it (/slip).
  const hurt = () => {
    if (episode.endedAt === null) end('stopped');
    alreadyHurt();
  };
  const ending = rideEnding(episode);

  const escalate = escalationDue(episode, Date.now());
  const title =
    stage === 'feelings'
      ? m.ride.title
      : stage === 'suggest'
        ? ms.suggest.title
        : stage === 'hope'
          ? ms.suggest.hopeTitle
          : stage === 'playing'
            ? m.ride.title
            : stage === 'rerate'
              ? ms.rerate.question
              : stage === 'after'
                ? ms.after.title
                : ending.kind === 'eased'
                  ? ms.done.title
                  : ending.kind === 'unrated'
                    ? ms.done.stoppedTitle
                    : ms.done.stayedTitle;

  return (
    <Screen title={title}>
      {stage !== 'done' && <FirstStepLine />}
      <p role="status" class="status">
        {problem}
      </p>

      {stage === 'feelings' && (
        <>
          <FeelingChips legend={ms.feelings.question} chosen={episode.feelings} onChange={(chosen) => setEpisode({ ...episode, feelings: chosen })} />
          <div class="field">
            <label for="ride-trigger">{ms.feelings.trigger}</label>
            <input
              id="ride-trigger"
              type="text"
              maxLength={200}
              autocomplete="off"
              value={episode.trigger}
              onInput={(e) => setEpisode({ ...episode, trigger: e.currentTarget.value })}
            />
          </div>
          <p class="actions">
            <button
              type="button"
              class="button button-primary"
              onClick={() => {
                update({ ...episode, trigger: episode.trigger.trim() });
                setStage('suggest');
              }}
            >
              {episode.feelings.length > 0 || episode.trigger.trim() ? ms.feelings.next : ms.feelings.skip}
            </button>
          </p>
        </>
      )}

      {(stage === 'suggest' || stage === 'after') && escalate && <EscalationSteps onReachOut={() => end('reached-out')} />}

      {stage === 'suggest' && (
        <>
          <p>{ms.suggest.intro}</p>
          <ul class="cards suggestions">
            {shown.map((skill) => (
              <li key={skill.id}>
                <button type="button" class="card card-button" aria-label={format(ms.suggest.start, { name: skill.name })} onClick={() => start(skill)}>
                  <span class="card-title">{skill.name}</span>
                  {skill.origin === 'library' ? (
                    <span class="card-body">{skill.summary}</span>
                  ) : (
                    <span class="card-body">{skill.origin === 'plan' ? ms.suggest.fromPlan : ms.suggest.yours}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
          {ranked.length > SUGGESTIONS && (
            <p class="actions">
              <button type="button" class="button button-quiet" onClick={() => setOffset(offset + SUGGESTIONS)}>
                {ms.suggest.somethingElse}
              </button>
            </p>
          )}
          {hope.length > 0 && (
            <ul class="cards">
              <li>
                <button type="button" class="card card-button" onClick={() => setStage('hope')}>
                  <span class="card-title">{ms.suggest.hopeOffer}</span>
                  <span class="card-body">{ms.suggest.hopeOfferBody}</span>
                </button>
              </li>
            </ul>
          )}
        </>
      )}

      {stage === 'hope' && (
        <>
          <HopeLook entries={hope} />
          <p class="actions">
            <button type="button" class="button button-primary" onClick={() => setStage('suggest')}>
              {ms.suggest.hopeBack}
            </button>
          </p>
        </>
      )}

      {stage === 'playing' && playing && (
        <SkillPlayer
          skill={playing}
          level={2}
          onDone={() => setStage('rerate')}
          onChooseOther={() => {
            update({ ...episode, skills: episode.skills.slice(0, -1) });
            setStage('suggest');
          }}
          onReachOut={() => end('reached-out')}
        />
      )}

      {stage === 'rerate' && (
        <>
          <RatingButtons id="urge-after" question={ms.rerate.question} hint={ms.rerate.hint} onPick={rerate} />
          <p class="actions">
            <button type="button" class="button button-quiet" onClick={() => rerate(null)}>
              {ms.rerate.skip}
            </button>
          </p>
        </>
      )}

      {stage === 'after' && (
        <AfterSkill
          episode={episode}
          onAnother={() => (setOffset(0), setStage('suggest'))}
          onEased={() => (end('eased'), setStage('done'))}
          onStop={() => (end('stopped'), setStage('done'))}
        />
      )}

      {stage === 'done' && (
        <>
          <p class="lead">
            {ending.kind === 'eased'
              ? ms.done.body
              : ending.kind === 'came-down'
                ? format(ms.done.cameDown, { first: ending.first, last: ending.last })
                : ending.kind === 'stayed'
                  ? format(ending.last > ending.first ? ms.done.stayedHigher : ms.done.stayedSame, { first: ending.first, last: ending.last })
                  : ms.done.stopped}
          </p>
          {ending.kind === 'stayed' && <p>{ms.done.stayedNext}</p>}
          <p>{ms.done.hope}</p>
          <p class="actions">
            <Link class="button button-primary" href={paths.home}>
              {ms.done.home}
            </Link>
            {ending.kind === 'stayed' && (
              <button type="button" class="button button-help" onClick={() => openHelpNow()}>
                {ms.done.openHelp}
              </button>
            )}
          </p>
        </>
      )}

      {stage !== 'done' && (
        <p class="ride-hurt">
          <button type="button" class="button" onClick={hurt}>
            {m.ride.alreadyHurt}
          </button>
        </p>
      )}
    </Screen>
  );
}

function AfterSkill({ episode, onAnother, onEased, onStop }: { episode: Episode; onAnother: () => void; onEased: () => void; onStop: () => void }) {
  const note = afterSkillNote(episode.skills.at(-1));
  const said =
    note.kind === 'lower'
      ? format(ms.after.lower, { before: note.before, after: note.after })
      : note.kind === 'higher'
        ? format(ms.after.higher, { before: note.before, after: note.after })
        : note.kind === 'same'
          ? format(ms.after.same, { value: note.value })
          : note.kind === 'rated'
            ? format(ms.after.rated, { after: note.after })
            : ms.after.unrated;
  return (
    <>
      <p class="lead">{said}</p>
      <p class="actions">
        <button type="button" class="button button-primary" onClick={onAnother}>
          {ms.after.another}
        </button>
        <button type="button" class="button" onClick={onEased}>
          {ms.after.eased}
        </button>
        <button type="button" class="button button-quiet" onClick={onStop}>
          {ms.after.stop}
        </button>
      </p>
    </>
  );
}
