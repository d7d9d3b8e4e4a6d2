/**
 * A small SVG line chart for the curves that change while training runs (loss per
 * step, AUC per epoch). recharts re-renders its whole tree on every snapshot, which
 * cost 50–270 ms of main thread per update on a 2-core laptop (measured with a
 * long-task observer, `npm run bench`); this draws one <path> per series and a few
 * ticks, so a progress update stays a few milliseconds.
 */
import { memo, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface LiveSeries {
  id: string;
  name: string;
  color: string;
  points: readonly { x: number; y: number }[];
  /** Draw a dot on every point (few points, e.g. one per epoch). */
  dots?: boolean;
}

export interface LiveAxis {
  domain: readonly [number, number];
  ticks: readonly number[];
  /** Digits after the point on the tick labels. */
  decimals: number;
  /** Axis title, e.g. "epochs". */
  label?: string;
}

interface Props {
  series: readonly LiveSeries[];
  x: LiveAxis;
  y: LiveAxis;
  /** Height in CSS pixels; the width follows the container. */
  height: number;
  /** Show a legend above the plot (several series on one axis). */
  legend?: boolean;
}

const MARGIN = { top: 10, right: 14, bottom: 34, left: 52 };

/** Width of the element, kept current with a ResizeObserver. */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || 320);
    const observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Linear map of `v` from `domain` onto [a, b]; a flat domain maps to the middle. */
function scale(v: number, domain: readonly [number, number], a: number, b: number): number {
  const span = domain[1] - domain[0];
  if (!(span > 0)) return (a + b) / 2;
  const t = (v - domain[0]) / span;
  return a + Math.min(1, Math.max(0, t)) * (b - a);
}

export const LiveLineChart = memo(function LiveLineChart({ series, x, y, height, legend }: Props) {
  const [ref, width] = useWidth();
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotH = Math.max(40, height - MARGIN.top - MARGIN.bottom);
  const sx = (v: number) => MARGIN.left + scale(v, x.domain, 0, plotW);
  const sy = (v: number) => MARGIN.top + scale(v, y.domain, plotH, 0);
  return (
    <div className="live-chart" ref={ref}>
      {legend ? (
        <ul className="live-chart__legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.id}>
              <span className="live-chart__swatch" style={{ background: s.color }} />
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      {/* The numbers are in the screen-reader table beside the chart; the drawing is decoration for them. */}
      <svg width={width} height={height} role="presentation" aria-hidden="true" focusable="false">
        {y.ticks.map((t) => (
          <g key={`y${t}`}>
            <line x1={MARGIN.left} x2={MARGIN.left + plotW} y1={sy(t)} y2={sy(t)} stroke="var(--grid)" strokeDasharray="3 3" />
            <text x={MARGIN.left - 6} y={sy(t)} dy="0.32em" textAnchor="end" className="live-chart__tick">
              {t.toFixed(y.decimals)}
            </text>
          </g>
        ))}
        {x.ticks.map((t) => (
          <g key={`x${t}`}>
            <line x1={sx(t)} x2={sx(t)} y1={MARGIN.top} y2={MARGIN.top + plotH} stroke="var(--grid)" strokeDasharray="3 3" />
            <text x={sx(t)} y={MARGIN.top + plotH + 14} textAnchor="middle" className="live-chart__tick">
              {t.toFixed(x.decimals)}
            </text>
          </g>
        ))}
        <line x1={MARGIN.left} x2={MARGIN.left + plotW} y1={MARGIN.top + plotH} y2={MARGIN.top + plotH} stroke="var(--ink-soft)" />
        <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={MARGIN.top + plotH} stroke="var(--ink-soft)" />
        {x.label ? (
          <text x={MARGIN.left + plotW / 2} y={height - 4} textAnchor="middle" className="live-chart__label">
            {x.label}
          </text>
        ) : null}
        {series.map((s) => {
          const finite = s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
          const d = finite.map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join('');
          return (
            <g key={s.id} data-series={s.id} data-points={finite.length}>
              <path d={d} fill="none" stroke={s.color} strokeWidth={2.5} strokeLinejoin="round" />
              {s.dots ? finite.map((p, i) => <circle key={i} cx={sx(p.x)} cy={sy(p.y)} r={4} fill="var(--card)" stroke={s.color} strokeWidth={2} />) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
});
