/** The map's zoom buttons (+, −, reset) and its named views, all reachable by keyboard. */
import type { MapZoom } from './use-map-zoom.ts';
import { type View, ZOOM_PRESETS } from './zoom-presets.ts';

export function ZoomControls(props: {
  zoom: MapZoom;
  /** The view of each preset id, fitted to the map. */
  presets: ReadonlyMap<string, View>;
}) {
  const { zoom, presets } = props;
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map zoom and views">
      <button
        type="button"
        onClick={() => zoom.zoomBy(1.6)}
        aria-label="Zoom in"
        data-testid="zoom-in"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => zoom.zoomBy(1 / 1.6)}
        aria-label="Zoom out"
        data-testid="zoom-out"
      >
        −
      </button>
      <button
        type="button"
        onClick={() => zoom.show({ k: 1, x: 0, y: 0 })}
        title="Back to the whole Indo-Pacific frame"
        data-testid="zoom-reset"
      >
        Reset
      </button>
      {ZOOM_PRESETS.map((p) => (
        <button
          key={p.id}
          type="button"
          onClick={() => {
            const v = presets.get(p.id);
            if (v) zoom.show(v);
          }}
          data-testid={`zoom-preset-${p.id}`}
        >
          {p.label}
        </button>
      ))}
    </div>
  );
}
