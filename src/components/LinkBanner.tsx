/**
 * Says what a link asked for that could not be done (an unknown preset, a bad
 * seed, a knob out of range), one line per problem. The page falls back to the
 * preset as it is, or keeps the saved experiment when the link names none it can
 * use, and stays usable; the saved results are never touched.
 */
import { useTranslation } from 'react-i18next';
import { useLinkProblems } from '../store/selectors';
import { sentenceGap } from '../i18n/spacing';
import { ProblemList } from './ProblemList';

export function LinkBanner() {
  const { problems, dismiss } = useLinkProblems();
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div className="banner banner--error" role="alert" data-testid="link.banner">
      <div>
        <p>
          <strong>{t('banner.linkTitle')}</strong>
          {sentenceGap()}
          {t('banner.linkBody')}
        </p>
        <ProblemList problems={problems} testId="link.problems" />
      </div>
      <button type="button" className="button button--quiet" onClick={dismiss} data-testid="link.banner.dismiss">
        {t('banner.dismiss')}
      </button>
    </div>
  );
}
