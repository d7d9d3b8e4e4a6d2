/**
 * Strings of the `app` namespace, English and Simplified Chinese. The type makes
 * the Chinese tree carry every English key; i18n.test.ts checks no leaf is empty.
 */
import type { SameKeys } from './shape';

export const appEn = {
  language: { name: 'English' },
};

export const appZh: SameKeys<typeof appEn> = {
  language: { name: '简体中文' },
};
