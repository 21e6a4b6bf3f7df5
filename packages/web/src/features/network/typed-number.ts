/** A number field's typing: what is typed is kept, taken once it is acceptable, and put back to the value in use on leaving the field. */
import { type ChangeEvent, useEffect, useState } from 'react';

/**
 * The `value`, `onChange` and `onBlur` of a number input showing `value`: `onChange` is called
 * with a typed number once `accepts` its text, never while it is half typed.
 * @example <input type="number" {...useTypedNumber(year, (t) => /^\d{4}$/.test(t), setYear)} />
 */
export function useTypedNumber(
  value: number,
  accepts: (text: string, n: number) => boolean,
  onChange: (n: number) => void,
) {
  const [typed, setTyped] = useState(String(value));
  useEffect(() => setTyped(String(value)), [value]);
  return {
    value: typed,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const text = e.target.value;
      setTyped(text);
      const n = Number(text);
      if (accepts(text, n) && n !== value) onChange(n);
    },
    onBlur: () => setTyped(String(value)),
  };
}
