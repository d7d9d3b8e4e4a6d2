/**
 * Round axis ticks (steps of 1, 2 or 5 × 10^k) around the data, so a projector
 * shows "0.25 0.30 0.35" rather than recharts' automatic "0.210 0.315 0.420".
 */

/** A step of 1, 2 or 5 × 10^k close to `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * power;
}

/**
 * @param values the numbers to show (non-finite ones are ignored)
 * @param targetTicks about how many ticks to draw (≥ 2)
 * @param clamp optional hard limits of the axis, e.g. [0, 1] for a share
 */
export function niceAxis(
  values: number[],
  targetTicks = 4,
  clamp?: [number, number],
): { domain: [number, number]; ticks: number[]; /** Digits after the point every tick needs, so all read alike ("5", "10", not "5.0", "10"). */ tickDecimals: number } {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  if (hi - lo < 1e-9) {
    const pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep((hi - lo) / Math.max(1, targetTicks - 1));
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  if (clamp) {
    lo = Math.max(clamp[0], lo);
    hi = Math.min(clamp[1], hi);
  }
  const ticks: number[] = [];
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let t = lo; t <= hi + step * 1e-6; t += step) ticks.push(Number(t.toFixed(decimals)));
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks, tickDecimals: Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) };
}
