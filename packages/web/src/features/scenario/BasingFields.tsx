/** The basing assumptions: whether used bases are struck, how far bases fight from, and each host's answer. */
import type { Basing } from '@casus/core';
import { useState } from 'react';
import { useWorkbench } from '../common/catalog-context.tsx';
import { SelectField } from '../common/SelectField.tsx';
import type { Draft } from './draft.ts';

const STRIKES = [
  { value: 'struck', label: 'struck by the other side' },
  { value: 'spared', label: 'spared' },
];
const ANSWERS = [
  { value: '', label: 'not assumed' },
  { value: 'consents', label: 'consents to combat operations' },
  { value: 'refuses', label: 'refuses combat operations' },
];
/** The engine's bounds on the range (core's Basing schema). */
const MAX_KM = 20000;

/** Why a typed range is refused, in words; undefined when it is a usable distance. */
export function rangeProblem(text: string): string | undefined {
  const km = Number(text);
  if (text.trim() === '' || !Number.isFinite(km)) return 'the range is a distance in km, e.g. 1000';
  if (km <= 0) return 'the range must be above 0 km';
  if (km > MAX_KM) return `the range is at most ${MAX_KM.toLocaleString('en')} km`;
  return undefined;
}

export function BasingFields({
  draft,
  hosts,
  onChange,
}: {
  draft: Draft;
  /** Hosts with bases in reach in the last cascade; hosts already answered are kept. */
  hosts: readonly string[];
  onChange: (basing: Basing) => void;
}) {
  const { name } = useWorkbench();
  const { basing } = draft;
  const [range, setRange] = useState(String(basing.rangeKm));
  const [shown, setShown] = useState(basing.rangeKm);
  // A scenario loaded with another range replaces what was typed.
  if (shown !== basing.rangeKm) {
    setShown(basing.rangeKm);
    setRange(String(basing.rangeKm));
  }
  const problem = rangeProblem(range);
  const answers: Readonly<Record<string, string>> = basing.consent;
  const all = [...new Set([...hosts, ...Object.keys(basing.consent)])];
  const answer = (host: string, value: string) => {
    const consent: Record<string, 'consents' | 'refuses'> = { ...basing.consent };
    if (value === 'consents' || value === 'refuses') consent[host] = value;
    else delete consent[host];
    onChange({ ...basing, consent: consent as Basing['consent'] });
  };
  return (
    <fieldset className="basing-fields" data-testid="basing-fields">
      <legend>Bases abroad</legend>
      <SelectField
        label="Bases used for combat are"
        value={basing.strikes}
        choices={STRIKES}
        onChange={(v) => onChange({ ...basing, strikes: v as Basing['strikes'] })}
        testId="basing-strikes"
      />
      <label>
        Bases fight within (km of the scene)
        <input
          type="number"
          min={1}
          max={MAX_KM}
          step={50}
          value={range}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'basing-range-problem' : undefined}
          onChange={(e) => {
            setRange(e.target.value);
            if (!rangeProblem(e.target.value)) {
              setShown(Number(e.target.value));
              onChange({ ...basing, rangeKm: Number(e.target.value) });
            }
          }}
          data-testid="basing-range"
        />
      </label>
      {problem && (
        <p className="field-problem" id="basing-range-problem" role="alert">
          {problem}; the cascade uses {basing.rangeKm.toLocaleString('en')} km
        </p>
      )}
      {all.length === 0 ? (
        <p className="muted">Run the cascade to see which hosts have bases in reach.</p>
      ) : (
        all.map((host) => (
          <SelectField
            key={host}
            label={`${name(host)} (host)`}
            value={answers[host] ?? ''}
            choices={ANSWERS}
            onChange={(v) => answer(host, v)}
            testId={`basing-consent-${host}`}
          />
        ))
      )}
    </fieldset>
  );
}
