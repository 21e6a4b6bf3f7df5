/** The map key: link colours by clause type, marker shapes by kind of place and of base use, and fills by side. */
import type { ReactNode } from 'react';
import { BASE_TRIANGLE, BASE_USES } from './BaseMarkers.tsx';

const LINKS = [
  ['defense', 'defence'],
  ['consultation', 'consultation'],
  ['access', 'access (basing)'],
] as const;

/** One row of the key: a symbol and what it stands for. */
function Entry({ symbol, children }: { symbol: ReactNode; children: string }) {
  return (
    <div>
      <dt>{symbol}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Legend({
  sides = false,
  bases = false,
  baseLinks = false,
}: {
  sides?: boolean;
  bases?: boolean;
  /** A key entry for the ringed base that brought a host into the cascade's war. */
  baseLinks?: boolean;
}) {
  return (
    <dl className="legend" aria-label="Map key">
      {LINKS.map(([type, label]) => (
        <Entry
          key={type}
          symbol={
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="28" y2="5" className={`link link-${type}`} />
            </svg>
          }
        >
          {label}
        </Entry>
      ))}
      <Entry
        symbol={
          <svg width="16" height="16" aria-hidden="true" className="place place-disputed">
            <path className="marker" d="M8,1.5L14.5,8L8,14.5L1.5,8Z" />
          </svg>
        }
      >
        disputed place
      </Entry>
      <Entry
        symbol={
          <svg width="16" height="16" aria-hidden="true" className="place place-territory">
            <circle className="marker" cx="8" cy="8" r="4.5" />
          </svg>
        }
      >
        territory
      </Entry>
      <Entry
        symbol={
          <svg width="16" height="16" aria-hidden="true" className="place place-sea">
            <circle className="marker marker-sea" cx="8" cy="8" r="4.5" />
          </svg>
        }
      >
        sea
      </Entry>
      {bases &&
        BASE_USES.map(([use, label]) => (
          <Entry
            key={use}
            symbol={
              <svg width="16" height="16" aria-hidden="true" className={`base base-${use}`}>
                <path className="base-marker" d={BASE_TRIANGLE} transform="translate(8,9)" />
              </svg>
            }
          >
            {`base: ${label}`}
          </Entry>
        ))}
      {baseLinks && (
        <Entry
          symbol={
            <svg
              width="20"
              height="20"
              aria-hidden="true"
              className="base base-exclusive base-linked"
            >
              <circle className="base-ring" cx="10" cy="10" r="8" />
              <path className="base-marker" d={BASE_TRIANGLE} transform="translate(10,11)" />
            </svg>
          }
        >
          base that brought its host in
        </Entry>
      )}
      {sides && (
        <>
          <Entry symbol={<span className="swatch swatch-attacker" />}>attacking side</Entry>
          <Entry symbol={<span className="swatch swatch-defender" />}>defending side</Entry>
        </>
      )}
    </dl>
  );
}
