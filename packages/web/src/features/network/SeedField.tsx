/** The Louvain seed, typed: taken once it is a whole number the route accepts (`casus network --seed N`). */
import { useTypedNumber } from './typed-number.ts';
import { SEED_BOUNDS } from './words.ts';

export function SeedField({ seed, onChange }: { seed: number; onChange: (seed: number) => void }) {
  const typed = useTypedNumber(
    seed,
    (text, n) => /^\d{1,9}$/.test(text) && n <= SEED_BOUNDS.max,
    onChange,
  );
  return (
    <label className="seed-field">
      Louvain seed (a whole number ≥ 0)
      <input
        type="number"
        min={SEED_BOUNDS.min}
        max={SEED_BOUNDS.max}
        step={1}
        {...typed}
        data-testid="network-seed"
      />
    </label>
  );
}
