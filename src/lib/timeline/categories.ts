/** Category labels and colours, shared by the map and the list so a colour means the same thing everywhere. */
import type { EventCategory } from '$lib/extract/types';

export const CATEGORY_STYLE: Record<EventCategory, { label: string; color: string }> = {
  protest: { label: 'Protest', color: '#e69f00' },
  clash: { label: 'Clash', color: '#d7263d' },
  'arson-seizure': { label: 'Arson / seizure', color: '#b8336a' },
  arrest: { label: 'Arrest', color: '#5b4fcf' },
  casualties: { label: 'Casualties', color: '#7a1f1f' },
  shutdown: { label: 'Shutdown', color: '#3d6b8f' },
  deployment: { label: 'Deployment', color: '#2f8f5b' },
  statement: { label: 'Statement', color: '#56677a' },
  declaration: { label: 'Declaration', color: '#0f8b8d' },
  other: { label: 'Other', color: '#8a8f98' }
};

export function categoryStyle(category: string): { label: string; color: string } {
  return CATEGORY_STYLE[category as EventCategory] ?? CATEGORY_STYLE.other;
}
