/**
 * The `why` namespace's `t`, with Chinese typography applied to what it returns: a
 * space between a Chinese character and a Latin letter or digit (“ESMM 在前 10 名”),
 * which sentences assembled from names and numbers would otherwise lack.
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { spaceZh } from '../../i18n/spacing';

export function useWhyT(): TFunction<'why'> {
  const { t, i18n } = useTranslation('why');
  const zh = i18n.language === 'zh';
  return useMemo(() => (zh ? (((...args: Parameters<typeof t>) => spaceZh(t(...args) as string)) as unknown as TFunction<'why'>) : t), [t, zh]);
}
