/** The map key: link colours by clause type, marker shapes by kind of place, and fills by side. */

export function Legend({ sides = false }: { sides?: boolean }) {
  return (
    <dl className="legend" aria-label="Map key">
      <div>
        <dt>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" className="link link-defense" />
          </svg>
        </dt>
        <dd>defence</dd>
      </div>
      <div>
        <dt>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" className="link link-consultation" />
          </svg>
        </dt>
        <dd>consultation</dd>
      </div>
      <div>
        <dt>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" className="link link-access" />
          </svg>
        </dt>
        <dd>access (basing)</dd>
      </div>
      <div>
        <dt>
          <svg width="16" height="16" aria-hidden="true" className="place place-disputed">
            <path className="marker" d="M8,1.5L14.5,8L8,14.5L1.5,8Z" />
          </svg>
        </dt>
        <dd>disputed place</dd>
      </div>
      <div>
        <dt>
          <svg width="16" height="16" aria-hidden="true" className="place place-territory">
            <circle className="marker" cx="8" cy="8" r="4.5" />
          </svg>
        </dt>
        <dd>territory</dd>
      </div>
      <div>
        <dt>
          <svg width="16" height="16" aria-hidden="true" className="place place-sea">
            <circle className="marker marker-sea" cx="8" cy="8" r="4.5" />
          </svg>
        </dt>
        <dd>sea</dd>
      </div>
      {sides && (
        <>
          <div>
            <dt>
              <span className="swatch swatch-attacker" />
            </dt>
            <dd>attacking side</dd>
          </div>
          <div>
            <dt>
              <span className="swatch swatch-defender" />
            </dt>
            <dd>defending side</dd>
          </div>
        </>
      )}
    </dl>
  );
}
