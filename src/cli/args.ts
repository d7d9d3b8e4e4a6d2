/** Command-line arguments of `npm run simulate`, parsed without a dependency. */
import type { BackendName } from '../models/types';

export interface SimulateArgs {
  scenarioPath: string;
  seed?: number;
  backend: Extract<BackendName, 'wasm' | 'cpu'>;
  outPath?: string;
  quiet: boolean;
}

export const USAGE = 'usage: npm run simulate -- <scenario.json> [--seed N] [--backend wasm|cpu] [--out report.json] [--quiet]';

/** Parses argv (without node and the script); returns problems instead of throwing. */
export function parseArgs(argv: string[]): { ok: true; args: SimulateArgs } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const args: SimulateArgs = { scenarioPath: '', backend: 'wasm', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      // The next option is not this one's value: `--seed --quiet` lacks a seed.
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        problems.push(`${a}: needs a value`);
        return undefined;
      }
      i++;
      return next;
    };
    if (a === '--seed') {
      const v = value();
      if (v === undefined) continue;
      const n = Number(v);
      if (!/^\d+$/.test(v) || n > 2 ** 31 - 1) problems.push(`--seed: must be a whole number from 0 to 2147483647 (got ${JSON.stringify(v)})`);
      else args.seed = n;
    } else if (a === '--backend') {
      const v = value();
      if (v === undefined) continue;
      if (v !== 'wasm' && v !== 'cpu') problems.push(`--backend: must be wasm or cpu (got ${JSON.stringify(v)})`);
      else args.backend = v;
    } else if (a === '--out') args.outPath = value();
    else if (a === '--quiet') args.quiet = true;
    else if (a.startsWith('--')) problems.push(`${a}: unknown option`);
    else if (!args.scenarioPath) args.scenarioPath = a;
    else problems.push(`${a}: only one scenario file may be given`);
  }
  if (!args.scenarioPath) problems.push('scenario: missing (give the path of a scenario JSON file)');
  return problems.length ? { ok: false, problems } : { ok: true, args };
}
