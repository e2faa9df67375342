// A yes/no question that can also be left unanswered: two large toggle buttons; tapping the chosen one again
// clears it.
interface YesNoProps {
  id: string;
  legend: string;
  value: boolean | null;
  yes: string;
  no: string;
  onChange: (value: boolean | null) => void;
}

export function YesNo({ id, legend, value, yes, no, onChange }: YesNoProps) {
  return (
    <div class="field yes-no" role="group" aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} class="yes-no-legend">
        {legend}
      </p>
      <p class="actions">
        <button type="button" class="scale-button yes-no-button" aria-pressed={value === true} onClick={() => onChange(value === true ? null : true)}>
          {yes}
        </button>
        <button type="button" class="scale-button yes-no-button" aria-pressed={value === false} onClick={() => onChange(value === false ? null : false)}>
          {no}
        </button>
      </p>
    </div>
  );
}
