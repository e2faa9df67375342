// The shown country's emergency number as call buttons, for places that show crisis help outside Help now
// (the plan's crisis step) where Ebb has no verified lines: never "call your local number" without one.
import { useEffect } from 'preact/hooks';
import { shownCountry } from '../state/settings-state.ts';
import { loadWorldHelp, worldHelp } from '../state/world-state.ts';
import { CallButtons } from './country-help.tsx';
import { emergencyFor } from './emergency-for.ts';

export function LocalEmergencyButtons() {
  useEffect(() => void loadWorldHelp(), []);
  const numbers = emergencyFor(shownCountry.value, worldHelp.value);
  return numbers.length > 0 ? (
    <p class="actions">
      <CallButtons numbers={numbers} />
    </p>
  ) : null;
}
