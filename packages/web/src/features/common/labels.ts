/** Codes in words for people: "armed-attack" → "armed attack", an area id → the area's name; the code stays in the tooltip. */

/**
 * A kebab-case code as words.
 * @example words('consult-first') // 'consult first'
 */
export const words = (code: string): string => code.replaceAll('-', ' ');

/**
 * A code's label: the name the catalogue gives it (areas), else its words.
 * @example labelOf('north-of-tropic-of-cancer', areaNames) // 'North Atlantic (north of the Tropic of Cancer)' if an area, else 'north of tropic of cancer'
 */
export const labelOf = (code: string, names?: ReadonlyMap<string, string>): string =>
  names?.get(code) ?? words(code);

/** The tooltip that keeps the code beside its label. */
export const codeTitle = (code: string): string => `code: ${code}`;
