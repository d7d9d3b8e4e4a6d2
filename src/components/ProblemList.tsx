/** One line per problem, each naming the field and the reason (from a link, a file or the editor), in the current language. */
import { useTranslation } from 'react-i18next';
import type { Problem } from '../core/messages/problem';
import { problemText } from './problemText';

export function ProblemList({ problems, testId }: { problems: readonly Problem[]; testId: string }) {
  useTranslation(); // re-words the lines when the language changes
  return (
    <ul className="problem-list" data-testid={testId}>
      {problems.map((p, i) => (
        <li key={`${i}:${p.path}`} data-testid={`${testId}.line`}>
          <code>{problemText(p)}</code>
        </li>
      ))}
    </ul>
  );
}
