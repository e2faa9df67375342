// Settings: country for Help now, theme and text size. Each change applies at once and is saved encrypted.
import { useState } from 'preact/hooks';
import { textSizes, themes, type CountryChoice, type Settings } from '@ebb/core';
import { ChoiceGroup } from '../components/choice-group.tsx';
import { Screen } from '../components/screen.tsx';
import { format, m } from '../i18n/messages.ts';
import { CountryOptions, countryName } from '../help-now/country-choice.tsx';
import { guessedCountry, settings, updateSettings } from '../state/settings-state.ts';
import { describeStorageError } from '../storage/describe-storage-error.ts';

const AUTOMATIC = 'automatic';

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
          <CountryOptions />
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

      <h2>{m.settings.quickExitTitle}</h2>
      <p>{m.quickExit.hint}</p>

      <p role="status" class="status">
        {status}
      </p>
    </Screen>
  );
}
