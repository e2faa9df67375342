// A 0–10 (or 0–max) rating as large buttons: one tap answers, with no separate "next". Buttons (not radios), so
// moving along with the arrow keys never answers by accident.
interface RatingButtonsProps {
  id: string;
  question: string;
  hint: string;
  onPick: (value: number) => void;
  /** The value picked before, shown as pressed. */
  value?: number | null | undefined;
  /** The top of the scale: 10 unless said (the diary card's urge is 0–5). */
  max?: number;
}

export function RatingButtons({ id, question, hint, onPick, value, max = 10 }: RatingButtonsProps) {
  return (
    <div class="field" role="group" aria-labelledby={`${id}-question`} aria-describedby={`${id}-hint`}>
      <p id={`${id}-question`} class="rating-question">
        {question}
      </p>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <div class="scale">
        {Array.from({ length: max + 1 }, (_, n) => (
          <button key={n} type="button" class="scale-button" aria-pressed={value === n} onClick={() => onPick(n)}>
            {n}
          </button>
        ))}
      </div>
    </div>
  );
}
