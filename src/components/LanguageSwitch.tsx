/**
 * The language of the whole page: a labelled menu (keyboard: Tab to it, arrows to
 * choose). Each language names itself in its own words and is marked with its
 * `lang`, so a screen reader reads "English" and "简体中文" with the right voice.
 * The choice applies at once, is kept for the next visit and goes into the link.
 */
import { useTranslation } from 'react-i18next';
import { currentLanguage, resources, setLanguage } from '../i18n';
import { isLanguage, LANGUAGES, LOCALE_OF } from '../i18n/language';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <label className="language">
      <span className="language__label">{t('language.label')}</span>
      <select
        data-testid="language.select"
        value={currentLanguage()}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={LOCALE_OF[lng]}>
            {resources[lng].app.language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
