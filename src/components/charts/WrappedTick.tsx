/**
 * A category-axis tick that breaks its label onto two lines when it would not fit
 * its band (five shop policies in a half-width chart), and stays on one line
 * where it fits, as the video charts always drew it. Chinese labels count two
 * character widths per character and break between characters.
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

/** Wide (CJK) characters, which take about two Latin characters' width. */
const WIDE = /[\u2e80-\uffef]/;

/**
 * The word a Chinese ranking's name ends with ("按点击排序"): the name breaks before
 * it. The names carry no invisible break marks, which copied text would carry along.
 */
const ZH_RANKING = '排序';

/** About how many Latin characters wide a label is: a Chinese character counts two. */
export function labelWidth(label: string): number {
  return [...label].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
}

/**
 * The label split at the space nearest its middle; a Chinese ranking's name before
 * its final "排序"; another Chinese label between two Chinese characters nearest its
 * middle (never inside a Latin word); as it is when it has no such place.
 */
export function splitLabel(label: string): string[] {
  if (!label.includes(' ') && label.length > ZH_RANKING.length + 1 && label.endsWith(ZH_RANKING) && WIDE.test(label.at(-ZH_RANKING.length - 1) ?? '')) {
    return [label.slice(0, -ZH_RANKING.length), ZH_RANKING];
  }
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index ?? 0);
  if (spaces.length) {
    const mid = label.length / 2;
    const at = spaces.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
    return [label.slice(0, at), label.slice(at + 1)];
  }
  const half = labelWidth(label) / 2;
  let best = -1;
  let width = 0;
  for (let i = 1; i < label.length; i++) {
    width += WIDE.test(label[i - 1]) ? 2 : 1;
    const breakable = WIDE.test(label[i - 1]) || WIDE.test(label[i]);
    if (breakable && (best < 0 || Math.abs(width - half) < Math.abs(labelWidth(label.slice(0, best)) - half))) best = i;
  }
  return best > 0 ? [label.slice(0, best), label.slice(best)] : [label];
}

export function WrappedTick({ x = 0, y = 0, payload, width = 0, visibleTicksCount = 1 }: TickProps) {
  const label = String(payload?.value ?? '');
  const band = Number(width) / Math.max(1, visibleTicksCount);
  const lines = labelWidth(label) * CHAR_PX > band - 6 ? splitLabel(label) : [label];
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
