// The same data as `/`: the Timeline JSON, fetched from the prerendered /timeline.json.
export { load } from '../+page';
