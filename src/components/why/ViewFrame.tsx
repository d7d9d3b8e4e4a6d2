/**
 * The frame of every "See why" view: a title and what its numbers are (with
 * units), PNG and CSV downloads, the chart or table, a table for screen readers
 * where the drawing is a canvas, and one sentence of what to notice.
 */
import type { ReactNode } from 'react';
import { useWhyT } from './useWhyT';
import { downloadText } from '../download';
import { downloadPng, type PngPage } from './canvas/exportPng';
import { ExportPair } from './ExportPair';

interface Props {
  /** e.g. `item-map`: the section's test id; `.png`, `.csv`, `.notice` are appended for its parts. */
  testId: string;
  title: string;
  unit: string;
  notice: string;
  /** The PNG page (chart drawing and sizes, and a title of its own where the view's needs more); built only when asked for. */
  png: () => Omit<PngPage, 'title' | 'unit' | 'notice' | 'noticeLabel'> & { title?: string };
  /** The view's numbers as CSV; built only when asked for. */
  csv: () => string;
  /** File name without extension, e.g. `objective-lab-video-watch-time-seed1-item-map`. */
  fileStem: string;
  /** Controls above the chart (policy choice, user picker, slider). */
  controls?: ReactNode;
  /** Visually hidden tables with every number of a canvas drawing. */
  srTable?: ReactNode;
  data?: Record<string, string | number>;
  children: ReactNode;
}

export function ViewFrame({ testId, title, unit, notice, png, csv, fileStem, controls, srTable, data, children }: Props) {
  const t = useWhyT();
  const attrs = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return (
    <section className="why-view" data-testid={testId} aria-labelledby={`${testId}-title`} {...attrs}>
      <header className="why-view__header">
        <div className="why-view__heading">
          <h3 id={`${testId}-title`} className="why-view__title">
            {title}
          </h3>
          <p className="why-view__unit">{unit}</p>
        </div>
        <ExportPair
          testId={testId}
          title={title}
          onPng={() => downloadPng({ title, unit, notice, noticeLabel: t('notice'), ...png() }, `${fileStem}.png`)}
          onCsv={() => downloadText(csv(), `${fileStem}.csv`, 'text/csv')}
        />
      </header>
      {controls ? <div className="why-view__controls">{controls}</div> : null}
      <div className="why-view__body">{children}</div>
      {srTable}
      <p className="notice why-view__notice" data-testid={`${testId}.notice`}>
        <strong className="notice__label">{t('notice')}</strong>
        <span className="notice__text">{notice}</span>
      </p>
    </section>
  );
}
