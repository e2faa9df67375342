// The emergency numbers to offer for a country: its verified ones where Ebb has lines there, otherwise the one
// from the table of every region (once loaded). Empty for "somewhere else" or a region Ebb does not know.
import { type EmergencyNumber } from '@ebb/content';
import { crisisHelp } from '../i18n/crisis-help-content.ts';
import type { CountryChoice } from '@ebb/core';
import type { WorldHelp } from '../state/world-state.ts';

/** A number to offer, with the date it was last checked (what Help now says under it). */
export interface OfferedNumber extends EmergencyNumber {
  checkedOn: string;
}

export function emergencyFor(choice: CountryChoice, world: WorldHelp | null): readonly OfferedNumber[] {
  const verified = crisisHelp.find((c) => c.code === choice);
  if (verified) return verified.emergency.map((e) => ({ ...e, checkedOn: verified.checkedOn }));
  const number = world?.emergencyNumbers[choice];
  return world && number ? [{ number, display: number, checkedOn: world.emergencyNumberSource(choice).verifiedOn }] : [];
}
