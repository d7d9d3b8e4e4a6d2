/**
 * The `why` namespace (Step 4, "See why"), English and Simplified Chinese, one file
 * per language (each under 300 lines).
 */
export { whyEn } from './whyEn';
export { whyZh } from './whyZh';
