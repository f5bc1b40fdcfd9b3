/**
 * Colours of the report, chosen for contrast (WCAG 2.1): text at least 4.5:1
 * against its background (AA), marks at least 3:1 against white.
 */

/** Fill colours of support and oppose marks and lines; text in these hues uses the darker pair. */
export const SUPPORT = '#1f78b4';
export const OPPOSE = '#d95f02';
export const SUPPORT_TEXT = '#1763a0';
export const OPPOSE_TEXT = '#a84500';
export const NEUTRAL = '#8c8c8c';
export const INK = '#1d2330';
export const MUTED = '#5b6475';

// Tableau 10 and a second, lighter round: distinct hues for affiliations.
const AFFILIATION_COLOURS = ['#4e79a7', '#59a14f', '#e15759', '#b07aa1', '#edc948', '#76b7b2', '#9c755f', '#ff9da7', '#86bcb6', '#8cd17d', '#d37295', '#a0cbe8', '#f1ce63', '#79706e', '#499894', '#fabfd2'];

function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two "#rrggbb" colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Black or white, whichever reads better on `background` (the better one always reaches 4.5:1). */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/** The chip colours [background, text] of the i-th affiliation. */
export function affiliationColours(i: number): [string, string] {
  const background = AFFILIATION_COLOURS[i % AFFILIATION_COLOURS.length]!;
  return [background, textOn(background)];
}
