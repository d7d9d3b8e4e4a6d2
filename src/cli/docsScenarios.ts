/**
 * `npm run docs:scenarios`: writes `scenarios/README.md`, the reference of every
 * scenario field, from the schema.
 */
import { writeFileSync } from 'node:fs';
import { scenarioReference } from '../core/scenario/reference';
import { presetList } from '../core/testing/bundledScenarios';

const dir = new URL('../../scenarios/', import.meta.url);
writeFileSync(new URL('README.md', dir), scenarioReference(presetList(dir)));
console.log('scenarios/README.md written');
