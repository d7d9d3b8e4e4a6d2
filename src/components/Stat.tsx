/**
 * A labelled number with its unit, the building block of every card: a label in
 * plain words, the value, and the unit spelled out. The raw value sits in
 * `data-value` so tests can read the number without parsing text.
 */
import type { ReactNode } from 'react';

interface StatProps {
  label: string;
  /** The formatted value, e.g. "3.1 %". */
  value: string;
  /** The unit in words, e.g. "minutes per click". Omit when the value carries it (a %). */
  unit?: string;
  /** The raw number, for `data-value`. */
  raw?: number | null;
  /** Metric key, for `data-metric`. */
  metric: string;
  /** A short hint shown under the number. */
  hint?: ReactNode;
  /** Draws attention to the stats the lesson builds on. */
  emphasis?: boolean;
}

export function Stat({ label, value, unit, raw, metric, hint, emphasis }: StatProps) {
  return (
    <div className={`stat${emphasis ? ' stat--emphasis' : ''}`} data-metric={metric} data-value={raw ?? ''}>
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">
        <span className="stat__number">{value}</span>
        {unit ? <span className="stat__unit"> {unit}</span> : null}
        {hint ? <span className="stat__hint">{hint}</span> : null}
      </dd>
    </div>
  );
}

/** A responsive grid of stats. */
export function StatGrid({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <dl className="stat-grid" data-testid={testId}>
      {children}
    </dl>
  );
}
