// After a slip: compassion first, medical help one tap away, and, only if the person chooses, a note of
// when (no detail at all). Nothing is recorded until they choose "Note that this happened", and a note can
// be removed again the same day (docs/clinical-rules.md, rule 20). Nothing is reset. The reflection on it is offered
// later, when calm, never here.
import { useState } from 'preact/hooks';
import { dayOf, type Episode } from '@ebb/core';
import { Field } from '../../components/field.tsx';
import { Link } from '../../components/link.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { SaveNote } from '../../components/save-note.tsx';
import { useSave } from '../../components/use-save.ts';
import { Screen } from '../../components/screen.tsx';
import { useRecord } from '../../components/use-record.ts';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { paths } from '../../router.ts';
import { recentEpisodes } from '../../state/episode-state.ts';
import { openHelpNow } from '../../state/help-now-state.ts';
import { recordSlip, removeSlip } from '../../state/reflection-state.ts';
import { locale } from '../../i18n/language.ts';

const S = md.slip;
const localInputValue = (at: number) => {
  const d = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};
const timeOf = (slip: Episode) => new Date(slip.endedAt ?? slip.startedAt).toLocaleString(locale, { timeStyle: 'short' });
const isSlipToday = (e: Episode) => e.outcome === 'slipped' && dayOf(e.endedAt ?? e.startedAt) === dayOf(Date.now());

export function SlipScreen() {
  const [when, setWhen] = useState<'now' | 'earlier'>('now');
  const [earlier, setEarlier] = useState(() => localInputValue(Date.now() - 60 * 60_000));
  const [problem, setProblem] = useState('');
  /** The note made on this visit, which "Undo" removes. */
  const [saved, setSaved] = useState<Episode | null>(null);
  /** Other notes made today, each of which can still be removed, less those removed on this visit. */
  const todayRead = useRecord(() => recentEpisodes(Date.now(), 1).then((episodes) => episodes.filter(isSlipToday)));
  const [removed, setRemoved] = useState<string[]>([]);
  const today = todayRead.status === 'loaded' ? todayRead.value.filter((e) => !removed.includes(e.id)) : [];
  const saving = useSave();
  /** What the note beside the buttons says for the latest action: noting the slip, or removing a note. */
  const [says, setSays] = useState<{ saved: string; failed: string }>({ saved: S.saved, failed: md.saveFailed });

  const save = async (event: Event) => {
    event.preventDefault();
    const at = when === 'now' ? Date.now() : new Date(earlier).getTime();
    if (!Number.isFinite(at) || at > Date.now()) {
      setProblem(S.whenProblem);
      document.getElementById('slip-when')?.focus();
      return;
    }
    setProblem('');
    setSays({ saved: S.saved, failed: md.saveFailed });
    await saving.save(async () => setSaved(await recordSlip(at)));
  };

  const remove = async (slip: Episode) => {
    setSays({ saved: S.undone, failed: S.removeFailed });
    if (!(await saving.save(() => removeSlip(slip)))) return;
    if (saved?.id === slip.id) setSaved(null);
    setRemoved((gone) => [...gone, slip.id]);
  };

  const earlierToday = today.filter((e) => e.id !== saved?.id);

  return (
    <Screen title={S.title}>
      <p class="lead">{S.compassion}</p>
      <p>
        <button type="button" class="button button-help" onClick={() => openHelpNow('hurt')}>
          {S.medical}
        </button>
      </p>
      <p>{S.kind}</p>
      {!saved && (
        <form class="panel" noValidate aria-labelledby="slip-note-title" onSubmit={(e) => void save(e)}>
          <h2 id="slip-note-title">{S.noteTitle}</h2>
          <p>{S.noteIntro}</p>
          <fieldset class="field">
            <legend>{S.when}</legend>
            <label class="choice">
              <input type="radio" name="slip-when" checked={when === 'now'} onChange={() => setWhen('now')} />
              {S.now}
            </label>
            <label class="choice">
              <input type="radio" name="slip-when" checked={when === 'earlier'} onChange={() => setWhen('earlier')} />
              {S.earlier}
            </label>
          </fieldset>
          {when === 'earlier' && (
            <Field id="slip-when" label={S.whenLabel} problem={problem}>
              {(control) => (
                <input
                  {...control}
                  type="datetime-local"
                  value={earlier}
                  max={localInputValue(Date.now())}
                  onInput={(e) => setEarlier(e.currentTarget.value)}
                />
              )}
            </Field>
          )}
          <button type="submit" class="button button-primary">
            {S.save}
          </button>
        </form>
      )}
      <SaveNote id="slip-saving" saving={saving} failed={says.failed} saved={says.saved} />
      {saved && (
        <>
          <p class="actions">
            <button type="button" class="button" onClick={() => void remove(saved)}>
              {S.undo}
            </button>
          </p>
          <p>{S.later}</p>
          <p>
            <Link class="button" href={paths.progress}>
              {S.progress}
            </Link>
          </p>
        </>
      )}
      {!saved && (
        <p>
          <Link href={paths.ride}>{S.backToRide}</Link>
        </p>
      )}
      {/* Only a failure is said here: this screen never shows "Just a moment…" for a list that may be empty. */}
      {todayRead.status === 'failed' && <Loaded record={todayRead}>{() => null}</Loaded>}
      {earlierToday.length > 0 && (
        <section aria-labelledby="slip-today-title">
          <h2 id="slip-today-title">{S.notedToday}</h2>
          <ul class="plan-items">
            {earlierToday.map((slip) => (
              <li key={slip.id}>
                {format(S.notedAt, { time: timeOf(slip) })}{' '}
                <button type="button" class="button button-quiet" aria-label={format(S.removeLabel, { time: timeOf(slip) })} onClick={() => void remove(slip)}>
                  {S.remove}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Screen>
  );
}
