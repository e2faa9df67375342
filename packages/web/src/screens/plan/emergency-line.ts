// The emergency number as a line of the card or the printed plan: with its country's name where the reader
// may be somewhere else (a shared support card), since 112 in one country is not the number in another.
import { countryName } from '../../help-now/country-choice.tsx';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';

export function emergencyLine(country: string, numbers: readonly { display: string }[], inCountry: boolean): string {
  const joined = numbers.map((n) => n.display).join(' / ');
  return inCountry ? format(mp.print.emergencyIn, { country: countryName(country), numbers: joined }) : format(mp.print.emergency, { numbers: joined });
}
