/** A year chosen by a slider (arrow keys move it a year, Page Up/Down ten) or typed in the number field beside it. */
import { useTypedNumber } from './typed-number.ts';

export function YearSlider({
  year,
  from,
  to,
  onChange,
}: {
  year: number;
  from: number;
  to: number;
  onChange: (year: number) => void;
}) {
  const typed = useTypedNumber(
    year,
    (text, n) => /^\d{4}$/.test(text) && n >= from && n <= to,
    onChange,
  );
  return (
    <div className="year-slider">
      <label>
        Year ({from}–{to})
        <input
          type="range"
          min={from}
          max={to}
          step={1}
          value={year}
          onChange={(e) => onChange(Number(e.target.value))}
          data-testid="network-year"
        />
      </label>
      <label>
        Year, typed
        <input
          type="number"
          min={from}
          max={to}
          step={1}
          {...typed}
          data-testid="network-year-number"
        />
      </label>
    </div>
  );
}
