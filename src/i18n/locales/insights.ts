/**
 * Strings of the `insights` namespace, English and Simplified Chinese. The type makes
 * the Chinese tree carry every English key; i18n.test.ts checks no leaf is empty.
 */
import type { SameKeys } from './shape';

export const insightsEn = {
  language: { name: 'English' },
};

export const insightsZh: SameKeys<typeof insightsEn> = {
  language: { name: '简体中文' },
};
