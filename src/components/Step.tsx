/**
 * The frame of one lesson step (number, title, one line of why) and the
 * "what to notice" sentence used under every chart and card.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface StepProps {
  /** 1, 2 or 3. */
  number: number;
  title: string;
  /** One plain sentence: what this step does and why. */
  lead: string;
  /** Buttons shown beside the title. */
  actions?: ReactNode;
  /** Greys the step out while an earlier step is not done. */
  waiting?: boolean;
  testId: string;
  children?: ReactNode;
}

export function Step({ number, title, lead, actions, waiting, testId, children }: StepProps) {
  const { t } = useTranslation();
  return (
    <section className={`step${waiting ? ' step--waiting' : ''}`} data-testid={testId} aria-labelledby={`${testId}-title`}>
      <header className="step__header">
        <div className="step__number" aria-hidden="true">
          {number}
        </div>
        <div className="step__heading">
          <h2 id={`${testId}-title`}>
            <span className="visually-hidden">{t('step.hiddenNumber', { number })}</span>
            {title}
          </h2>
          <p className="step__lead">{lead}</p>
        </div>
        {actions ? <div className="step__actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}

interface NoticeProps {
  children: ReactNode;
  testId?: string;
}

/** One sentence saying what to look at; computed from the numbers where there are any. */
export function Notice({ children, testId }: NoticeProps) {
  const { t } = useTranslation();
  if (!children) return null;
  return (
    <p className="notice" data-testid={testId}>
      <strong className="notice__label">{t('step.notice')}</strong>
      <span className="notice__text">{children}</span>
    </p>
  );
}

/** Says that the numbers below belong to an earlier scenario. */
export function StaleNote({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <p className="stale-note" role="status" data-testid="results.stale">
      {t('step.stale')}
    </p>
  );
}
