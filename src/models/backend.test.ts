import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeBackend, selectBackend } from './backend';
import { calibrateBackend } from './calibrate';

beforeAll(() => {
  tf.env().set('PROD', true); // silences tfjs' Node banner only
});
afterAll(() => tf.setBackend('cpu'));

describe('selectBackend (Node: no WebGL)', () => {
  it('reports unusable wasmPaths in the note instead of failing', async () => {
    // setWasmPaths wants all three binaries in a map; this one has one.
    const s = await selectBackend('cpu', { wasmPaths: { 'tfjs-backend-wasm.wasm': '/x.wasm' } });
    expect(s).toMatchObject({ backend: 'cpu', note: expect.stringMatching(/wasm file locations were not applied/) });
  });

  it('activates a forced backend that works, without a note', async () => {
    expect(await selectBackend('cpu')).toEqual({ backend: 'cpu', note: undefined });
    expect(activeBackend()).toBe('cpu');
    // wasm loads its binary next to the package's CommonJS build in Node.
    expect(await selectBackend('wasm')).toEqual({ backend: 'wasm', note: undefined });
    expect(activeBackend()).toBe('wasm');
  });

  it('falls back from WebGL and says so', async () => {
    const s = await selectBackend('webgl');
    expect(s.backend).toBe('wasm');
    expect(s.note).toMatch(/WebGL could not start here, so training uses WebAssembly \(wasm\) instead/);
    expect(activeBackend()).toBe('wasm');
  });

  it('auto calibrates the available backends and keeps the fastest', async () => {
    const before = tf.memory().numTensors;
    const s = await selectBackend('auto', { calibrationMs: 100 });
    const cal = s.calibration!;
    expect(cal.webgl).toBeUndefined();
    expect(cal.wasm).toBeGreaterThan(0);
    expect(cal.cpu).toBeGreaterThan(0);
    expect(s.backend).toBe(cal.wasm! >= cal.cpu! ? 'wasm' : 'cpu');
    expect(activeBackend()).toBe(s.backend);
    expect(s.note).toMatch(/^Picked (wasm|cpu), the fastest measured .*not available here: webgl/);
    expect(tf.memory().numTensors).toBe(before);
    // A later auto reuses the first calibration; wasm runs now, so new paths are ignored quietly.
    await selectBackend('cpu');
    expect(await selectBackend('auto', { wasmPaths: '/assets/' })).toEqual(s);
    expect(activeBackend()).toBe(s.backend);
    expect((await selectBackend('auto', { calibrationMs: 20, recalibrate: true })).calibration).not.toBe(cal);
  });

  it('calibration runs on the active backend', async () => {
    await tf.setBackend('cpu');
    expect(calibrateBackend(30)).toBeGreaterThan(100);
  });
});
