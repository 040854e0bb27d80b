import { error } from '@sveltejs/kit';
import type { Timeline } from '$lib/extract/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, data }) => {
  const response = await fetch('/timeline.json');
  if (!response.ok) error(response.status, 'The timeline could not be loaded.');
  const timeline = (await response.json()) as Timeline;
  if (timeline.schemaVersion !== 1) error(500, `Unsupported Timeline JSON schemaVersion ${String(timeline.schemaVersion)}.`);
  return { ...data, timeline };
};
