/**
 * Strings of the `lessons` namespace, English and Simplified Chinese, one file each
 * (they are long): `lessonsEn.ts` and `lessonsZh.ts`.
 */
export { lessonsEn } from './lessonsEn';
export { lessonsZh } from './lessonsZh';
