/**
 * `npm run simulate -- <scenario.json> [--seed N] [--backend wasm|cpu] [--out report.json]`
 * Runs the whole pipeline in Node with the same code as the browser, prints a
 * table and writes the report of DESIGN 5.2. A bad scenario exits with code 2
 * and one line per problem.
 */
import { accessSync, constants, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { noteEnglish, scenarioNotes } from '../core/scenario/consistency';
import { parseScenarioText } from '../core/scenario/parseScenario';
import { selectBackend } from '../models';
import { compareRun, generateRun, reportRun, trainRun } from '../pipeline/anyRun';
import { parseArgs, USAGE } from './args';
import { reportTable } from './table';

async function main(): Promise<number> {
  // tfjs prints a banner suggesting tfjs-node in Node; PROD silences it (we use wasm or cpu on purpose).
  tf.env().set('PROD', true);
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    for (const p of parsed.problems) console.error(p);
    console.error(USAGE);
    return 2;
  }
  const { args } = parsed;
  let text: string;
  try {
    text = readFileSync(args.scenarioPath, 'utf8');
  } catch (e) {
    console.error(`scenario: cannot read ${args.scenarioPath}: ${(e as Error).message}`);
    return 2;
  }
  const result = parseScenarioText(text);
  if (!result.ok) {
    for (const p of result.problems) console.error(p);
    return 2;
  }
  if (args.outPath) {
    // Say so now, not after minutes of training.
    const out = resolve(args.outPath);
    try {
      accessSync(existsSync(out) ? out : dirname(out), constants.W_OK);
    } catch (e) {
      const why = !existsSync(dirname(out)) ? `the folder ${dirname(args.outPath)} does not exist` : (e as NodeJS.ErrnoException).code === 'EACCES' ? 'no permission to write there' : (e as Error).message;
      console.error(`--out: cannot write ${args.outPath}: ${why}`);
      return 2;
    }
  }
  const scenario = args.seed === undefined ? result.scenario : { ...result.scenario, seed: args.seed };
  // Settings that run capped (an A/B test larger than the world) are said, not hidden.
  for (const note of scenarioNotes(scenario)) console.error(`note: ${noteEnglish(note)}`);
  const { backend, note } = await selectBackend(args.backend);
  if (note) console.error(note);

  const t0 = performance.now();
  const run = generateRun(scenario);
  const t1 = performance.now();
  const models = await trainRun(run, {
    onProgress: (p) => {
      // The epoch-end snapshot is the one that carries the held-out AUC: the CVR
      // model's separates buyers from other clickers, every other model's clicks.
      const aucOf = p.modelId === 'cvr' ? 'purchase AUC (clicked)' : 'click AUC';
      if (!args.quiet && p.testAuc !== undefined) console.error(`  ${p.modelId}: epoch ${p.epoch}/${p.epochs}, mean loss ${(p.epochMeanLoss ?? p.loss).toFixed(4)}, held-out ${aucOf} ${p.testAuc?.toFixed(3) ?? 'undefined'}, ${Math.round(p.examplesPerSec)} examples/s`);
    },
  });
  try {
    const t2 = performance.now();
    const replay = compareRun(run, models);
    const t3 = performance.now();
    const report = reportRun(run, backend, models, replay, { generateMs: t1 - t0, trainMs: t2 - t1, compareMs: t3 - t2 });
    console.log(reportTable(report));
    console.log(`\ngenerate ${(t1 - t0).toFixed(0)} ms · train ${(t2 - t1).toFixed(0)} ms · compare ${(t3 - t2).toFixed(0)} ms`);
    if (args.outPath) {
      writeFileSync(args.outPath, JSON.stringify(report, null, 2));
      console.log(`report written to ${args.outPath}`);
    }
  } finally {
    for (const m of models.values()) m.dispose();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`simulate failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
