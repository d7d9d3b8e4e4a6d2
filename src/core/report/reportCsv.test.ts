import { describe, expect, it } from 'vitest';
import type { Report } from './report';
import { reportCsv } from './reportCsv';

const report: Report = {
  scenario: 'shop, "quoted"',
  world: 'shop',
  goal: 'gmv',
  seed: 3,
  backend: 'wasm',
  data: { users: 1, items: 1, impressions: 1, clicks: 1, purchases: 1, watchMinutes: 0 },
  policies: {
    random: { online: { clicksPer1k: 20, shareOfOracle: 0.1, clicksPer1kCi: [18, 22] } },
    esmm: {
      offline: { ctrAuc: 0.7, ctrLogloss: null },
      online: { clicksPer1k: 30, shareOfOracle: 0.3, clicksPer1kCi: [28, 32], gmvPer1k: 200 },
      train: { ms: 10, examples: 100, examplesPerSec: 10_000, epochs: 2 },
    },
  },
};

describe('reportCsv', () => {
  it('writes one row per policy, intervals in two columns, and quotes where needed', () => {
    const lines = reportCsv(report).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'scenario,world,goal,seed,backend,policy,online.clicksPer1k,online.shareOfOracle,online.clicksPer1kLow,online.clicksPer1kHigh,offline.ctrAuc,offline.ctrLogloss,online.gmvPer1k,train.ms,train.examples,train.examplesPerSec,train.epochs',
    );
    expect(lines[1]).toBe('"shop, ""quoted""",shop,gmv,3,wasm,random,20,0.1,18,22,,,,,,,');
    expect(lines[2]).toBe('"shop, ""quoted""",shop,gmv,3,wasm,esmm,30,0.3,28,32,0.7,,200,10,100,10000,2');
  });
});
