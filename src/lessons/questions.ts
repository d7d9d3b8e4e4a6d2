/**
 * The prediction questions the lessons ask before each reveal. Each compares two
 * learned policies on the business metric of its world; the reveal also states a
 * second comparison in numbers (clicks), where the other policy usually wins.
 */
import type { Question, QuestionId } from './types';

export const QUESTIONS: Record<QuestionId, Question> = {
  /** Lesson 1: ranking by clicks against ranking by expected watch time, on ad minutes. */
  videoAds: {
    id: 'videoAds',
    world: 'video',
    metric: 'adMinutesPer1k',
    policies: ['ctr', 'watchTime'],
    also: [{ metric: 'clicksPer1k', policies: ['ctr', 'watchTime'] }],
  },
  /** Lesson 2: ranking by clicks against ESMM's expected purchases. */
  shopPurchases: {
    id: 'shopPurchases',
    world: 'shop',
    metric: 'purchasesPer1k',
    policies: ['ctr', 'esmm'],
    also: [{ metric: 'clicksPer1k', policies: ['ctr', 'esmm'] }],
  },
  /** Lesson 2: BASE (CVR learned on clicked impressions only) against ESMM, on purchases. */
  shopBase: {
    id: 'shopBase',
    world: 'shop',
    metric: 'purchasesPer1k',
    policies: ['ctrXcvr', 'esmm'],
    also: [],
  },
};
