/**
 * i18next set-up: English and Simplified Chinese, bundled (nothing is fetched, so it
 * works offline). Each area of the app owns one namespace file pair under
 * `locales/` (`app`, `insights`, `lessons`), so strings live beside their area and
 * two areas never edit the same file.
 *
 * Components: `const { t } = useTranslation('insights')`; outside React: `i18n.t('app:key')`.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { appEn, appZh } from './locales/app';
import { insightsEn, insightsZh } from './locales/insights';
import { lessonsEn, lessonsZh } from './locales/lessons';
import { whyEn, whyZh } from './locales/why';
import { LANGUAGE_STORAGE_KEY, LOCALE_OF, pickLanguage, type Language } from './language';

export const NAMESPACES = ['app', 'insights', 'lessons', 'why'] as const;

export const resources = {
  en: { app: appEn, insights: insightsEn, lessons: lessonsEn, why: whyEn },
  zh: { app: appZh, insights: insightsZh, lessons: lessonsZh, why: whyZh },
} as const;

function savedLanguage(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (private mode, file://); English then
  }
}

/** Starts i18next with the link's or the saved language; call once before rendering. */
export function initI18n(search: string): Language {
  const lng = pickLanguage(search, savedLanguage());
  void i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'app',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false,
  });
  applyDocumentLanguage(lng);
  return lng;
}

/** Switches language now and remembers the choice for the next visit. */
export function setLanguage(lng: Language): void {
  void i18n.changeLanguage(lng);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // not saved: the choice still holds for this visit
  }
  applyDocumentLanguage(lng);
}

export function currentLanguage(): Language {
  return i18n.language === 'zh' ? 'zh' : 'en';
}

/** `Intl` locale of the current language, for numbers. */
export function currentLocale(): string {
  return LOCALE_OF[currentLanguage()];
}

function applyDocumentLanguage(lng: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng === 'zh' ? 'zh-CN' : 'en';
}

export { i18n };
