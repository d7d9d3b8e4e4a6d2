/**
 * A bar's value as one line of SVG text, also for a bar of height 0 ("0 %"), which
 * recharts' own label skips. recharts' `<Text>` wraps at spaces when a label is wider
 * than its bar, which split "4.4 %" into "4.4" over "%"; a plain `<text>` never wraps.
 */

interface LabelProps {
  viewBox?: unknown;
  value?: unknown;
}

/**
 * @param format the value as shown, e.g. "4.4 %"
 * @param position 'right' of a horizontal bar or on 'top' of a vertical one
 * @param className CSS class of the text
 */
export function barLabel(format: (v: number) => string, position: 'right' | 'top', className = 'bar-label') {
  return function BarLabel(props: LabelProps) {
    const box = props.viewBox as { x: number; y: number; width: number; height: number } | undefined;
    const value = Number(props.value);
    if (!box || !Number.isFinite(value)) return null;
    const text = format(value);
    return position === 'right' ? (
      <text x={box.x + Math.max(0, box.width) + 6} y={box.y + box.height / 2} dominantBaseline="central" className={className} style={{ whiteSpace: 'nowrap' }}>
        {text}
      </text>
    ) : (
      <text x={box.x + box.width / 2} y={Math.min(box.y, box.y + box.height) - 6} textAnchor="middle" className={className} style={{ whiteSpace: 'nowrap' }}>
        {text}
      </text>
    );
  };
}
