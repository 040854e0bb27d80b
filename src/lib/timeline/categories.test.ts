import { describe, expect, it } from 'vitest';
import { CATEGORY_STYLE, categoryCssColor, DARK_BACKGROUNDS, LIGHT_BACKGROUNDS } from './categories';

/** WCAG relative luminance and contrast ratio of two "#rrggbb" colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

describe('category colours', () => {
  it('stand out at least 3:1 against every dark background (WCAG 1.4.11)', () => {
    for (const [category, { darkColor }] of Object.entries(CATEGORY_STYLE)) {
      for (const background of DARK_BACKGROUNDS) {
        expect(contrast(darkColor, background), `${category} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('stand out at least 3:1 against every light background too', () => {
    for (const [category, { color }] of Object.entries(CATEGORY_STYLE)) {
      for (const background of LIGHT_BACKGROUNDS) {
        expect(contrast(color, background), `${category} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('stay distinct from each other on the dark theme', () => {
    const colours = Object.values(CATEGORY_STYLE).map((style) => style.darkColor);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('follow the theme in CSS only where the dark colour differs', () => {
    expect(categoryCssColor('clash')).toBe('light-dark(#d7263d, #de4357)');
    expect(categoryCssColor('protest')).toBe('light-dark(#b06f00, #e69f00)');
    expect(categoryCssColor('deployment')).toBe('#2f8f5b');
    expect(categoryCssColor('no-such-category')).toBe(categoryCssColor('other'));
  });
});
