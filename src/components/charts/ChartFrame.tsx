/**
 * The frame every chart sits in: a title, what the axes measure (with units),
 * the chart, and its one-sentence "what to notice".
 */
import type { ReactNode } from 'react';
import { Notice } from '../Step';

interface Props {
  testId: string;
  title: string;
  /** What the numbers are, with their unit, e.g. "ad minutes per 1,000 impressions". */
  unit: string;
  notice?: string;
  /** Rendered when there is nothing to draw yet. */
  empty?: string;
  /** Extra attributes for tests, e.g. the number of points drawn. */
  data?: Record<string, string | number>;
  children?: ReactNode;
}

export function ChartFrame({ testId, title, unit, notice, empty, data, children }: Props) {
  const attrs = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return (
    <figure className="chart" data-testid={testId} {...attrs}>
      <figcaption className="chart__caption">
        <span className="chart__title">{title}</span>
        <span className="chart__unit">{unit}</span>
      </figcaption>
      {empty ? <div className="chart__empty">{empty}</div> : <div className="chart__body">{children}</div>}
      {notice ? <Notice testId={`${testId}.notice`}>{notice}</Notice> : null}
    </figure>
  );
}
