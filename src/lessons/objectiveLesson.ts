/**
 * Lesson 3, "pick the objective": the learner is given a business goal (ad
 * revenue, purchases or GMV), picks the objective to rank by and says why, then
 * runs it and sees whether the pick earned the most of that goal.
 */
import { always, compared, generated, goalChosen, objectiveChosen, trained } from './checkpoints';
import type { Lesson } from './types';

export const objectiveLesson: Lesson = {
  id: 'objective',
  world: null,
  steps: [
    { id: 'goal', kind: 'chooseGoal', target: 'scenario', checkpoint: goalChosen },
    { id: 'objective', kind: 'chooseObjective', checkpoint: objectiveChosen },
    { id: 'generate', kind: 'generate', target: 'generate', checkpoint: generated(null) },
    { id: 'train', kind: 'train', target: 'train', checkpoint: trained(null) },
    { id: 'compare', kind: 'compare', target: 'compare', checkpoint: compared(null, 'chosen') },
    { id: 'verdict', kind: 'verdict', target: 'results', checkpoint: compared(null, 'chosen') },
    { id: 'summary', kind: 'summary', checkpoint: always },
  ],
};
