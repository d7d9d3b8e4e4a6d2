/**
 * What the generated platform looks like: its size, how people behave overall,
 * and the clickbait contrast the whole lesson rests on (clicked more, watched less).
 */
import { useTranslation } from 'react-i18next';
import type { VideoWorldSummary } from '../core/world/videoSummary';
import { formatAmount, formatCount, formatDuration, formatPercent } from './format';
import { summaryInsight } from './insights';
import { Stat, StatGrid } from './Stat';
import { Notice } from './Step';

interface Props {
  summary: VideoWorldSummary;
  generateMs: number | null;
}

export function WorldSummaryCard({ summary: s, generateMs }: Props) {
  const { t } = useTranslation('tables');
  const k = (key: string) => t(`videoSummary.${key}`);
  return (
    <div className="card" data-testid="world.summary">
      <StatGrid>
        <Stat metric="users" label={k('users')} value={formatCount(s.users)} unit={k('usersUnit')} raw={s.users} />
        <Stat metric="videos" label={k('videos')} value={formatCount(s.videos)} unit={k('videosUnit')} raw={s.videos} />
        <Stat metric="impressions" label={k('impressions')} value={formatCount(s.impressions)} unit={k('impressionsUnit')} raw={s.impressions} />
        <Stat metric="ctr" label={k('ctr')} value={formatPercent(s.ctr)} unit={k('ctrUnit')} raw={s.ctr} />
        <Stat metric="watchMinutes" label={k('watchMinutes')} value={formatCount(s.watchMinutes)} unit={k('watchMinutesUnit')} raw={s.watchMinutes} />
        <Stat
          metric="watchMinutesPerClick"
          label={k('perClick')}
          value={formatAmount(s.watchMinutesPerClick)}
          unit={k('perClickUnit')}
          raw={s.watchMinutesPerClick}
        />
        <Stat metric="meanVideoMinutes" label={k('length')} value={formatAmount(s.meanVideoMinutes)} unit={k('lengthUnit')} raw={s.meanVideoMinutes} />
        <Stat metric="clickbaitShare" label={k('clickbait')} value={formatPercent(s.clickbaitShare, 0)} unit={k('clickbaitUnit')} raw={s.clickbaitShare} />
      </StatGrid>

      <table className="contrast" data-testid="world.contrast">
        <caption>{k('contrastCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="contrast__bait">
              {k('bait')}
            </th>
            <th scope="col" className="contrast__other">
              {k('other')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{k('ctrRow')}</th>
            <td data-metric="ctrClickbait" data-value={s.ctrClickbait ?? ''}>
              {formatPercent(s.ctrClickbait)}
            </td>
            <td data-metric="ctrOther" data-value={s.ctrOther ?? ''}>
              {formatPercent(s.ctrOther)}
            </td>
          </tr>
          <tr>
            <th scope="row">{k('watchedRow')}</th>
            <td data-metric="watchedShareClickbait" data-value={s.watchedShareClickbait ?? ''}>
              {formatPercent(s.watchedShareClickbait, 0)}
            </td>
            <td data-metric="watchedShareOther" data-value={s.watchedShareOther ?? ''}>
              {formatPercent(s.watchedShareOther, 0)}
            </td>
          </tr>
        </tbody>
      </table>

      <Notice testId="world.notice">{summaryInsight(s)}</Notice>
      {generateMs !== null ? <p className="card__footnote">{t('app:step.generatedIn', { duration: formatDuration(generateMs) })}</p> : null}
    </div>
  );
}
