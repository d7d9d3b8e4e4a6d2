import { afterAll, describe, expect, it } from 'vitest';
import type { CalibrationBin, ShopInsights, VideoInsights } from '../../core/insights/types';
import type { ShopReplayResult } from '../../core/replay/types';
import { i18n } from '../../i18n';
import { say } from '../insightText';
import { shopCalibrationNotice, videoCalibrationNotice } from './calibrationNotice';

const t = (key: string, params?: Record<string, unknown>) => say(`why:${key}`, params);
const bin = (meanPredicted: number, meanTrue: number, meanTrueAlt?: number): CalibrationBin[] => [{ count: 1000, meanPredicted, meanTrue, ...(meanTrueAlt === undefined ? {} : { meanTrueAlt }) }];
const video = (e: number, et: number, alt: number): VideoInsights['calibration'] => ({ pCtr: bin(0.085, 0.077), watch: bin(e, et, alt) });

afterAll(() => i18n.changeLanguage('en'));

describe('video calibration notice', () => {
  it('reads e^logit as the odds E[T]/(1−P) only where the model sits within half the inflation of it (seed 2: 0.282, 0.268, 0.288)', async () => {
    await i18n.changeLanguage('en');
    expect(videoCalibrationNotice(video(0.282, 0.268, 0.288), t)).toContain('close to E[T]/(1−P) = 0.288: weighting clicks by their minutes learns the odds');
  });

  it('names the model’s own error where it dwarfs the inflation (seed 1: 0.380 against 0.292 and 0.316)', async () => {
    await i18n.changeLanguage('en');
    const text = videoCalibrationNotice(video(0.38, 0.292, 0.316), t);
    expect(text).not.toContain('learns the odds');
    expect(text).toContain('only 0.024 minutes more than E[T] while few impressions are clicked; here the model is 0.064 minutes off that');
  });

  it('and where the model sits below the truth (seed 3: 0.279, 0.275, 0.296)', async () => {
    await i18n.changeLanguage('en');
    // 0.017 off is more than half the 0.021 inflation: too far to read the odds in the bins.
    expect(videoCalibrationNotice(video(0.279, 0.275, 0.296), t)).toContain('here the model is 0.017 minutes off that, too far for so small a difference to show, so this run does not show the inflation');
  });
});

describe('shop calibration notice', () => {
  const shop = (cvrBase: number, cvrEsmm: number, cvrTruth: number, ctcvrBase: number, ctcvrEsmm: number, ctcvrTruth: number): ShopInsights['calibration'] => ({
    pCtr: bin(0.054, 0.053),
    cvr: [
      { model: 'ctrXcvr', space: 'clicked', bins: bin(0.044, 0.0575) },
      { model: 'ctrXcvr', space: 'unclicked', bins: bin(cvrBase, cvrTruth) },
      { model: 'esmm', space: 'clicked', bins: bin(0.034, 0.0575) },
      { model: 'esmm', space: 'unclicked', bins: bin(cvrEsmm, cvrTruth) },
    ],
    ctcvr: [
      { model: 'ctrXcvr', bins: bin(ctcvrBase, ctcvrTruth) },
      { model: 'esmm', bins: bin(ctcvrEsmm, ctcvrTruth) },
    ],
  });
  const result = (base: number, esmm: number) =>
    ({
      world: 'shop',
      policies: [
        { id: 'ctrXcvr', offline: { cvrAucEntireSpace: base } },
        { id: 'esmm', offline: { cvrAucEntireSpace: esmm } },
      ],
    }) as unknown as ShopReplayResult;

  it('seed 1 as measured: both CVRs under-predict where nobody clicked; ESMM orders better; both pCTCVRs under-predict', async () => {
    await i18n.changeLanguage('en');
    const text = shopCalibrationNotice(shop(0.0661, 0.0536, 0.1168, 0.002, 0.0021, 0.003), result(0.638, 0.652), t);
    expect(text).toBe(
      'Where nobody clicked, BASE’s CVR model predicts 6.6 % conversion on average and ESMM’s CVR tower 5.4 %, against a true 11.7 %: both under-predict. ' +
        'ESMM’s CVR tower has no conversion label of its own (only pCTR × pCVR is trained), so nothing ties its level to the true rate; ranking needs its order, and over every held-out impression it orders the would-be buyers better than BASE’s CVR model (AUC 0.652 vs 0.638 against the would-be purchases). ' +
        'What the ranking multiplies out, pCTCVR, averages 0.20 % for BASE and 0.21 % for ESMM over every impression, against a true 0.30 %: both under-predict.',
    );
    expect(text).not.toMatch(/fix|corrects|calibrated/);
  });

  it('seed 2: ESMM’s pCTCVR is about right where BASE’s under-predicts; a worse order is said so', async () => {
    await i18n.changeLanguage('en');
    const text = shopCalibrationNotice(shop(0.0536, 0.0759, 0.1145, 0.0018, 0.003, 0.0031), result(0.66, 0.61), t);
    expect(text).toContain('BASE under-predicts, ESMM is about right.');
    expect(text).toContain('in this run it orders the would-be buyers worse than BASE’s CVR model (AUC 0.610 vs 0.660');
  });

  it('in Chinese', async () => {
    await i18n.changeLanguage('zh');
    const text = shopCalibrationNotice(shop(0.0661, 0.0536, 0.1168, 0.002, 0.0021, 0.003), result(0.638, 0.652), t);
    expect(text).toContain('BASE 的转化率模型平均预测转化率为 6.6%，ESMM 的转化率塔为 5.4%，而真实值是 11.7%：两者都低估了。');
  });
});
