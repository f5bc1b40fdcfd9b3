/**
 * Recognising standpoint's errors across copies of the library. A program
 * can load two: the CommonJS build next to the ES module one, or an entry
 * point bundled on its own. Their classes differ, so a plain `instanceof`
 * would say that an InputError thrown by one copy is not an InputError of
 * the other. Each instance therefore carries a registered symbol per class
 * it belongs to (`Symbol.for('standpoint.InputError')`, the same in every
 * copy), and `instanceof` reads those.
 */

const brands = new Map<Function, symbol>();

/** Gives a class of ours its brand: `Symbol.for('standpoint.<name>')`. */
export function registerBrand(type: Function, name: string): void {
  brands.set(type, Symbol.for(`standpoint.${name}`));
}

/** Marks an instance with the brand of its class and of every class of ours above it. */
export function brandInstance(instance: object, type: Function): void {
  for (let at: unknown = type; typeof at === 'function' && at !== Error; at = Object.getPrototypeOf(at)) {
    const brand = brands.get(at);
    // Not enumerable: the brands stay out of JSON.stringify, spreads and console output.
    if (brand) Object.defineProperty(instance, brand, { value: true });
  }
}

/**
 * `value instanceof type`: for a class of ours, by brand; for a class a user
 * derived from one of ours (it has no brand of its own), by prototype, as usual.
 */
export function hasBrand(type: Function, value: unknown): boolean {
  const brand = brands.get(type);
  if (brand === undefined) return Function.prototype[Symbol.hasInstance].call(type, value);
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}
