// The feelings a person can name (content: feelings), as toggle chips to choose several, or as a filter.
// One place for both, so Ride it out, the journal, own skills and the filters always offer the same list.
import { feelings, type Feeling } from '@ebb/content';
import { ms } from '../i18n/skills-messages.ts';

interface FeelingChipsProps {
  legend: string;
  chosen: readonly Feeling[];
  onChange: (chosen: Feeling[]) => void;
}

export function FeelingChips({ legend, chosen, onChange }: FeelingChipsProps) {
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      <div class="feelings">
        {feelings.map((f) => (
          <button
            key={f}
            type="button"
            class="idea"
            aria-pressed={chosen.includes(f)}
            onClick={() => onChange(chosen.includes(f) ? chosen.filter((x) => x !== f) : [...chosen, f])}
          >
            {ms.feelings.names[f]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

interface FeelingFilterProps {
  id: string;
  label: string;
  anyLabel: string;
  value: Feeling | '';
  onChange: (value: Feeling | '') => void;
}

export function FeelingFilter({ id, label, anyLabel, value, onChange }: FeelingFilterProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Feeling | '')}>
        <option value="">{anyLabel}</option>
        {feelings.map((f) => (
          <option key={f} value={f}>
            {ms.feelings.names[f]}
          </option>
        ))}
      </select>
    </div>
  );
}
