/**
 * The words that change with the case study: the lesson, the citation, and what
 * each step says it does. The video case keeps the wording it always had.
 */
import type { World } from '../store/models';

interface WorldText {
  /** The lesson in one sentence, under the app's name. */
  lesson: string;
  /** The paper the case reproduces. */
  citation: string;
  /** What an item is called. */
  items: string;
  users: string;
  generateLead: string;
  trainTitle: string;
  trainLead: string;
  compareLead: string;
}

export const WORLD_TEXT: Record<World, WorldText> = {
  video: {
    lesson:
      'A recommender is only as good as its objective: ranking videos by clicks fills the screen with clickbait, while ranking by expected watch time earns more ad minutes.',
    citation: 'After Covington, Adams & Sargin, “Deep Neural Networks for YouTube Recommendations”, RecSys 2016.',
    items: 'videos',
    users: 'users',
    generateLead:
      'Build a video platform whose true behaviour we know, and log what its users clicked and watched. The models will learn only from these logs.',
    trainTitle: 'Train two models on the same logs',
    trainLead:
      "The click model learns which videos get clicked. The watch-time model is YouTube's weighted logistic regression: every click counts as many times as the minutes watched, so it learns expected watch time.",
    compareLead:
      'Each model ranks candidate videos for the same users and fills their top slots. Because we know the truth, we can compute what each ranking earns, beside a random ranking (the floor) and an oracle that knows true watch time (the ceiling).',
  },
  shop: {
    lesson:
      'A recommender is only as good as its objective: ranking products by clicks fills the screen with eye-catching products people rarely buy, while ranking by expected purchases, learned over every impression (ESMM), sells more.',
    citation: 'After Ma et al., “Entire Space Multi-Task Model: An Effective Approach for Estimating Post-Click Conversion Rate”, SIGIR 2018.',
    items: 'products',
    users: 'shoppers',
    generateLead:
      'Build an online shop whose true behaviour we know, and log what its shoppers clicked and bought. The models will learn only from these logs.',
    trainTitle: 'Train three models on the same logs',
    trainLead:
      'The CTR model learns which products get clicked. The CVR model learns which clicks end in a purchase, from clicked impressions only (the paper’s BASE pairs the two). ESMM learns clicks and click-and-buy together over every impression, so its conversion estimate covers the whole space it ranks.',
    compareLead:
      'Each model ranks candidate products for the same shoppers and fills their top slots. Because we know the truth, we can compute the clicks, purchases and GMV each ranking earns, beside a random ranking (the floor) and an oracle that knows who would buy (the ceiling).',
  },
};
