// Settings: language, country for Help now, theme, text size, reminders and gentle notes. Each change applies at once and is
// saved encrypted; whether it was kept is said beside the control that changed it.
import { useEffect, useState } from 'preact/hooks';
import { textSizes, themes, type CountryChoice, type Settings } from '@ebb/core';
import { ChoiceGroup } from '../components/choice-group.tsx';
import { describedByFailure, SaveNote } from '../components/save-note.tsx';
import { Screen } from '../components/screen.tsx';
import { Link } from '../components/link.tsx';
import { paths } from '../router.ts';
import { useSave, type SaveState } from '../components/use-save.ts';
import { format, m } from '../i18n/messages.ts';
import { mo } from '../i18n/screen-messages.ts';
import { ml } from '../i18n/loading-messages.ts';
import { CountryOptions, countryName } from '../help-now/country-choice.tsx';
import { guessedCountry, settings, updateSettings } from '../state/settings-state.ts';
import { loadWorldHelp } from '../state/world-state.ts';
import { isLanguage, languages } from '@ebb/content';
import { chooseLanguage } from '../i18n/language-choice.ts';
import { languageNames } from '../i18n/language-names.ts';
import { deviceLanguage } from '../i18n/language-hint.ts';

const AUTOMATIC = 'automatic';
const R = mo.reminders;

/** A setting's control saves through its own saver, so its note says how its own change went. */
function useSetting(): { saving: SaveState; change: (change: Partial<Settings>) => void } {
  const saving = useSave();
  return { saving, change: (change) => void saving.save(() => updateSettings(change)) };
}

function Note({ id, saving }: { id: string; saving: SaveState }) {
  return <SaveNote id={id} saving={saving} failed={ml.notKept} saved={mo.settings.saved} />;
}

function Reminders() {
  const reminders = settings.value.reminders;
  const [denied, setDenied] = useState(false);
  const checkIn = useSetting();
  const planReview = useSetting();
  const notify = useSetting();
  // Each change is made to the reminders as they are when it is made, never to a copy from an earlier render.
  const set = (setting: ReturnType<typeof useSetting>, change: Partial<Settings['reminders']>) =>
    setting.change({ reminders: { ...settings.value.reminders, ...change } });
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{R.title}</h2>
      <p class="hint">{R.intro}</p>
      <label class="choice">
        <input
          type="checkbox"
          checked={reminders.checkInAt !== null}
          aria-describedby={describedByFailure(checkIn.saving, 'reminder-saving')}
          onChange={(e) => set(checkIn, { checkInAt: e.currentTarget.checked ? '20:00' : null })}
        />
        {R.checkInOn}
      </label>
      {reminders.checkInAt !== null && (
        <div class="field">
          <label for="reminder-time">{R.checkInTime}</label>
          <input
            id="reminder-time"
            type="time"
            class="short-input"
            value={reminders.checkInAt}
            aria-describedby={describedByFailure(checkIn.saving, 'reminder-saving')}
            onChange={(e) => /^\d{2}:\d{2}$/.test(e.currentTarget.value) && set(checkIn, { checkInAt: e.currentTarget.value })}
          />
        </div>
      )}
      <Note id="reminder-saving" saving={checkIn.saving} />
      <ChoiceGroup
        legend={R.planReviewLegend}
        name="plan-review"
        options={[
          { value: 'off', label: R.planReviewOff },
          ...([14, 30, 90] as const).map((days) => ({ value: String(days), label: format(R.planReviewEvery, { days }) })),
        ]}
        value={reminders.planReviewEveryDays === null ? 'off' : String(reminders.planReviewEveryDays)}
        onChange={(value) => set(planReview, { planReviewEveryDays: value === 'off' ? null : (Number(value) as 14 | 30 | 90) })}
      >
        <Note id="plan-review-saving" saving={planReview.saving} />
      </ChoiceGroup>
      <label class="choice">
        <input
          type="checkbox"
          checked={reminders.notify}
          aria-describedby={describedByFailure(notify.saving, 'notify-saving')}
          onChange={(e) => {
            const wanted = e.currentTarget.checked;
            void notify.saving.save(async () => {
              if (wanted && typeof Notification !== 'undefined' && Notification.permission !== 'granted') {
                setDenied((await Notification.requestPermission()) !== 'granted');
              }
              await updateSettings({ reminders: { ...settings.value.reminders, notify: wanted } });
            });
          }}
        />
        {R.notify}
      </label>
      <Note id="notify-saving" saving={notify.saving} />
      {denied && <p class="hint">{R.notifyDenied}</p>}
    </section>
  );
}

