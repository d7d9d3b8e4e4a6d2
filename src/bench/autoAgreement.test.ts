import { describe, expect, it } from 'vitest';
import type { TrainingRow } from './page/protocol';
import { autoAgreement, speedByBackend } from './autoAgreement';

const row = (backend: TrainingRow['backend'], model: TrainingRow['model'], examplesPerSec: number): TrainingRow => ({ backend, model, examplesPerSec, trainRows: 1000, fitExamplesPerSec: 1, ratioToFit: examplesPerSec });
const rows = [row('wasm', 'ctr', 100), row('wasm', 'esmm', 400), row('cpu', 'ctr', 300), row('cpu', 'esmm', 100), row('webgl', 'ctr', 10)];

describe('autoAgreement', () => {
  it('takes the geometric mean over the models, leaving out backends that miss one', () => {
    const s = speedByBackend(rows, ['ctr', 'esmm']);
    expect(s.wasm).toBeCloseTo(200);
    expect(s.cpu).toBeCloseTo(Math.sqrt(30_000));
    expect(s.webgl).toBeUndefined();
  });

  it('agrees when the pick is the fastest, and says so when not', () => {
    expect(autoAgreement('x', 'wasm', rows, ['ctr', 'esmm'])).toMatchObject({ fastest: 'wasm', agrees: true });
    expect(autoAgreement('x', 'cpu', rows, ['ctr', 'esmm'])).toMatchObject({ fastest: 'wasm', agrees: false });
    expect(autoAgreement('x', 'cpu', rows, ['ctr']).agrees).toBe(true);
  });

  it('refuses to judge without measurements', () => {
    expect(() => autoAgreement('x', 'wasm', rows, ['watchTime'])).toThrow(/watchTime/);
  });
});
