/**
 * Chinese typesetting puts a thin gap between Chinese characters and Latin letters
 * or digits ("按 GMV 排序", "占 18% 的"), and none beside full-width punctuation.
 * Sentences assembled from pieces (a model name here, a number there) cannot know
 * their neighbours in advance, so the assembled sentence is spaced once at the end.
 */
import { currentLanguage } from './index';

/** What goes between two sentences: a space in English, nothing after a Chinese full stop. */
export const sentenceGap = (): string => (currentLanguage() === 'zh' ? '' : ' ');

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Latin letters, digits and the symbols that start or end a number or a formula (¥5.27, #3, 36%). */
const LATIN_END = 'A-Za-z0-9%)\\]';
const LATIN_START = 'A-Za-z0-9(\\[¥#';
const FULL_WIDTH_PUNCTUATION = '，。：；、（）“”‘’《》！？…';

const cjkThenLatin = new RegExp(`([${CJK}])([${LATIN_START}])`, 'g');
const latinThenCjk = new RegExp(`([${LATIN_END}])([${CJK}])`, 'g');
const spaceBeforePunct = new RegExp(`[ \\u00a0]+([${FULL_WIDTH_PUNCTUATION}])`, 'g');
const spaceAfterPunct = new RegExp(`([${FULL_WIDTH_PUNCTUATION}])[ \\u00a0]+`, 'g');

/**
 * Adds the CJK–Latin gaps a Chinese sentence needs and removes spaces beside
 * full-width punctuation; text without Chinese characters comes back unchanged.
 */
export function spaceZh(text: string): string {
  return text
    .replace(cjkThenLatin, '$1 $2')
    .replace(latinThenCjk, '$1 $2')
    .replace(spaceBeforePunct, '$1')
    .replace(spaceAfterPunct, '$1')
    // 万 and 亿 are part of a number ("8.5万"), not a word after it.
    .replace(/(\d) ([万亿])/g, '$1$2')
    .replace(/ {2,}/g, ' ')
    .trim();
}
