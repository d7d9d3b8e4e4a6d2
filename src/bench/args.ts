/** Command-line arguments of `npm run bench`, parsed without a dependency. */

export interface BenchArgs {
  /** Where to write the JSON report. */
  outPath?: string;
  /** Reuse `dist/` instead of running `vite build` first. */
  skipBuild: boolean;
  /** Also run the scaling table (50k / 200k / 1M impressions; several minutes). */
  scaling: boolean;
  /** Measure only the "See why" views (2,000 items), skipping the rest. */
  whyOnly: boolean;
}

export const BENCH_USAGE = 'usage: npm run bench -- [--out bench.json] [--skip-build] [--scaling] [--why-only]';

/** Parses argv (without node and the script); returns problems instead of throwing. */
export function parseBenchArgs(argv: readonly string[]): { ok: true; args: BenchArgs } | { ok: false; problems: string[] } {
  const args: BenchArgs = { skipBuild: false, scaling: false, whyOnly: false };
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) problems.push('--out: needs a file name');
      else args.outPath = v;
    } else if (a === '--skip-build') args.skipBuild = true;
    else if (a === '--scaling') args.scaling = true;
    else if (a === '--why-only') args.whyOnly = true;
    else problems.push(`${a}: unknown option`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, args };
}
