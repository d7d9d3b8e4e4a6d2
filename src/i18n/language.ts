/**
 * Which language the app speaks: `?lang=en|zh` in the link wins, then the learner's
 * last choice (localStorage), then English. Pure apart from the two reads, so the
 * store, the link writer and the tests share one rule.
 */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** localStorage key of the last language chosen. */
export const LANGUAGE_STORAGE_KEY = 'objective-lab.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** BCP 47 tag for number and date formats (`Intl`). */
export const LOCALE_OF: Record<Language, string> = { en: 'en-US', zh: 'zh-CN' };

/**
 * @param search a query string such as `location.search`
 * @param saved the stored choice, if any
 */
export function pickLanguage(search: string, saved: string | null): Language {
  const asked = new URLSearchParams(search).get('lang')?.toLowerCase();
  if (isLanguage(asked)) return asked;
  if (isLanguage(saved)) return saved;
  return 'en';
}
