/**
 * Strings of the `lessons` namespace, English and Simplified Chinese. The type makes
 * the Chinese tree carry every English key; i18n.test.ts checks no leaf is empty.
 */
import type { SameKeys } from './shape';

export const lessonsEn = {
  language: { name: 'English' },
};

export const lessonsZh: SameKeys<typeof lessonsEn> = {
  language: { name: '简体中文' },
};
