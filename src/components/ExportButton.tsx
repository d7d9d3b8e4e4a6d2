/**
 * Downloads the run's report, as the JSON `npm run simulate --out` writes or as
 * CSV for a spreadsheet, so a workshop can keep its numbers or compare rooms later.
 */
import { useTranslation } from 'react-i18next';
import type { Report } from '../core/report/report';
import { reportCsv } from '../core/report/reportCsv';
import { downloadText } from './download';

const fileStem = (report: Report) => `objective-lab-${report.scenario}-seed${report.seed}-${report.backend}`;

export function ExportButton({ report }: { report: Report | null }) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="compare.export"
        onClick={() => report && downloadText(JSON.stringify(report, null, 2) + '\n', `${fileStem(report)}.json`, 'application/json')}
        disabled={!report}
      >
        {t('compare.exportJson')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="compare.export-csv"
        onClick={() => report && downloadText(reportCsv(report), `${fileStem(report)}.csv`, 'text/csv')}
        disabled={!report}
      >
        {t('compare.exportCsv')}
      </button>
    </>
  );
}
