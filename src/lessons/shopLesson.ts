/**
 * Lesson 2, the online shop (Ma et al. 2018): clicks are not purchases, and a
 * conversion model learned on clicked impressions only is biased where it is used.
 * Two predictions before the replay: ranking by clicks against ESMM on purchases,
 * then BASE (CTR × a CVR model learned on clicks) against ESMM.
 */
import { always, compared, generated, predicted, trained } from './checkpoints';
import type { Lesson } from './types';

export const shopLesson: Lesson = {
  id: 'shop',
  world: 'shop',
  shopGoal: 'purchases',
  steps: [
    { id: 'intro', kind: 'read', target: 'scenario', checkpoint: always },
    { id: 'generate', kind: 'generate', target: 'generate', checkpoint: generated('shop') },
    { id: 'train', kind: 'train', target: 'train', checkpoint: trained('shop') },
    { id: 'predictClicks', kind: 'predict', question: 'shopPurchases', checkpoint: predicted('shopPurchases') },
    { id: 'predictBase', kind: 'predict', question: 'shopBase', checkpoint: predicted('shopBase') },
    { id: 'compare', kind: 'compare', target: 'compare', checkpoint: compared('shop', 'purchases') },
    { id: 'revealClicks', kind: 'reveal', question: 'shopPurchases', target: 'results', checkpoint: compared('shop', 'purchases') },
    { id: 'revealBase', kind: 'reveal', question: 'shopBase', target: 'results', checkpoint: compared('shop', 'purchases') },
    { id: 'summary', kind: 'summary', checkpoint: always },
  ],
};
