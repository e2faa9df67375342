// Help for every region, loaded on its own (when Help now or Settings opens, or when the browser is idle) so the
// first screen stays small: every region's emergency number and the time zone → country guess.
export { emergencyNumbers, emergencyNumberSource } from '@ebb/content/emergency-numbers';
export { guessCountry } from '@ebb/core/country';
