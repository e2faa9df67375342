// Settings: country for Help now, theme and text size. Each change applies at once and is saved encrypted.
import { useEffect, useState } from 'preact/hooks';
import { textSizes, themes, type CountryChoice, type Settings } from '@ebb/core';
import { ChoiceGroup } from '../components/choice-group.tsx';
import { Screen } from '../components/screen.tsx';
import { format, m } from '../i18n/messages.ts';
import { CountryOptions, countryName } from '../help-now/country-choice.tsx';
import { guessedCountry, settings, updateSettings } from '../state/settings-state.ts';
import { describeStorageError } from '../state/describe-storage-error.ts';
import { loadWorldHelp } from '../state/world-state.ts';

const AUTOMATIC = 'automatic';
const R = m.reminders;

function Reminders({ save }: { save: (change: Partial<Settings>) => void }) {
  const reminders = settings.value.reminders;
  const [denied, setDenied] = useState(false);
  const set = (change: Partial<Settings['reminders']>) => save({ reminders: { ...reminders, ...change } });
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{R.title}</h2>
      <p class="hint">{R.intro}</p>
      <label class="choice">
        <input type="checkbox" checked={reminders.checkInAt !== null} onChange={(e) => set({ checkInAt: e.currentTarget.checked ? '20:00' : null })} />
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
            onChange={(e) => /^\d{2}:\d{2}$/.test(e.currentTarget.value) && set({ checkInAt: e.currentTarget.value })}
          />
        </div>
      )}
      <ChoiceGroup
        legend={R.planReviewLegend}
        name="plan-review"
        options={[
          { value: 'off', label: R.planReviewOff },
          ...([14, 30, 90] as const).map((days) => ({ value: String(days), label: format(R.planReviewEvery, { days }) })),
        ]}
        value={reminders.planReviewEveryDays === null ? 'off' : String(reminders.planReviewEveryDays)}
        onChange={(value) => set({ planReviewEveryDays: value === 'off' ? null : (Number(value) as 14 | 30 | 90) })}
      />
      <label class="choice">
        <input
          type="checkbox"
          checked={reminders.notify}
          onChange={async (e) => {
            const wanted = e.currentTarget.checked;
            if (wanted && typeof Notification !== 'undefined' && Notification.permission !== 'granted') {
              const answer = await Notification.requestPermission();
              setDenied(answer !== 'granted');
            }
            set({ notify: wanted });
          }}
        />
        {R.notify}
      </label>
      {denied && <p class="hint">{R.notifyDenied}</p>}
    </section>
  );
}

export function SettingsScreen() {
  const [status, setStatus] = useState('');
  const save = (change: Partial<Settings>) => {
    setStatus('');
    updateSettings(change).then(
      () => setStatus(m.settings.saved),
      (error: unknown) => setStatus(format(m.storage.saveFailed, { reason: describeStorageError(error) })),
    );
  };
  const guess = guessedCountry.value;
  const current = settings.value;
  // Every region, by name, and the guess (already loaded at idle in most cases).
  useEffect(() => void loadWorldHelp(), []);

  return (
    <Screen title={m.settings.title}>
      <div class="field">
        <label for="settings-country">{m.settings.countryTitle}</label>
        <select
          id="settings-country"
          value={current.country ?? AUTOMATIC}
          onChange={(e) => {
            const value = e.currentTarget.value;
            save({ country: value === AUTOMATIC ? null : (value as CountryChoice) });
          }}
        >
          <option value={AUTOMATIC}>
            {guess ? format(m.settings.countryAutomatic, { guess: countryName(guess) }) : m.settings.countryAutomaticUnknown}
          </option>
          <CountryOptions current={current.country} />
        </select>
      </div>

      <ChoiceGroup
        legend={m.settings.themeTitle}
        name="theme"
        options={themes.map((theme) => ({ value: theme, label: m.settings.themes[theme] }))}
        value={current.theme}
        onChange={(theme) => save({ theme })}
      />
      <ChoiceGroup
        legend={m.settings.textSizeTitle}
        name="text-size"
        options={textSizes.map((textSize) => ({ value: textSize, label: m.settings.textSizes[textSize] }))}
        value={current.textSize}
        onChange={(textSize) => save({ textSize })}
      />

      <Reminders save={save} />

      <h2>{m.settings.quickExitTitle}</h2>
      <p>{m.quickExit.hint}</p>

      <p role="status" class="status">
        {status}
      </p>
    </Screen>
  );
}
