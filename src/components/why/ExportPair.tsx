/**
 * The PNG and CSV downloads of one view. The visible words start each button's
 * accessible name, and the hidden rest names the view (axe: label-content-name-mismatch).
 */
import { useWhyT } from './useWhyT';

interface Props {
  /** `.png` and `.csv` are appended for the two buttons. */
  testId: string;
  /** The view's title, read after the button's words by screen readers. */
  title: string;
  onPng: () => void;
  onCsv: () => void;
}

export function ExportPair({ testId, title, onPng, onCsv }: Props) {
  const t = useWhyT();
  return (
    <div className="why-view__exports">
      <button type="button" className="button button--small" data-testid={`${testId}.png`} onClick={onPng}>
        {t('export.png')}
        <span className="visually-hidden">: {title}</span>
      </button>
      <button type="button" className="button button--small" data-testid={`${testId}.csv`} onClick={onCsv}>
        {t('export.csv')}
        <span className="visually-hidden">: {title}</span>
      </button>
    </div>
  );
}
