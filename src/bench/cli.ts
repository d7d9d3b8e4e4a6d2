/**
 * `npm run bench -- [--out bench.json] [--skip-build] [--scaling]`
 * Builds the app, serves it with `vite preview` on a free port, measures training,
 * whole runs and memory in headless Chromium and the core in Node, prints tables and
 * writes the JSON of `types.ts`. Not part of `npm test`: its numbers depend on the
 * machine, so they are reported, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as tf from '@tensorflow/tfjs';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../../e2e/chromium';
import { estimateRunBytes } from '../core/scale/estimateRunBytes';
import { loadBundledScenario } from '../core/testing/bundledScenarios';
import type { BackendName, ModelId } from '../models/types';
import { parseBenchArgs, BENCH_USAGE } from './args';
import { autoAgreement } from './autoAgreement';
import { BenchPage } from './browser/benchPage';
import { endToEnd } from './browser/endToEnd';
import { whyViews } from './browser/whyViews';
import { startPreview } from './browser/previewServer';
import { coreSpeed } from './node/coreSpeed';
import { nodeScaling } from './node/scaling';
import type { TrainingRow } from './page/protocol';
import { SCALE_SIZES, scaledScenario } from './scaleScenario';
import { scalingTable, benchTables, whyViewsTable } from './table';
import { checkTargets } from './targets';
import type { BenchReport, EndToEndRow, ScalingRow, WhyViewsRow } from './types';

/** Rows of benchmark data per backend: about two seconds of training each on a 2-core machine. */
const TRAIN_ROWS: Record<BackendName, number> = { webgl: 8 * 1024, wasm: 100 * 1024, cpu: 30 * 1024 };
const MODELS: ModelId[] = ['ctr', 'watchTime', 'cvr', 'esmm'];
const SCENARIO_MODELS: Record<string, ModelId[]> = { 'video-watch-time': ['ctr', 'watchTime'], 'shop-conversion': ['ctr', 'cvr', 'esmm'] };

const log = (line: string) => console.error(line);

