import { describe, expect, it } from 'vitest';
import { generateShopLogs } from '../logs/shopLogs';
import { replayShop } from '../replay/shopReplay';
import { parseScenarioText } from '../scenario/parseScenario';
import { loadBundledScenario, withChanges } from '../testing/bundledScenarios';
import { summariseShop } from '../world/shopSummary';
import { generateShopWorld } from '../world/shopWorld';
import { buildShopReport } from './shopReport';

describe('buildShopReport', () => {
  // An edited run: another seed, ESMM-NS, a knob changed; generated for purchases, then compared for GMV.
  const scenario = withChanges(loadBundledScenario('shop-e2e-small', 'shop'), (s) => {
    s.seed = 5;
    s.model.sharedEmbeddings = false;
    s.shop.priceSpread = 1.2;
  });
  const world = generateShopWorld(scenario);
  const summary = summariseShop(world, generateShopLogs(scenario, world));
  const replay = replayShop(world, scenario.evaluation, 'gmv', scenario.seed, {});
  const report = buildShopReport({ scenario, backend: 'cpu', summary, replay, train: {} });

  it('names the run and its goal', () => {
    expect(report).toMatchObject({ scenario: 'shop-e2e-small', world: 'shop', goal: 'gmv', seed: 5, backend: 'cpu' });
  });

  it('carries the whole scenario as it was compared, which reads back as a valid scenario file', () => {
    const file = parseScenarioText(JSON.stringify(report.scenarioFile));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.scenario).toEqual({ ...scenario, goal: 'gmv' });
    expect(file.scenario).toMatchObject({ seed: 5, model: { sharedEmbeddings: false }, shop: { priceSpread: 1.2 } });
  });
});
