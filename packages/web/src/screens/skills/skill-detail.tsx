// One skill: its steps, why it helps, cautions, what it is good for and its source; favourite or hide it,
// try it now with its guide, or remove it if it is the person's own.
import { useState } from 'preact/hooks';
import { references } from '@ebb/content';
import { skills } from '../../i18n/skills-content.ts';
import { Link } from '../../components/link.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { describedByFailure, SaveNote } from '../../components/save-note.tsx';
import { Screen } from '../../components/screen.tsx';
import { useRecord } from '../../components/use-record.ts';
import { useSave } from '../../components/use-save.ts';
import { format, m } from '../../i18n/messages.ts';
import { ms } from '../../i18n/skills-messages.ts';
import { navigate, paths } from '../../router.ts';
import { changeSkillPrefs, findSkill, loadSkillPrefs, skillPrefs, toggleFavourite, toggleHidden } from '../../state/skills-state.ts';
import { SkillPlayer } from './skill-player.tsx';

const D = ms.detail;

export function SkillDetail({ skillId }: { skillId: string }) {
  const [trying, setTrying] = useState(false);
  const saving = useSave();
  // Favourites, hidden skills and the person's own skills: an own skill is only found once these are read.
  const prefsRead = useRecord(loadSkillPrefs);
  const skill = findSkill(skillId);
  if (!skill && prefsRead.status !== 'loaded') {
    return (
      <Screen title={ms.library.title}>
        <Loaded record={prefsRead}>{() => null}</Loaded>
      </Screen>
    );
  }
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

  return (
    <Screen title={skill.name}>
      <p class="lead">{skill.summary}</p>
      <p class="actions">
        <button type="button" class="button button-primary" onClick={() => setTrying(true)}>
          {D.try}
        </button>
        <button
          type="button"
          class="button button-quiet"
          aria-pressed={prefs.favourites.includes(skill.id)}
          aria-describedby={describedByFailure(saving, 'skill-saving')}
          onClick={() => void saving.save(() => toggleFavourite(skill.id))}
        >
          {D.favourite}
        </button>
        <button
          type="button"
          class="button button-quiet"
          aria-pressed={prefs.hidden.includes(skill.id)}
          aria-describedby={describedByFailure(saving, 'skill-saving')}
          onClick={() => void saving.save(() => toggleHidden(skill.id))}
        >
          {D.hide}
        </button>
      </p>
      <SaveNote id="skill-saving" saving={saving} failed={ms.saveFailed} />
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
          {D.source}
          {m.app.colon}
          {source.citation}
        </p>
      )}
      {skill.origin === 'own' && (
        <p>
          <button
            type="button"
            class="button button-quiet"
            onClick={() =>
              void saving
                .save(() => changeSkillPrefs((d) => void (d.own = d.own.filter((o) => o.id !== skill.id))))
                .then((removed) => removed && navigate(paths.skills))
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
