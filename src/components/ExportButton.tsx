/**
 * Downloads the run's report (the same JSON `npm run simulate --out` writes), so a
 * workshop can keep its numbers or compare rooms later.
 */
import type { Report } from '../core/report/report';

export function ExportButton({ report }: { report: Report | null }) {
  const download = () => {
    if (!report) return;
    const blob = new Blob([JSON.stringify(report, null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `objective-lab-${report.scenario}-seed${report.seed}-${report.backend}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Revoked later: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" className="button" data-testid="compare.export" onClick={download} disabled={!report}>
      Export results (JSON)
    </button>
  );
}
