// The emergency numbers of the person's country, for paper: its verified ones where Ebb has lines there,
// otherwise the one from the table of every region, which this loads on demand. Empty for "somewhere else".
import { useEffect } from 'preact/hooks';
import { emergencyFor, type OfferedNumber } from '../../help-now/emergency-for.ts';
import { shownCountry } from '../../state/settings-state.ts';
import { loadWorldHelp, worldHelp } from '../../state/world-state.ts';

/** `country`: another than the person's own (a shared card carries the country it was made for). */
export function useEmergencyNumbers(country?: string): readonly OfferedNumber[] {
  useEffect(() => void loadWorldHelp(), []);
  return emergencyFor(country ?? shownCountry.value, worldHelp.value);
}
