/** Numbers as the UI language writes them ("4.25" / "4,25", "1,200" / "1 200"). */
import { intlLocale } from '../../shared/i18n/format.ts';

export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(language), options).format(value);
}
