// The skills library: every skill with its summary, to browse, search and filter (by feeling, needs nothing,
// fine in public); favourites first; hidden skills kept apart and never suggested; the person's own
// skills; and their pros and cons, written while calm for Ride it out.
import { useState } from 'preact/hooks';
import type { Feeling } from '@ebb/content';
import { FeelingFilter } from '../../components/feelings.tsx';
import { SKILL_LIMITS } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { describedByFailure, SaveNote } from '../../components/save-note.tsx';
import { Screen } from '../../components/screen.tsx';
import { useRecord } from '../../components/use-record.ts';
import { useSave } from '../../components/use-save.ts';
import { format } from '../../i18n/messages.ts';
import { ms } from '../../i18n/skills-messages.ts';
import { paths, skillPath } from '../../router.ts';
import { allSkills, loadSkillPrefs, skillPrefs, toggleHidden, type SkillView } from '../../state/skills-state.ts';
import { OwnSkillForm } from './own-skill-form.tsx';
import { ProsConsEditor } from './pros-cons-editor.tsx';

const L = ms.library;

function matches(skill: SkillView, query: string, feeling: Feeling | '', needsNothing: boolean, inPublic: boolean): boolean {
  const q = query.trim().toLowerCase();
  if (q && ![skill.name, skill.summary, ...skill.steps].some((t) => t.toLowerCase().includes(q))) return false;
  if (feeling && !skill.feelings.includes(feeling)) return false;
  if (needsNothing && !skill.needsNothing) return false;
  if (inPublic && skill.needsPrivacy) return false;
  return true;
}

function SkillCard({ skill }: { skill: SkillView }) {
  return (
    <li>
      <Link class="card" href={skillPath(skill.id)}>
        <span class="card-title">{skill.name}</span>
        <span class="card-body">{skill.summary}</span>
      </Link>
    </li>
  );
}

export function SkillsLibrary() {
  const [query, setQuery] = useState('');
  const [feeling, setFeeling] = useState<Feeling | ''>('');
  const [needsNothing, setNeedsNothing] = useState(false);
  const [inPublic, setInPublic] = useState(false);
  // The built-in skills show at once; favourites, hidden skills, pros and cons and own skills once read.
  const prefsRead = useRecord(loadSkillPrefs);
  const unhiding = useSave();

  const prefs = skillPrefs.value;
  const visible = allSkills.value.filter((s) => s.origin !== 'plan' && !prefs.hidden.includes(s.id) && matches(s, query, feeling, needsNothing, inPublic));
  const favourites = visible.filter((s) => prefs.favourites.includes(s.id));
  const others = visible.filter((s) => !prefs.favourites.includes(s.id));
  const hidden = allSkills.value.filter((s) => prefs.hidden.includes(s.id));

  return (
    <Screen title={L.title}>
      <p>{L.intro}</p>
      <p>{L.hope}</p>
      <p>
        <Link href={paths.learn}>{L.learn}</Link>
      </p>
      <div class="skill-filters panel" role="search">
        <div class="field">
          <label for="skill-search">{L.search}</label>
          <input id="skill-search" type="search" autocomplete="off" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
        <FeelingFilter id="skill-feeling" label={L.filterFeeling} anyLabel={L.anyFeeling} value={feeling} onChange={setFeeling} />
        <label class="choice">
          <input type="checkbox" checked={needsNothing} onChange={(e) => setNeedsNothing(e.currentTarget.checked)} />
          {L.needsNothing}
        </label>
        <label class="choice">
          <input type="checkbox" checked={inPublic} onChange={(e) => setInPublic(e.currentTarget.checked)} />
          {L.inPublic}
        </label>
      </div>

      {favourites.length > 0 && (
        <section aria-labelledby="skills-favourites">
          <h2 id="skills-favourites">{L.favourites}</h2>
          <ul class="cards">
            {favourites.map((s) => (
              <SkillCard key={s.id} skill={s} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="skills-all">
        <h2 id="skills-all">{L.all}</h2>
        {others.length === 0 && favourites.length === 0 ? (
          <p role="status">{L.none}</p>
        ) : (
          <ul class="cards">
            {others.map((s) => (
              <SkillCard key={s.id} skill={s} />
            ))}
          </ul>
        )}
      </section>

      {hidden.length > 0 && (
        <details class="reason">
          <summary>{format(L.hiddenTitle, { count: hidden.length })}</summary>
          <p class="hint">{L.hiddenHint}</p>
          <ul class="lines">
            {hidden.map((s) => (
              <li key={s.id} class="line">
                <p class="line-about">{s.name}</p>
                <button
                  type="button"
                  class="button button-quiet"
                  aria-describedby={describedByFailure(unhiding, 'unhide-saving')}
                  onClick={() => void unhiding.save(() => toggleHidden(s.id))}
                >
                  {format(L.unhide, { name: s.name })}
                </button>
              </li>
            ))}
          </ul>
          <SaveNote id="unhide-saving" saving={unhiding} failed={ms.saveFailed} />
        </details>
      )}

      <Loaded record={prefsRead}>
        {() => (
          <>
            <ProsConsEditor />
            <OwnSkillForm maxSteps={SKILL_LIMITS.steps} />
          </>
        )}
      </Loaded>
    </Screen>
  );
}
