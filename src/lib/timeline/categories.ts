/** Category labels and colours, shared by the map and the list so a colour means the same thing everywhere. */
import type { EventCategory } from '$lib/extract/types';

export interface CategoryStyle {
  label: string;
  /** On the light theme (and the map's markers). */
  color: string;
  /**
   * On the dark theme: the same hue, lightened where needed so a dot stays at least 3:1 against every
   * dark background it sits on (WCAG 1.4.11 non-text contrast; see DARK_BACKGROUNDS).
   */
  darkColor: string;
}

export const CATEGORY_STYLE: Record<EventCategory, CategoryStyle> = {
  // Amber darkened on the light theme so the dot keeps 3:1 on white; the bright amber reads well on dark.
  protest: { label: 'Protest', color: '#b06f00', darkColor: '#e69f00' },
  clash: { label: 'Clash', color: '#d7263d', darkColor: '#de4357' },
  'arson-seizure': { label: 'Arson / seizure', color: '#b8336a', darkColor: '#ce5084' },
  arrest: { label: 'Arrest', color: '#5b4fcf', darkColor: '#796fd8' },
  // Lightened to a brick tone rather than to red, so it stays apart from "clash".
  casualties: { label: 'Casualties', color: '#7a1f1f', darkColor: '#c9745e' },
  shutdown: { label: 'Shutdown', color: '#3d6b8f', darkColor: '#4b83af' },
  deployment: { label: 'Deployment', color: '#2f8f5b', darkColor: '#2f8f5b' },
  statement: { label: 'Statement', color: '#56677a', darkColor: '#6c8097' },
  declaration: { label: 'Declaration', color: '#0f8b8d', darkColor: '#0f8b8d' },
  other: { label: 'Other', color: '#7a808a', darkColor: '#8a8f98' }
};

/**
 * The dark theme's backgrounds under category dots (src/routes/+layout.svelte: --bg, --surface,
 * --surface-2 for hovered rows, --selected-bg for the selected one).
 */
export const DARK_BACKGROUNDS = ['#101316', '#181c21', '#242a31', '#1f3048'] as const;

/** The light theme's backgrounds under category dots (--bg, --surface, --surface-2, --selected-bg). */
export const LIGHT_BACKGROUNDS = ['#f6f6f4', '#ffffff', '#f1f2f4', '#e8f0fb'] as const;

export function categoryStyle(category: string): CategoryStyle {
  return CATEGORY_STYLE[category as EventCategory] ?? CATEGORY_STYLE.other;
}

/**
 * The category's colour for CSS, following the page's theme: `light-dark()` picks by the
 * `color-scheme` each theme sets, so it is right before any script runs, and on a forced theme too.
 */
export function categoryCssColor(category: string): string {
  const { color, darkColor } = categoryStyle(category);
  return color === darkColor ? color : `light-dark(${color}, ${darkColor})`;
}
