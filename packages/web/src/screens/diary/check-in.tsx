// The daily check-in, a diary card in under a minute: urge 0–5, thoughts of suicide 0–5 (when the person
// turned that row on), whether they self-harmed, emotions 0–5, skills used on the DBT 0–7 scale, self-care
// and a note. Today by default; any past day can be filled in or changed. Nothing is required. A worrying
// answer is met with support at once (check-in-response.tsx), and the look back after a slip never sits
// beside it. The note, typed and not yet saved, is kept as a draft (check-in:<day>) until saved or discarded.
import { useState } from 'preact/hooks';
import { cardNeedsSupport, CHECKIN_LIMITS, dayOf, emptyCheckIn, isDay, type CheckIn } from '@ebb/core';
import { DraftNotice } from '../../components/draft-notice.tsx';
import { Field } from '../../components/field.tsx';
import { Link } from '../../components/link.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { RatingButtons } from '../../components/rating-buttons.tsx';
import { SaveNote } from '../../components/save-note.tsx';
import { Screen } from '../../components/screen.tsx';
import { useRecord } from '../../components/use-record.ts';
import { useSave } from '../../components/use-save.ts';
import { useDraft } from '../../components/use-draft.ts';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { checkInPath, navigate, paths } from '../../router.ts';
import { diaryPrefs, loadCheckIns, loadDiaryPrefs, saveCheckIn } from '../../state/diary-state.ts';
import { allSkills, loadSkillPrefs } from '../../state/skills-state.ts';
import { CheckInResponse } from './check-in-response.tsx';
import { DiarySetup } from './diary-setup.tsx';
import { ReflectionOffer } from './reflection-offer.tsx';
import { YesNo } from './yes-no.tsx';
import { locale } from '../../i18n/language.ts';

const C = md.checkIn;
export const longDate = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long' });

/** The stored card for `day` (null if none yet), with the diary's setup and the skills its rows name. */
async function loadDay(day: string): Promise<CheckIn | null> {
  const [found] = await Promise.all([loadCheckIns(day, day), loadDiaryPrefs(), loadSkillPrefs()]);
  return found.get(day) ?? null;
}

export function CheckInScreen({ day: requested }: { day?: string }) {
  const today = dayOf(Date.now());
  const day = requested ?? today;
  if (!isDay(day) || day > today) {
    return (
      <Screen title={C.title}>
        <p>{C.future}</p>
        <p>
          <Link href={paths.checkIn}>{C.title}</Link>
        </p>
      </Screen>
    );
  }
  return <CheckInDay day={day} today={today} />;
}

/** One day's card, shown only once what is stored for that day has been read: never an empty card over a saved one. */
function CheckInDay({ day, today }: { day: string; today: string }) {
  const stored = useRecord(() => loadDay(day), [day]);
  return (
    <Screen title={day === today ? C.title : format(C.titleDay, { date: longDate(day) })}>
      <Loaded record={stored}>{(card) => <CheckInCard day={day} today={today} stored={card} />}</Loaded>
    </Screen>
  );
}

