/**
 * Keeps live training updates to about 10 a second (DESIGN 4) without losing
 * what the charts need.
 *
 * Ordinary snapshots closer than `minIntervalMs` to the last one sent are not
 * posted; their losses are folded into the next one that is, so the loss curve
 * stays a faithful mean over every step. Epoch ends (they carry the held-out AUC)
 * and a change of model always go through: there are at most a few dozen of them
 * per run, so the rate stays near 10/s.
 */
import type { TrainProgress } from '../models/types';

export class ProgressThrottle {
  private lastSentMs = -Infinity;
  private lastModel: TrainProgress['modelId'] | null = null;
  /** Sum of loss × steps and the steps folded in since the last post. */
  private lossSum = 0;
  private lossSteps = 0;
  private lastStep = 0;

  /**
   * @param send receives the snapshots that pass
   * @param minIntervalMs shortest gap between two ordinary snapshots, ms (100 → at most 10/s)
   * @param now clock in ms (injected for tests)
   */
  constructor(
    private readonly send: (p: TrainProgress) => void,
    private readonly minIntervalMs = 100,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Offers one snapshot from the training loop. */
  offer(p: TrainProgress): void {
    if (p.modelId !== this.lastModel) {
      this.lossSum = 0;
      this.lossSteps = 0;
      this.lastStep = 0;
      this.lastModel = p.modelId;
    }
    // A snapshot's loss is the mean over the steps since the previous snapshot.
    // `step` may restart at each epoch; then the steps since the last snapshot are `step` itself.
    const steps = Math.max(1, p.step >= this.lastStep ? p.step - this.lastStep : p.step);
    this.lastStep = p.step;
    if (Number.isFinite(p.loss)) {
      this.lossSum += p.loss * steps;
      this.lossSteps += steps;
    }
    const t = this.now();
    const important = p.testAuc !== undefined || p.step === p.totalSteps;
    if (!important && t - this.lastSentMs < this.minIntervalMs) return;
    const loss = this.lossSteps > 0 ? this.lossSum / this.lossSteps : p.loss;
    this.lossSum = 0;
    this.lossSteps = 0;
    this.lastSentMs = t;
    this.send({ ...p, loss });
  }

  /** Forgets everything (a new training run). */
  reset(): void {
    this.lastSentMs = -Infinity;
    this.lastModel = null;
    this.lossSum = 0;
    this.lossSteps = 0;
    this.lastStep = 0;
  }
}
