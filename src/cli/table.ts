/** The readable table `npm run simulate` prints, for either world. */
import type { Report, ReportPolicy } from '../core/report/report';
import { fixedWidthTable } from './fixedWidth';

const num = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits));
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(0)} %`);
const withCi = (x: number | undefined, c: [number, number] | undefined, digits = 1) => `${num(x, digits)} (${num(c?.[0], digits)}–${num(c?.[1], digits)})`;

type Column = [header: string, cell: (p: ReportPolicy) => string];

const VIDEO: Column[] = [
  ['clicks/1k', (p) => num(p.online.clicksPer1k)],
  ['watch min/1k', (p) => num(p.online.watchMinutesPer1k, 0)],
  ['ad min/1k (95% CI)', (p) => withCi(p.online.adMinutesPer1k, p.online.adMinutesPer1kCi)],
  ['of oracle', (p) => pct(p.online.shareOfOracle)],
  ['length shown', (p) => `${num(p.online.meanVideoMinutesShown)} min`],
  ['clickbait shown', (p) => pct(p.online.clickbaitShareShown)],
  ['AUC (click)', (p) => num(p.offline?.ctrAuc, 3)],
];

const SHOP: Column[] = [
  ['clicks/1k', (p) => num(p.online.clicksPer1k)],
  ['purchases/1k (95% CI)', (p) => withCi(p.online.purchasesPer1k, p.online.purchasesPer1kCi, 2)],
  ['GMV yuan/1k', (p) => num(p.online.gmvPer1k, 0)],
  ['of oracle', (p) => pct(p.online.shareOfOracle)],
  ['price shown', (p) => `${num(p.online.meanPriceShown, 0)} ¥`],
  ['AUC click', (p) => num(p.offline?.ctrAuc, 3)],
  ['AUC CVR clicked', (p) => num(p.offline?.cvrAuc, 3)],
  ['AUC CVR all', (p) => num(p.offline?.cvrAucEntireSpace, 3)],
  ['AUC CTCVR', (p) => num(p.offline?.ctcvrAuc, 3)],
];

/** Renders the report as fixed-width text lines. */
export function reportTable(r: Report): string {
  const d = r.data;
  const head = [
    `${r.scenario} · seed ${r.seed} · backend ${r.backend}${r.goal ? ` · goal ${r.goal}` : ''}`,
    r.world === 'video'
      ? `${d.users} users, ${d.items} videos, ${d.impressions} logged impressions, ${d.clicks} clicks, ${Math.round(d.watchMinutes)} minutes watched`
      : `${d.users} shoppers, ${d.items} products, ${d.impressions} logged impressions, ${d.clicks} clicks, ${d.purchases} purchases`,
    '',
  ];
  const columns: Column[] = [...(r.world === 'video' ? VIDEO : SHOP), ['train ex/s', (p) => (p.train ? Math.round(p.train.examplesPerSec).toString() : '—')]];
  const cols = ['policy', ...columns.map((c) => c[0])];
  const rows = Object.entries(r.policies).map(([id, p]) => [id, ...columns.map((c) => c[1](p))]);
  return [...head, fixedWidthTable(cols, rows), ...differenceLines(r)].join('\n');
}

const REFERENCES = new Set(['random', 'oracle']);

/**
 * The learned models' paired differences of the business metric: whether the A/B test
 * tells two apart is whether this interval excludes 0, not whether their own overlap.
 */
function differenceLines(r: Report): string[] {
  const metric = r.world === 'video' ? 'adMinutesPer1k' : r.goal === 'gmv' ? 'gmvPer1k' : 'purchasesPer1k';
  const ds = (r.differences ?? []).filter((d) => d.metric === metric && !REFERENCES.has(d.a) && !REFERENCES.has(d.b));
  if (!ds.length) return [];
  const digits = metric === 'purchasesPer1k' ? 2 : 1;
  const rows = ds.map((d) => [`${d.a} − ${d.b}`, `${num(d.difference, digits)} (${num(d.ci[0], digits)} to ${num(d.ci[1], digits)})`, d.ci[0] > 0 || d.ci[1] < 0 ? 'excludes 0' : 'includes 0']);
  const words = { adMinutesPer1k: 'ad minutes', gmvPer1k: 'GMV yuan', purchasesPer1k: 'purchases' }[metric];
  return ['', `paired differences of ${words} per 1,000 impressions (${metric}; same users for both; 95% CI):`, fixedWidthTable(['pair', 'difference (95% CI)', 'interval'], rows)];
}