function CheckInCard({ day, today, stored }: { day: string; today: string; stored: CheckIn | null }) {
  const [card, setCard] = useState<CheckIn>(() => stored ?? emptyCheckIn(day, Date.now()));
  const [sleepText, setSleepText] = useState(stored?.selfCare.sleepHours == null ? '' : String(stored.selfCare.sleepHours));
  const [sleepProblem, setSleepProblem] = useState('');
  const saving = useSave();
  const [otherDay, setOtherDay] = useState('');
  const [otherProblem, setOtherProblem] = useState('');
  const [saves, setSaves] = useState(0);
  /** The note as last saved: a different one on screen is kept as the day's draft. */
  const [savedNote, setSavedNote] = useState(stored?.note ?? '');
  const draft = useDraft(`check-in:${day}`, card.note === savedNote ? null : { note: card.note }, {
    restore: ({ note = '' }) => setCard((shown) => ({ ...shown, note })),
    reset: () => setCard((shown) => ({ ...shown, note: savedNote })),
  });

  const prefs = diaryPrefs.value;
  const emotionValue = (name: string) => card.emotions.find((e) => e.name === name)?.value ?? null;
  const setEmotion = (name: string, value: number) => setCard({ ...card, emotions: [...card.emotions.filter((e) => e.name !== name), { name, value }] });
  const setCare = <K extends keyof CheckIn['selfCare']>(key: K, value: CheckIn['selfCare'][K]) =>
    setCard({ ...card, selfCare: { ...card.selfCare, [key]: value } });
  const usable = allSkills.value.filter((s) => s.origin !== 'plan' && !card.skills.some((t) => t.skillId === s.id));
  const skillName = (id: string) => allSkills.value.find((s) => s.id === id)?.name ?? id;

  const save = async (event: Event) => {
    event.preventDefault();
    const hours = sleepText.trim() === '' ? null : Number(sleepText.replace(',', '.'));
    if (hours !== null && (!Number.isFinite(hours) || hours < 0 || hours > 24)) {
      setSleepProblem(C.sleepProblem);
      document.getElementById('sleep-hours')?.focus();
      return;
    }
    setSleepProblem('');
    const next = { ...card, day, note: card.note.trim(), selfCare: { ...card.selfCare, sleepHours: hours }, savedAt: Date.now() };
    if (await saving.save(() => saveCheckIn(next))) {
      // Answers changed while saving stay as they are; they are saved with the next Save.
      setCard((shown) => (shown === card ? next : shown));
      setSavedNote(next.note);
      void draft.saved();
      setSaves((count) => count + 1);
    }
  };

  return (
    <>
      <p>{C.intro}</p>
      {!cardNeedsSupport(card) && <ReflectionOffer refresh={saves} />}
      <form noValidate onSubmit={(e) => void save(e)}>
        <RatingButtons id="diary-urge" question={C.urge} hint={C.urgeHint} max={5} value={card.urge} onPick={(urge) => setCard({ ...card, urge })} />
        {(prefs.trackSuicidalThoughts || card.suicidalThoughts !== null) && (
          <RatingButtons
            id="diary-thoughts"
            question={C.thoughts}
            hint={C.thoughtsHint}
            max={5}
            value={card.suicidalThoughts}
            onPick={(suicidalThoughts) => setCard({ ...card, suicidalThoughts })}
          />
        )}
        <YesNo id="diary-acted" legend={C.acted} value={card.acted} yes={C.actedYes} no={C.actedNo} onChange={(acted) => setCard({ ...card, acted })} />
        <CheckInResponse card={card} />

        <fieldset class="field">
          <legend>{C.emotions}</legend>
          <p class="hint">{C.emotionsHint}</p>
          {prefs.emotions.map((name) => (
            <div key={name} class="emotion-row" role="group" aria-label={format(C.emotionLabel, { name })}>
              <span class="emotion-name">{name}</span>
              <span class="emotion-scale">
                {[0, 1, 2, 3, 4, 5].map((n) => (
                  <button key={n} type="button" class="scale-button small-scale" aria-pressed={emotionValue(name) === n} onClick={() => setEmotion(name, n)}>
                    {n}
                  </button>
                ))}
              </span>
            </div>
          ))}
        </fieldset>

        <fieldset class="field">
          <legend>{C.skills}</legend>
          <p class="hint">{C.skillsHint}</p>
          {card.skills.map((used) => {
            const name = skillName(used.skillId);
            return (
              <div key={used.skillId} class="field">
                <label for={`skill-score-${used.skillId}`}>{format(C.skillScore, { name })}</label>
                <p class="actions">
                  <select
                    id={`skill-score-${used.skillId}`}
                    value={used.score}
                    onChange={(e) =>
                      setCard({ ...card, skills: card.skills.map((s) => (s.skillId === used.skillId ? { ...s, score: Number(e.currentTarget.value) } : s)) })
                    }
                  >
                    {C.scale.map((label, n) => (
                      <option key={n} value={n}>
                        {label}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    class="button button-quiet"
                    onClick={() => setCard({ ...card, skills: card.skills.filter((s) => s.skillId !== used.skillId) })}
                  >
                    {format(C.removeSkill, { name })}
                  </button>
                </p>
              </div>
            );
          })}
          {card.skills.length < CHECKIN_LIMITS.skills && (
            <div class="field">
              <label for="add-skill">{C.addSkill}</label>
              <select
                id="add-skill"
                value=""
                onChange={(e) => {
                  const skillId = e.currentTarget.value;
                  if (skillId) setCard({ ...card, skills: [...card.skills, { skillId, score: 5 }] });
                }}
              >
                <option value="">{C.chooseSkill}</option>
                {usable.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>

        <fieldset class="field">
          <legend>{C.selfCare}</legend>
          <Field id="sleep-hours" label={C.sleep} problem={sleepProblem}>
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="decimal"
                autocomplete="off"
                class="short-input"
                value={sleepText}
                onInput={(e) => setSleepText(e.currentTarget.value)}
              />
            )}
          </Field>
          <YesNo id="care-ate" legend={C.ate} value={card.selfCare.ateRegularly} yes={C.yes} no={C.no} onChange={(v) => setCare('ateRegularly', v)} />
          <YesNo id="care-moved" legend={C.moved} value={card.selfCare.moved} yes={C.yes} no={C.no} onChange={(v) => setCare('moved', v)} />
          <YesNo id="care-connected" legend={C.connected} value={card.selfCare.connected} yes={C.yes} no={C.no} onChange={(v) => setCare('connected', v)} />
          {prefs.trackMedication && (
            <YesNo
              id="care-medication"
              legend={C.medication}
              value={card.selfCare.medication}
              yes={C.yes}
              no={C.no}
              onChange={(v) => setCare('medication', v)}
            />
          )}
          {prefs.trackTherapy && (
            <YesNo id="care-therapy" legend={C.therapy} value={card.selfCare.therapy} yes={C.yes} no={C.no} onChange={(v) => setCare('therapy', v)} />
          )}
        </fieldset>

        <div class="field">
          <label for="diary-note">{C.note}</label>
          <textarea id="diary-note" maxLength={CHECKIN_LIMITS.note} value={card.note} onInput={(e) => setCard({ ...card, note: e.currentTarget.value })} />
        </div>
        <p class="actions">
          <button type="submit" class="button button-primary big">
            {C.save}
          </button>
        </p>
        <DraftNotice draft={draft} />
        <SaveNote id="check-in-saving" saving={saving} failed={md.saveFailed} saved={C.saved} />
      </form>

      <p class="actions">
        <Link class="button" href={paths.diaryWeek}>
          {C.week}
        </Link>
        <Link class="button" href={paths.progress}>
          {md.progress.title}
        </Link>
        <Link class="button button-quiet" href={paths.slip}>
          {md.slip.link}
        </Link>
      </p>
      <form
        class="panel"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!isDay(otherDay) || otherDay > today) {
            setOtherProblem(C.future);
            return;
          }
          setOtherProblem('');
          navigate(checkInPath(otherDay));
        }}
      >
        <h2>{C.otherDay}</h2>
        <div class="field">
          <label for="other-day">{C.otherDayLabel}</label>
          {otherProblem && (
            <p id="other-day-problem" class="problem">
              {otherProblem}
            </p>
          )}
          <input
            id="other-day"
            type="date"
            max={today}
            value={otherDay}
            aria-describedby={otherProblem ? 'other-day-problem' : undefined}
            onInput={(e) => setOtherDay(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button">
          {C.openDay}
        </button>
      </form>
      <DiarySetup />
    </>
  );
}
