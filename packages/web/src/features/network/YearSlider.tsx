/** A year chosen by a slider (arrow keys move it a year, Page Up/Down ten) or typed in the number field beside it. */
import { useEffect, useState } from 'react';

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
  // What is being typed, taken once it is a year in range.
  const [typed, setTyped] = useState(String(year));
  useEffect(() => setTyped(String(year)), [year]);
  const take = (text: string) => {
    setTyped(text);
    const n = Number(text);
    if (/^\d{4}$/.test(text) && n >= from && n <= to && n !== year) onChange(n);
  };
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
          value={typed}
          onChange={(e) => take(e.target.value)}
          onBlur={() => setTyped(String(year))}
          data-testid="network-year-number"
        />
      </label>
    </div>
  );
}
