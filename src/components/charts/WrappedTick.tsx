/**
 * A category-axis tick that breaks its label onto two lines when it would not fit
 * its band (five shop policies in a half-width chart), and stays on one line
 * where it fits, as the video charts always drew it.
 */

/** Rough width of a character of the 13 px axis font, px. */
const CHAR_PX = 7.2;

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** The axis's width, px (recharts passes it). */
  width?: number | string;
  visibleTicksCount?: number;
}

/** The label split at the space nearest its middle, or as it is when it has none. */
export function splitLabel(label: string): string[] {
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index ?? 0);
  if (!spaces.length) return [label];
  const mid = label.length / 2;
  const at = spaces.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  return [label.slice(0, at), label.slice(at + 1)];
}

export function WrappedTick({ x = 0, y = 0, payload, width = 0, visibleTicksCount = 1 }: TickProps) {
  const label = String(payload?.value ?? '');
  const band = Number(width) / Math.max(1, visibleTicksCount);
  const lines = label.length * CHAR_PX > band - 6 ? splitLabel(label) : [label];
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="middle" fontSize={13} className="recharts-text recharts-cartesian-axis-tick-value">
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? '0.71em' : '1.15em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
