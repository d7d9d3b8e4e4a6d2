/**
 * The scenarios bundled into the app. They are imported as JSON at build time, so
 * the app loads nothing from the network, and validated with the same schema as
 * the command line: a broken file fails loudly at start-up, not halfway through a run.
 */
import videoDefaultJson from '../../scenarios/video-watch-time.json';
import videoSmallJson from '../../scenarios/video-e2e-small.json';
import videoNoClickbaitJson from '../../scenarios/video-no-clickbait.json';
import videoClickbaitRampantJson from '../../scenarios/video-clickbait-rampant.json';
import shopDefaultJson from '../../scenarios/shop-conversion.json';
import shopSmallJson from '../../scenarios/shop-e2e-small.json';
import shopEyeCandyJson from '../../scenarios/shop-eye-candy.json';
import shopGmvJson from '../../scenarios/shop-gmv-vs-purchases.json';
import { validateScenario, type Scenario } from '../core/scenario/parseScenario';
import type { World } from './models';

function load(json: unknown, file: string): Scenario {
  const parsed = validateScenario(json);
  if (!parsed.ok) throw new Error(`scenarios/${file} is invalid:\n${parsed.problems.join('\n')}`);
  return parsed.scenario;
}

/** Every bundled scenario, the default first, grouped by case; the small ones for tests close each group. */
export const bundledScenarios: readonly Scenario[] = [
  load(videoDefaultJson, 'video-watch-time.json'),
  load(videoNoClickbaitJson, 'video-no-clickbait.json'),
  load(videoClickbaitRampantJson, 'video-clickbait-rampant.json'),
  load(videoSmallJson, 'video-e2e-small.json'),
  load(shopDefaultJson, 'shop-conversion.json'),
  load(shopEyeCandyJson, 'shop-eye-candy.json'),
  load(shopGmvJson, 'shop-gmv-vs-purchases.json'),
  load(shopSmallJson, 'shop-e2e-small.json'),
];

/** The case studies in the order the picker shows them, with their names. */
export const CASES: readonly { world: World; label: string }[] = [
  { world: 'video', label: 'Video platform (YouTube)' },
  { world: 'shop', label: 'Online shop (Alibaba)' },
];

/** The scenario shown when the link names none. */
export const defaultScenarioId = bundledScenarios[0].id;

/** The bundled scenario with this id, if any. */
export function findScenario(id: string): Scenario | undefined {
  return bundledScenarios.find((s) => s.id === id);
}
