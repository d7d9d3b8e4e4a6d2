/**
 * Lesson 1, the video platform (Covington et al. 2016): rank by clicks or by
 * expected watch time, when the business earns from ad minutes. The learner
 * builds the world, trains both models, predicts which earns more ad minutes and
 * by how much, then runs the simulated A/B test and sees the prediction judged.
 */
import { always, compared, generated, predicted, trained } from './checkpoints';
import type { Lesson } from './types';

export const videoLesson: Lesson = {
  id: 'video',
  world: 'video',
  steps: [
    { id: 'intro', kind: 'read', target: 'scenario', checkpoint: always },
    { id: 'generate', kind: 'generate', target: 'generate', checkpoint: generated('video') },
    { id: 'train', kind: 'train', target: 'train', checkpoint: trained('video') },
    { id: 'predict', kind: 'predict', question: 'videoAds', checkpoint: predicted('videoAds') },
    { id: 'compare', kind: 'compare', target: 'compare', checkpoint: compared('video') },
    { id: 'reveal', kind: 'reveal', question: 'videoAds', target: 'results', checkpoint: compared('video') },
    { id: 'summary', kind: 'summary', checkpoint: always },
  ],
};
