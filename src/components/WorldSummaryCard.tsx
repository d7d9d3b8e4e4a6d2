/**
 * What the generated platform looks like: its size, how people behave overall,
 * and the clickbait contrast the whole lesson rests on (clicked more, watched less).
 */
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
  return (
    <div className="card" data-testid="world.summary">
      <StatGrid>
        <Stat metric="users" label="Users" value={formatCount(s.users)} unit="people" raw={s.users} />
        <Stat metric="videos" label="Videos" value={formatCount(s.videos)} unit="in the catalogue" raw={s.videos} />
        <Stat metric="impressions" label="Logged impressions" value={formatCount(s.impressions)} unit="videos shown" raw={s.impressions} />
        <Stat metric="ctr" label="Overall click-through rate" value={formatPercent(s.ctr)} unit="of impressions clicked" raw={s.ctr} />
        <Stat metric="watchMinutes" label="Minutes watched" value={formatCount(s.watchMinutes)} unit="minutes in total" raw={s.watchMinutes} />
        <Stat
          metric="watchMinutesPerClick"
          label="Watched per click"
          value={formatAmount(s.watchMinutesPerClick)}
          unit="minutes per click"
          raw={s.watchMinutesPerClick}
        />
        <Stat metric="meanVideoMinutes" label="Average video length" value={formatAmount(s.meanVideoMinutes)} unit="minutes" raw={s.meanVideoMinutes} />
        <Stat metric="clickbaitShare" label="Clickbait videos" value={formatPercent(s.clickbaitShare, 0)} unit="of the catalogue" raw={s.clickbaitShare} />
      </StatGrid>

      <table className="contrast" data-testid="world.contrast">
        <caption>Clickbait against every other video</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="contrast__bait">
              Clickbait
            </th>
            <th scope="col" className="contrast__other">
              Other videos
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Click-through rate (% of impressions clicked)</th>
            <td data-metric="ctrClickbait" data-value={s.ctrClickbait ?? ''}>
              {formatPercent(s.ctrClickbait)}
            </td>
            <td data-metric="ctrOther" data-value={s.ctrOther ?? ''}>
              {formatPercent(s.ctrOther)}
            </td>
          </tr>
          <tr>
            <th scope="row">Share of the video watched after a click (%)</th>
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
      {generateMs !== null ? <p className="card__footnote">Generated in {formatDuration(generateMs)}.</p> : null}
    </div>
  );
}