async function main(): Promise<number> {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if (!parsed.ok) {
    for (const p of parsed.problems) console.error(p);
    console.error(BENCH_USAGE);
    return 2;
  }
  const { args } = parsed;
  const started = performance.now();
  tf.env().set('PROD', true);

  if (!args.skipBuild) {
    log('building the app (vite build)…');
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }

  const video = loadBundledScenario('video-watch-time', 'video');
  const shop = loadBundledScenario('shop-conversion', 'shop');
  if (args.whyOnly) return whyOnly([video.id, shop.id], args.outPath);
  log('core speed in Node…');
  const v = coreSpeed(video);
  const s = coreSpeed(shop);
  const core = {
    worldGenerationImpressionsPerSec: { [video.id]: v.impressionsPerSec, [shop.id]: s.impressionsPerSec },
    replayUsersPerSec: { [video.id]: v.replayUsersPerSec, [shop.id]: s.replayUsersPerSec },
  };

  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...CHROMIUM_ARGS] });
  let scaling: ScalingRow[] | undefined;
  try {
    const bench = await BenchPage.open(browser, server.url);
    const renderer = await bench.webglRenderer();
    const training: TrainingRow[] = [];
    let maxTextureSize: number | undefined;
    for (const backend of ['webgl', 'wasm', 'cpu'] as const) {
      log(`training on ${backend} in the browser…`);
      try {
        const reply = await bench.request({ type: 'training', backend, rows: TRAIN_ROWS[backend], models: MODELS });
        training.push(...reply.rows);
        maxTextureSize ??= reply.maxTextureSize;
      } catch (e) {
        log(`  ${backend}: ${(e as Error).message}`);
      }
    }
    log('auto calibration in the browser worker…');
    const auto = await bench.request({ type: 'auto' });
    log('10 retrains for tensor leaks…');
    const leak = await bench.request({ type: 'leak', retrains: 10, rows: 5 * 1024 });

    const endToEndRows: EndToEndRow[] = [];
    for (const scenario of [video.id, shop.id]) {
      log(`end to end in the app: ${scenario}…`);
      endToEndRows.push(await endToEnd(browser, server.url, scenario));
    }
    const whyRows = await measureWhyViews(browser, server.url, [video.id, shop.id]);

    if (args.scaling) {
      log('scaling in the browser worker (wasm)…');
      scaling = [];
      for (const size of SCALE_SIZES) {
        const scenario = scaledScenario(video, size);
        await bench.resetLongTasks();
        const row: ScalingRow = { where: 'browser', backend: 'wasm', ...size, estimatedBytes: estimateRunBytes(scenario), generateMs: 0, trainMs: 0, compareMs: 0, examplesPerSec: {} };
        try {
          Object.assign(row, (await bench.request({ type: 'scale', scenario, backend: 'wasm' })).result);
        } catch (e) {
          row.error = (e as Error).message;
        }
        row.mainThreadLongestTaskMs = await bench.longestTaskMs();
        scaling.push(row);
        log(scalingTable([row]).split('\n')[2]);
      }
      log('scaling in Node (wasm, cpu)…');
      scaling.push(...(await nodeScaling(video, ['wasm', 'cpu'], (row) => log(scalingTable([row]).split('\n')[2]))));
    }
    await bench.close();

    const agreement = [
      { ...autoAgreement('bench worker calibration (all 4 models)', auto.pick, training, MODELS, auto.calibration), calibrationMs: auto.ms, ...(auto.note ? { note: auto.note } : {}) },
      ...endToEndRows.map((e) => autoAgreement(`app: ${e.scenario}`, e.backend, training, SCENARIO_MODELS[e.scenario] ?? MODELS)),
    ];
    const first = endToEndRows[0];
    const partial = {
      createdAt: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, chromium: browser.version(), ...(renderer ? { webglRenderer: renderer } : {}), ...(maxTextureSize ? { webglMaxTextureSize: maxTextureSize } : {}) },
      training,
      endToEnd: endToEndRows,
      mainThreadLongestTaskMs: Math.max(0, ...endToEndRows.map((e) => e.mainThreadLongestTaskMs)),
      tensorLeak: leak.result,
      jsHeap: { where: `app page (main thread), ${first.scenario}: after a forced GC before Generate and after Compare`, beforeBytes: first.jsHeapBeforeBytes, afterBytes: first.jsHeapAfterBytes },
      auto: agreement,
      core,
      ...(scaling ? { scaling } : {}),
      whyViews: whyRows,
    };
    const report: BenchReport = { ...partial, targets: checkTargets(partial), totalMs: performance.now() - started };
    console.log(benchTables(report));
    if (args.outPath) {
      writeFileSync(args.outPath, JSON.stringify(report, null, 2));
      console.log(`bench written to ${args.outPath}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return 0;
}

/** The "See why" views of each scenario with 2,000 items. */
async function measureWhyViews(browser: import('@playwright/test').Browser, url: string, scenarios: string[]): Promise<WhyViewsRow[]> {
  const rows: WhyViewsRow[] = [];
  for (const scenario of scenarios) {
    log(`"See why" views with 2,000 items: ${scenario}…`);
    rows.push(await whyViews(browser, url, scenario));
  }
  return rows;
}

/** `--why-only`: the "See why" measurement alone (the app is built and served as usual). */
async function whyOnly(scenarios: string[], outPath: string | undefined): Promise<number> {
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...CHROMIUM_ARGS] });
  try {
    const rows = await measureWhyViews(browser, server.url, scenarios);
    console.log(whyViewsTable(rows));
    const report = { createdAt: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version, chromium: browser.version() }, whyViews: rows };
    if (outPath) {
      writeFileSync(outPath, JSON.stringify(report, null, 2));
      console.log(`bench written to ${outPath}`);
    }
    return 0;
  } finally {
    await browser.close();
    server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`bench failed: ${e instanceof Error ? e.stack : String(e)}`);
    process.exit(1);
  },
);
