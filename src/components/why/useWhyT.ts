/**
 * The `why` namespace's `t`, with Chinese typography applied to what it returns: a
 * space between a Chinese character and a Latin letter or digit (“ESMM 在前 10 名”),
 * which sentences assembled from names and numbers would otherwise lack.
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const HAN_THEN_LATIN = new RegExp(`([${HAN}])([A-Za-z0-9¥#])`, 'g');
const LATIN_THEN_HAN = new RegExp(`([A-Za-z0-9%])([${HAN}])`, 'g');

/** Adds the missing spaces between Chinese and Latin letters or digits. */
export function spaceCjk(text: string): string {
  return text.replace(HAN_THEN_LATIN, '$1 $2').replace(LATIN_THEN_HAN, '$1 $2');
}

export function useWhyT(): TFunction<'why'> {
  const { t, i18n } = useTranslation('why');
  const zh = i18n.language === 'zh';
  return useMemo(() => (zh ? (((...args: Parameters<typeof t>) => spaceCjk(t(...args) as string)) as unknown as TFunction<'why'>) : t), [t, zh]);
}
