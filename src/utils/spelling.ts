// Names shorter than this are too often two different names one letter apart ("Kerry", "Berry").
const MIN_VARIANT_LENGTH = 6;

/**
 * Whether two surnames are one spelling of the same name: both long enough,
 * different, and one letter apart — a letter changed, added, dropped, or two
 * letters swapped ("Jalili" and "Jalali", "Yildirim" and "Yidirim").
 *
 * @example
 * spellingVariants('yildirim', 'yidirim') // → true
 * spellingVariants('kerry', 'berry') // → false (too short to tell)
 */
export function spellingVariants(a: string, b: string): boolean {
  if (a === b || a.length < MIN_VARIANT_LENGTH || b.length < MIN_VARIANT_LENGTH || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const restA = a.length - i - j;
  const restB = b.length - i - j;
  // One letter changed, added or dropped; or two neighbours swapped.
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}
