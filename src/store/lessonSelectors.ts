/**
 * The hooks the lesson panel reads the store through (stable values with
 * `useShallow`, like `selectors.ts`).
 */
import { useShallow } from 'zustand/react/shallow';
import { canAdvance, LESSONS } from '../lessons';
import { useStore } from './index';
import { lessonContext } from './lessonContext';
import { lessonWorldMismatch } from './lessonSlice';
import { activeScenario } from './activeScenario';
import { hasKnobDrafts, isBusy } from './scenarioSlice';

/** The lesson in progress, whether Next is open, and what the step's checkpoint reads. */
export const useLessonPanel = () =>
  useStore(
    useShallow((s) => {
      const ctx = lessonContext(s);
      return {
        lesson: s.lesson,
        presenter: s.presenter,
        canNext: s.lesson && ctx ? canAdvance(LESSONS[s.lesson.id], ctx) : false,
        /** The current step's checkpoint, even on the last step (Next is closed there). */
        stepDone: s.lesson && ctx ? (LESSONS[s.lesson.id].steps[s.lesson.step]?.checkpoint(ctx) ?? false) : false,
        phase: s.phase,
        busy: isBusy(s.phase),
        /** A value refused in the editor is on screen: Generate waits for it. */
        generateRefused: hasKnobDrafts(s),
        /** The lesson's world when the page shows the other one; null otherwise. */
        lessonWorld: lessonWorldMismatch(s),
        /** The world the page shows. */
        pageWorld: activeScenario(s).world,
        result: s.result,
        resetPending: s.lessonResetPending,
      };
    }),
  );

/** The lesson actions (stable functions). */
export const useLessonActions = () =>
  useStore(
    useShallow((s) => ({
      startLesson: s.startLesson,
      exitLesson: s.exitLesson,
      nextStep: s.nextStep,
      previousStep: s.previousStep,
      predict: s.predict,
      chooseGoal: s.chooseGoal,
      chooseObjective: s.chooseObjective,
      runStepAction: s.runStepAction,
      resetRoom: s.resetRoom,
      setPresenter: s.setPresenter,
      lessonToWorld: s.lessonToWorld,
      rebuildLessonRun: s.rebuildLessonRun,
      returnToLesson: s.returnToLesson,
      dismissLeftLesson: s.dismissLeftLesson,
    })),
  );

/** The lesson a link left, if any, and whether it can be taken up again now. */
export const useLeftLesson = () => useStore(useShallow((s) => ({ left: s.leftLesson, busy: isBusy(s.phase) })));

/** The menu's view: which lesson runs, presenter mode, and whether a lesson can start now. */
export const useLessonMenu = () =>
  useStore(useShallow((s) => ({ active: s.lesson?.id ?? null, presenter: s.presenter, busy: isBusy(s.phase) })));

/** Training progress, 0–100, for the panel's status line (fast-changing: read in a leaf). */
export const useTrainPercent = () => useStore((s) => s.progressPercent);
