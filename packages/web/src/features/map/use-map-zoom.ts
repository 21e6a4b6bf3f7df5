/** Zoom and pan for the map's SVG with d3-zoom: drag to pan, Ctrl/⌘ + wheel or pinch to zoom, and buttons that call the same transforms. */
import { select } from 'd3-selection';
import { type ZoomBehavior, zoom, zoomIdentity } from 'd3-zoom';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { View } from './zoom-presets.ts';

/** How far out (the world) and in (a reef) the map goes. */
export const SCALE_EXTENT: [number, number] = [0.4, 24];

export interface MapZoom {
  view: View;
  /** Multiplies the scale about the map's centre. */
  zoomBy(factor: number): void;
  /** Shows exactly this view (a preset, or the initial one). */
  show(view: View): void;
}

/** Attaches d3-zoom to the SVG; the SVG's own wheel scroll stays the page's unless Ctrl or ⌘ is held. */
export function useMapZoom(svg: RefObject<SVGSVGElement | null>): MapZoom {
  const [view, setView] = useState<View>({ k: 1, x: 0, y: 0 });
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown>>(null);
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      .filter((e: Event) =>
        e.type === 'wheel'
          ? (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey
          : !(e as MouseEvent).button,
      )
      .on('zoom', (e: { transform: View }) => {
        const { k, x, y } = e.transform;
        setView({ k, x, y });
      });
    behaviour.current = z;
    select(el).call(z);
    return () => {
      select(el).on('.zoom', null);
    };
  }, [svg]);
  const zoomBy = useCallback(
    (factor: number) => {
      if (svg.current && behaviour.current) behaviour.current.scaleBy(select(svg.current), factor);
    },
    [svg],
  );
  const show = useCallback(
    (v: View) => {
      if (svg.current && behaviour.current)
        behaviour.current.transform(
          select(svg.current),
          zoomIdentity.translate(v.x, v.y).scale(v.k),
        );
    },
    [svg],
  );
  return { view, zoomBy, show };
}