/** Home's gentle note when things seem harder (on unless turned off). */
function GentleNotes() {
  const setting = useSetting();
  return (
    <section aria-labelledby="gentle-notes-title">
      <h2 id="gentle-notes-title">{mo.settings.gentleNotesTitle}</h2>
      <p class="hint" id="gentle-notes-hint">
        {mo.settings.gentleNotesHint}
      </p>
      <label class="choice">
        <input
          type="checkbox"
          checked={settings.value.gentleNotes}
          aria-describedby={`gentle-notes-hint ${describedByFailure(setting.saving, 'gentle-notes-saving') ?? ''}`.trim()}
          onChange={(e) => setting.change({ gentleNotes: e.currentTarget.checked })}
        />
        {mo.settings.gentleNotesOn}
      </label>
      <Note id="gentle-notes-saving" saving={setting.saving} />
    </section>
  );
}

/** The language: the device's, or one chosen; a change is saved, then the app opens in it at this screen. */
function LanguageField() {
  const saving = useSave();
  return (
    <div class="field">
      <label for="settings-language">{mo.settings.languageTitle}</label>
      <select
        id="settings-language"
        value={settings.value.language ?? AUTOMATIC}
        aria-describedby={describedByFailure(saving, 'language-saving')}
        onChange={(e) => {
          const value = e.currentTarget.value;
          const choice = isLanguage(value) ? value : null;
          void saving.save(() => chooseLanguage(choice));
        }}
      >
        <option value={AUTOMATIC}>{format(mo.settings.languageAutomatic, { language: languageNames[deviceLanguage()] })}</option>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
      <Note id="language-saving" saving={saving} />
    </div>
  );
}

export function SettingsScreen() {
  const country = useSetting();
  const theme = useSetting();
  const textSize = useSetting();
  const guess = guessedCountry.value;
  const current = settings.value;
  // Every region, by name, and the guess (already loaded at idle in most cases).
  useEffect(() => void loadWorldHelp(), []);

  return (
    <Screen title={mo.settings.title}>
      <LanguageField />
      <div class="field">
        <label for="settings-country">{mo.settings.countryTitle}</label>
        <select
          id="settings-country"
          value={current.country ?? AUTOMATIC}
          aria-describedby={describedByFailure(country.saving, 'country-saving')}
          onChange={(e) => {
            const value = e.currentTarget.value;
            country.change({ country: value === AUTOMATIC ? null : (value as CountryChoice) });
          }}
        >
          <option value={AUTOMATIC}>{guess ? format(mo.settings.countryAutomatic, { guess: countryName(guess) }) : mo.settings.countryAutomaticUnknown}</option>
          <CountryOptions current={current.country} />
        </select>
        <Note id="country-saving" saving={country.saving} />
      </div>

      <ChoiceGroup
        legend={mo.settings.themeTitle}
        name="theme"
        options={themes.map((choice) => ({ value: choice, label: mo.settings.themes[choice] }))}
        value={current.theme}
        onChange={(choice) => theme.change({ theme: choice })}
      >
        <Note id="theme-saving" saving={theme.saving} />
      </ChoiceGroup>
      <ChoiceGroup
        legend={mo.settings.textSizeTitle}
        name="text-size"
        options={textSizes.map((choice) => ({ value: choice, label: mo.settings.textSizes[choice] }))}
        value={current.textSize}
        onChange={(choice) => textSize.change({ textSize: choice })}
      >
        <Note id="text-size-saving" saving={textSize.saving} />
      </ChoiceGroup>

      <Reminders />
      <GentleNotes />

      <section aria-labelledby="devices-title">
        <h2 id="devices-title">{mo.settings.devicesTitle}</h2>
        <p>{mo.settings.devicesHint}</p>
        <p>
          <Link href={paths.devices}>{mo.settings.devicesLink}</Link>
        </p>
      </section>

      <h2>{mo.settings.quickExitTitle}</h2>
      <p>{m.quickExit.hint}</p>
    </Screen>
  );
}
