// The emergency numbers of the person's country, for paper: its verified ones where Ebb has lines there,
// otherwise the one from the table of every region, which this loads on demand. Empty for "somewhere else".
import { useEffect } from 'preact/hooks';
import { emergencyFor, type OfferedNumber } from '../../help-now/emergency-for.ts';
import { shownCountry } from '../../state/settings-state.ts';
import { loadWorldHelp, worldHelp } from '../../state/world-state.ts';

export function useEmergencyNumbers(): readonly OfferedNumber[] {
  useEffect(() => void loadWorldHelp(), []);
  return emergencyFor(shownCountry.value, worldHelp.value);
}
