// Country choices as shown in Help now and Settings.
import { crisisHelp } from '@ebb/content';
import { countryChoices, type CountryChoice } from '@ebb/core';
import { m } from '../i18n/messages.ts';

export const countryName = (choice: CountryChoice): string => crisisHelp.find((c) => c.code === choice)?.name ?? m.helpNow.countryElsewhere;

/** One <option> per country Ebb has verified lines for, then "Somewhere else". */
export function CountryOptions() {
  return (
    <>
      {countryChoices.map((choice) => (
        <option key={choice} value={choice}>
          {countryName(choice)}
        </option>
      ))}
    </>
  );
}
