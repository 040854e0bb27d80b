import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle, type StyleOptions } from './style';

const options = (dark: boolean): StyleOptions => ({
  basemap: ['land', 'countries'],
  origin: 'http://127.0.0.1:4173',
  focusCountries: ['KZ'],
  events: { type: 'FeatureCollection', features: [] },
  areas: { type: 'FeatureCollection', features: [] },
  countryLabels: [],
  reducedMotion: false,
  dark
});

describe('buildStyle', () => {
  it('is a valid offline MapLibre style with no glyph or tile URLs', () => {
    const style = buildStyle(options(false));
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  });

  it('draws categories in their dark-theme colours on the dark map', () => {
    const light = JSON.stringify(buildStyle(options(false)).layers);
    const dark = JSON.stringify(buildStyle(options(true)).layers);
    expect(light).toContain('["get","color"]');
    expect(light).not.toContain('darkColor');
    expect(dark).toContain('["get","darkColor"]');
    expect(dark).not.toContain('["get","color"]');
  });
});
