/**
 * i18next set-up: English and Simplified Chinese, bundled (nothing is fetched, so it
 * works offline). Each area of the app owns one namespace file pair under
 * `locales/`, so strings live beside their area and two areas never edit the same file.
 *
 * i18next starts in English as soon as this module loads (so tests and code outside
 * React can format at once); `initI18n` then applies the link's or the saved language.
 *
 * Components: `const { t } = useTranslation('insights')` (re-renders on a language
 * change); outside React: `i18n.t('app:key')`, called at render time.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { appEn, appZh } from './locales/app';
import { chartsEn, chartsZh } from './locales/charts';
import { insightsEn, insightsZh } from './locales/insights';
import { lessonsEn, lessonsZh } from './locales/lessons';
import { messagesEn, messagesZh } from './locales/messages';
import { progressEn, progressZh } from './locales/progress';
import { scenariosEn, scenariosZh } from './locales/scenarios';
import { shopInsightsEn, shopInsightsZh } from './locales/shopInsights';
import { tablesEn, tablesZh } from './locales/tables';
import { whyEn, whyZh } from './locales/why';
import { LANGUAGE_STORAGE_KEY, linkLanguage, LOCALE_OF, pickLanguage, type Language } from './language';

export const NAMESPACES = ['app', 'charts', 'insights', 'lessons', 'messages', 'progress', 'scenarios', 'shopInsights', 'tables', 'why'] as const;

export const resources = {
  en: {
    app: appEn,
    charts: chartsEn,
    insights: insightsEn,
    lessons: lessonsEn,
    messages: messagesEn,
    progress: progressEn,
    scenarios: scenariosEn,
    shopInsights: shopInsightsEn,
    tables: tablesEn,
    why: whyEn,
  },
  zh: {
    app: appZh,
    charts: chartsZh,
    insights: insightsZh,
    lessons: lessonsZh,
    messages: messagesZh,
    progress: progressZh,
    scenarios: scenariosZh,
    shopInsights: shopInsightsZh,
    tables: tablesZh,
    why: whyZh,
  },
} as const;

function savedLanguage(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (private mode, file://); English then
  }
}

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: [...NAMESPACES],
  defaultNS: 'app',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  initAsync: false,
  // A key missing in both languages is a bug: say so on the console, which fails any e2e spec.
  saveMissing: true,
  saveMissingPlurals: false,
  missingKeyHandler: (_lngs, ns, key) => console.error(`i18n: missing key ${ns}:${key}`),
});
i18n.on('languageChanged', (lng) => applyDocumentLanguage(lng === 'zh' ? 'zh' : 'en'));

/** The browser's preferred languages (none outside a browser). */
function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/**
 * Applies the link's language (remembered from now on, as if chosen in the menu),
 * else the saved one, else the browser's; call once before rendering.
 */
export function initI18n(search: string): Language {
  const lng = pickLanguage(search, savedLanguage(), browserLanguages());
  void i18n.changeLanguage(lng);
  if (linkLanguage(search)) rememberLanguage(lng);
  applyDocumentLanguage(lng);
  return lng;
}

/** Switches language now and remembers the choice for the next visit. */
export function setLanguage(lng: Language): void {
  void i18n.changeLanguage(lng);
  rememberLanguage(lng);
}

function rememberLanguage(lng: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // not saved: the choice still holds for this visit
  }
}

export function currentLanguage(): Language {
  return i18n.language === 'zh' ? 'zh' : 'en';
}

/** `Intl` locale of the current language, for numbers. */
export function currentLocale(): string {
  return LOCALE_OF[currentLanguage()];
}

/** `<html lang>` and the window title follow the language (screen readers pick their voice from `lang`). */
function applyDocumentLanguage(lng: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng === 'zh' ? 'zh-CN' : 'en';
  document.title = i18n.t('app:documentTitle', { lng });
}

export { i18n };
