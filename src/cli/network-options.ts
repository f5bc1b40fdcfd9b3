/**
 * Option values of `report` and `export`, checked into UsageErrors (exit 2).
 */
import type { TimeWindow } from '../network/networks.js';
import { UsageError } from './exit-codes.js';

/** One of the allowed words, or undefined when the option is absent. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

/** A finite number, or undefined when the option is absent. */
export function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number (got "${value}")`);
  return n;
}

/** year, month, day or a number of days. */
export function windowOption(value: string | undefined): TimeWindow | undefined {
  if (value === undefined) return undefined;
  if (value === 'year' || value === 'month' || value === 'day') return value;
  if (/^[1-9]\d*$/.test(value)) return { days: Number(value) };
  throw new UsageError(`--window must be year, month, day or a number of days (got "${value}")`);
}
