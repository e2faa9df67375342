// One skill: its steps, why it helps, cautions, what it is good for and its source; favourite or hide it,
// try it now with its guide, or remove it if it is the person's own.
import { useEffect, useState } from 'preact/hooks';
import { references, skills } from '@ebb/content';
import { Link } from '../../components/link.tsx';
import { Screen } from '../../components/screen.tsx';
import { format } from '../../i18n/messages.ts';
import { ms } from '../../i18n/skills-messages.ts';
import { navigate, paths } from '../../router.ts';
import { changeSkillPrefs, findSkill, loadSkillPrefs, skillPrefs, toggleFavourite, toggleHidden } from '../../state/skills-state.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';
import { SkillPlayer } from './skill-player.tsx';

const D = ms.detail;

export function SkillDetail({ skillId }: { skillId: string }) {
  const [trying, setTrying] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => void loadSkillPrefs().catch(() => undefined), []);
  const skill = findSkill(skillId);
  if (!skill || skill.origin === 'plan') {
    return (
      <Screen title={D.notFound}>
        <p>
          <Link href={paths.skills}>{D.back}</Link>
        </p>
      </Screen>
    );
  }
  const prefs = skillPrefs.value;
  const library = skills.find((s) => s.id === skill.id);
  const source = library && references.find((r) => r.id === library.source);
  const act = (change: Promise<void>) => change.then(() => setStatus(''), (error: unknown) => setStatus(format(ms.saveFailed, { reason: describeStorageError(error) })));

  return (
    <Screen title={skill.name}>
      <p class="lead">{skill.summary}</p>
      <p class="actions">
        <button type="button" class="button button-primary" onClick={() => setTrying(true)}>
          {D.try}
        </button>
        <button type="button" class="button button-quiet" aria-pressed={prefs.favourites.includes(skill.id)} onClick={() => void act(toggleFavourite(skill.id))}>
          {D.favourite}
        </button>
        <button type="button" class="button button-quiet" aria-pressed={prefs.hidden.includes(skill.id)} onClick={() => void act(toggleHidden(skill.id))}>
          {D.hide}
        </button>
      </p>
      <p role="status" class="status">
        {status}
      </p>
      {trying && <SkillPlayer skill={skill} level={2} onDone={() => setTrying(false)} onChooseOther={() => setTrying(false)} />}
      {skill.whyItHelps && (
        <>
          <h2>{D.why}</h2>
          <p>{skill.whyItHelps}</p>
        </>
      )}
      {skill.cautions.length > 0 && (
        <>
          <h2>{D.cautions}</h2>
          <ul class="cautions">
            {skill.cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{D.steps}</h2>
      <ol>
        {skill.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <h2>{D.tags}</h2>
      <ul class="tags">
        {skill.feelings.map((f) => (
          <li key={f}>{ms.feelings.names[f]}</li>
        ))}
        {library && <li>{D.modules[library.module]}</li>}
        {library?.calmerMomentsOnly && <li>{D.calmerMoments}</li>}
        {skill.needsNothing && <li>{D.needsNothing}</li>}
        {skill.needsPrivacy && <li>{D.needsPrivacy}</li>}
      </ul>
      {source && (
        <p class="small">
          {D.source}: {source.citation}
        </p>
      )}
      {skill.origin === 'own' && (
        <p>
          <button
            type="button"
            class="button button-quiet"
            onClick={() =>
              void act(changeSkillPrefs((d) => void (d.own = d.own.filter((o) => o.id !== skill.id)))).then(() => navigate(paths.skills))
            }
          >
            {format(ms.library.ownRemove, { name: skill.name })}
          </button>
        </p>
      )}
      <p>
        <Link href={paths.skills}>{D.back}</Link>
      </p>
    </Screen>
  );
}
