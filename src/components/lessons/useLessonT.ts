/**
 * The `lessons` namespace's `t`, with Chinese typography applied to what it returns:
 * a space between a Chinese character and a Latin letter or digit ("是 ESMM",
 * "的 2.8 倍"), which sentences assembled from names and numbers would otherwise lack.
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { spaceZh } from '../../i18n/spacing';

export function useLessonT(): { t: TFunction<'lessons'>; i18n: ReturnType<typeof useTranslation<'lessons'>>['i18n'] } {
  const { t, i18n } = useTranslation('lessons');
  const zh = i18n.language === 'zh';
  const spaced = useMemo(() => (zh ? (((...args: Parameters<typeof t>) => spaceZh(t(...args) as string)) as unknown as TFunction<'lessons'>) : t), [t, zh]);
  return { t: spaced, i18n };
}
