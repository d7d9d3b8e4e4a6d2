import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetList } from '../testing/bundledScenarios';
import { scenarioReference } from './reference';

const dir = new URL('../../../scenarios/', import.meta.url);

describe('scenarios/README.md', () => {
  it('is up to date with the schema (run `npm run docs:scenarios` if not)', () => {
    const committed = readFileSync(new URL('README.md', dir), 'utf8');
    expect(committed).toBe(scenarioReference(presetList(dir)));
  });

  it('lists every preset and every knob', () => {
    const text = scenarioReference(presetList(dir));
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) expect(text).toContain(`\`${f}\``);
    expect(text).toContain('| `video.clickbaitShare` | Clickbait share | share 0–1 | number, 0 – 1 |');
    expect(text).toContain('| `shop.buy.priceSensitivity` |');
  });
});
