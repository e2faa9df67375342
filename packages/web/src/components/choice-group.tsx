// A labelled group of radio buttons: one choice from a few, each a large target with its own label.
import type { ComponentChildren } from 'preact';

interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
  /** Shown under the choices, inside the group: how saving the choice went (save-note.tsx). */
  children?: ComponentChildren;
}

export function ChoiceGroup<T extends string>({ legend, name, options, value, onChange, children }: ChoiceGroupProps<T>) {
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} class="choice">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
