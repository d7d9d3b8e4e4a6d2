/**
 * The words that change with the case study: the lesson, the citation, and what
 * each step says it does, in the current language (`app:world.<case>.*`). Every
 * field is read at render time: `WORLD_TEXT.video.lesson` gives today's language.
 */
import { i18n } from '../i18n';
import type { World } from '../store/models';

interface WorldText {
  /** The lesson in one sentence, under the app's name. */
  readonly lesson: string;
  /** The paper the case reproduces, as plain text. */
  readonly citation: string;
  /** What an item is called, after a number ("videos", "个视频"). */
  readonly items: string;
  /** What a user is called, after a number ("users", "位用户"). */
  readonly users: string;
  readonly generateTitle: string;
  readonly generateLead: string;
  readonly trainTitle: string;
  readonly trainLead: string;
  readonly compareLead: string;
}

/** The paper of each case: its title stays in English (as cited in either language), its venue. */
export const PAPERS: Record<World, { title: string; venue: string }> = {
  video: { title: 'Deep Neural Networks for YouTube Recommendations', venue: 'RecSys 2016' },
  shop: { title: 'Entire Space Multi-Task Model: An Effective Approach for Estimating Post-Click Conversion Rate', venue: 'SIGIR 2018' },
};

/** The citation's parts for `app:footer.citation` (authors in the current language). */
export function citationParts(world: World): { authors: string; title: string; venue: string } {
  return { authors: i18n.t(`app:world.${world}.authors`), ...PAPERS[world] };
}

function worldText(world: World): WorldText {
  const field = (key: string) => () => i18n.t(`app:world.${world}.${key}`);
  const text = {} as WorldText;
  for (const key of ['lesson', 'items', 'users', 'generateTitle', 'generateLead', 'trainTitle', 'trainLead', 'compareLead'] as const) {
    Object.defineProperty(text, key, { get: field(key), enumerable: true });
  }
  Object.defineProperty(text, 'citation', {
    get: () => i18n.t('app:footer.citation', citationParts(world)).replace(/<\/?paper>/g, ''),
    enumerable: true,
  });
  return text;
}

export const WORLD_TEXT: Record<World, WorldText> = { video: worldText('video'), shop: worldText('shop') };
