// Plays one skill: its cautions first whenever it has any (until the person says they have read them),
// then its guide, with an optional "read aloud" of each instruction.
import { useEffect, useRef, useState } from 'preact/hooks';
import { skillStages } from '@ebb/core';
import { ms } from '../../i18n/skills-messages.ts';
import { format } from '../../i18n/messages.ts';
import type { SkillView } from '../../state/skills-state.ts';
import { Guide } from './guides.tsx';

interface SkillPlayerProps {
  skill: SkillView;
  /** Heading level of the skill's name where the player sits. */
  level: 2 | 3;
  onDone: () => void;
  /** The person chose another skill instead of accepting the cautions. */
  onChooseOther?: (() => void) | undefined;
  onReachOut?: (() => void) | undefined;
}

const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window;

export function SkillPlayer({ skill, level, onDone, onChooseOther, onReachOut }: SkillPlayerProps) {
  const stages = skillStages(skill);
  const [stage, setStage] = useState(stages[0] ?? 'guide');
  const [readAloud, setReadAloud] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const H = level === 2 ? 'h2' : 'h3';

  useEffect(() => heading.current?.focus(), [stage]);
  useEffect(() => () => void (canSpeak() && speechSynthesis.cancel()), []);

  const say = (text: string) => {
    if (!readAloud || !canSpeak() || !text) return;
    speechSynthesis.cancel();
    speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  };

  if (stage === 'caution') {
    return (
      <section class="player" aria-labelledby="player-title">
        <H id="player-title" ref={heading} tabIndex={-1}>
          {format(ms.caution.title, { name: skill.name })}
        </H>
        <ul class="cautions">
          {skill.cautions.map((caution) => (
            <li key={caution}>{caution}</li>
          ))}
        </ul>
        <p class="actions">
          <button type="button" class="button button-primary" onClick={() => setStage('guide')}>
            {ms.caution.understood}
          </button>
          {onChooseOther && (
            <button type="button" class="button button-quiet" onClick={onChooseOther}>
              {ms.caution.other}
            </button>
          )}
        </p>
      </section>
    );
  }

  return (
    <section class="player" aria-labelledby="player-title">
      <H id="player-title" ref={heading} tabIndex={-1}>
        {skill.name}
      </H>
      {canSpeak() && (
        <label class="choice">
          <input type="checkbox" checked={readAloud} onChange={(e) => setReadAloud(e.currentTarget.checked)} />
          {ms.player.readAloud}
        </label>
      )}
      <Guide guide={skill.guide} steps={skill.steps} say={say} onReachOut={onReachOut} />
      <p class="actions">
        <button type="button" class="button button-primary" onClick={onDone}>
          {ms.player.done}
        </button>
      </p>
    </section>
  );
}
