/** What the current step shows under its title, by its kind. */
import { useLessonT } from './useLessonT';
import type { LessonProgress, LessonStep } from '../../lessons/types';
import { ActionStep } from './ActionStep';
import { GoalChoice, ObjectiveChoice } from './ObjectiveChoices';
import { PredictionForm } from './PredictionForm';
import { RevealCard } from './RevealCard';
import { LessonSummary } from './LessonSummary';
import { VerdictCard } from './VerdictCard';

export function StepBody({ lesson, step }: { lesson: LessonProgress; step: LessonStep }) {
  const { t } = useLessonT();
  const text = <p className="lesson-step__text">{t(`${lesson.id}.steps.${step.id}.text`)}</p>;
  switch (step.kind) {
    case 'read':
      return text;
    case 'generate':
    case 'train':
    case 'compare':
      return (
        <>
          {text}
          <ActionStep lesson={lesson} step={step} kind={step.kind} />
        </>
      );
    case 'predict':
      return (
        <>
          {text}
          <PredictionForm lesson={lesson} question={step.question!} />
        </>
      );
    case 'reveal':
      return <RevealCard lesson={lesson} step={step} />;
    case 'chooseGoal':
      return (
        <>
          {text}
          <GoalChoice lesson={lesson} />
        </>
      );
    case 'chooseObjective':
      return (
        <>
          {text}
          <ObjectiveChoice lesson={lesson} />
        </>
      );
    case 'verdict':
      return (
        <>
          {text}
          <VerdictCard lesson={lesson} />
        </>
      );
    case 'summary':
      return <LessonSummary lesson={lesson} step={step} />;
    default: {
      const unknown: never = step.kind;
      throw new Error(`Unknown step kind ${String(unknown)}`);
    }
  }
}
