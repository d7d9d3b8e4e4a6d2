/**
 * Keeps live training updates to about 10 per epoch (DESIGN 4) without losing
 * what the charts need, and without looking at the clock: the same seed gives the
 * same curve points on every run and every machine.
 *
 * Ordinary snapshots less than a tenth of an epoch (in steps) after the last one
 * sent are not posted; their losses are folded into the next one that is, so the
 * loss curve stays a faithful mean over every step. Epoch ends (they carry the
 * held-out AUC) and a change of model always go through. The training loop already
 * reports at these step multiples (`trainLoop.ts`); this is the guard for any
 * other caller.
 */
import type { TrainProgress } from '../models/types';

export class ProgressThrottle {
  private lastModel: TrainProgress['modelId'] | null = null;
  /** Sum of loss × steps and the steps folded in since the last post. */
  private lossSum = 0;
  private lossSteps = 0;
  private lastStep = 0;
  private lastSentStep = 0;

  /**
   * @param send receives the snapshots that pass
   * @param pointsPerEpoch most ordinary snapshots passed per epoch, ≥ 1
   */
  constructor(
    private readonly send: (p: TrainProgress) => void,
    private readonly pointsPerEpoch = 10,
  ) {}

  /** Offers one snapshot from the training loop. */
  offer(p: TrainProgress): void {
    if (p.modelId !== this.lastModel) {
      this.reset();
      this.lastModel = p.modelId;
    }
    // A snapshot's loss is the mean over the steps since the previous snapshot.
    const steps = Math.max(1, p.step - this.lastStep);
    this.lastStep = p.step;
    if (Number.isFinite(p.loss)) {
      this.lossSum += p.loss * steps;
      this.lossSteps += steps;
    }
    const stepsPerEpoch = p.epochs > 0 ? p.totalSteps / p.epochs : p.totalSteps;
    const every = Math.max(1, Math.ceil(stepsPerEpoch / Math.max(1, this.pointsPerEpoch)));
    const important = p.testAuc !== undefined || p.step === p.totalSteps;
    if (!important && p.step - this.lastSentStep < every) return;
    const loss = this.lossSteps > 0 ? this.lossSum / this.lossSteps : p.loss;
    this.lossSum = 0;
    this.lossSteps = 0;
    this.lastSentStep = p.step;
    this.send({ ...p, loss });
  }

  /** Forgets everything (a new training run). */
  reset(): void {
    this.lastModel = null;
    this.lossSum = 0;
    this.lossSteps = 0;
    this.lastStep = 0;
    this.lastSentStep = 0;
  }
}
