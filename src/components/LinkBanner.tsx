/**
 * Says what a link asked for that could not be done (an unknown preset, a bad
 * seed, a knob out of range), one line per problem. The page falls back to the
 * preset as it is and stays usable; nothing saved is touched.
 */
import { useLinkProblems } from '../store/selectors';
import { ProblemList } from './ProblemList';

export function LinkBanner() {
  const { problems, dismiss } = useLinkProblems();
  if (problems.length === 0) return null;
  return (
    <div className="banner banner--error" role="alert" data-testid="link.banner">
      <div>
        <p>
          <strong>Some settings could not be used.</strong> The page shows the preset without the changes named here.
        </p>
        <ProblemList problems={problems} testId="link.problems" />
      </div>
      <button type="button" className="button button--quiet" onClick={dismiss} data-testid="link.banner.dismiss">
        Dismiss
      </button>
    </div>
  );
}
