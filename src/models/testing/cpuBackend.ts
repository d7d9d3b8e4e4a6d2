/**
 * Test set-up: the cpu backend (DESIGN 7), without tfjs' Node banner that suggests
 * installing tfjs-node (we do not use it; the banner only clutters test output).
 */
import * as tf from '@tensorflow/tfjs';

/** Activates the cpu backend; call in `beforeAll`. */
export async function useCpuBackend(): Promise<void> {
  // PROD only silences tfjs' warnings and logs. (IS_TEST would too, but it also turns on a
  // kernel leak check that misreports tf.customGrad's saved tensors on wasm as leaks.)
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  await tf.ready();
}
