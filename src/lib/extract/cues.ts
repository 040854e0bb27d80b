/**
 * Event cues: the words that tell what kind of thing a clause reports.
 * Weights say how much a word alone makes the clause an event of that kind: verbs of action
 * (arrested, torched) are strong; background nouns (unrest, violence) are weak and cannot make
 * an event on their own. The strongest cue decides; ties go to the more specific category.
 */
import type { EventCategory } from './types';

export const STRONG = 2;
export const MEDIUM = 1.5;
export const WEAK = 1;
/** A clause needs a cue at least this strong to become an event. */
export const EVENT_THRESHOLD = MEDIUM;

type CueTable = Partial<Record<EventCategory, Record<string, number>>>;

const words = (list: string, weight: number): Record<string, number> =>
  Object.fromEntries(list.split(/\s+/).filter(Boolean).map((w) => [w, weight]));

export const CUES: CueTable = {
  protest: {
    ...words('protested protesting rallied demonstrated marched picketed', STRONG),
    ...words('protest protests protesters protestors demonstration demonstrations demonstrators rally rallies sit-in strike strikes strikers marches', MEDIUM)
  },
  clash: {
    ...words('clashed clashes clash fought skirmished rioted shelled opened', STRONG),
    ...words('fighting riots riot rioting rioters skirmishes confrontations confrontation gunfire shooting shootings firefight stampede airstrike airstrikes shelling bombing bombardment explosions', MEDIUM),
    ...words('violence violent unrest attack attacks attacked turmoil', WEAK)
  },
  'arson-seizure': {
    ...words('seized torched stormed looted ransacked burned burnt occupied captured overran vandalised vandalized', STRONG),
    ...words('arson looting seizure', MEDIUM)
  },
  arrest: {
    ...words('arrested detained apprehended jailed arresting detaining', STRONG),
    ...words('arrests detentions detainees custody detention', MEDIUM)
  },
  casualties: {
    ...words('killed killing kills died wounded wounding injured injuring', STRONG),
    // Nouns alone ("the death would be investigated") do not make a casualty report; a figure does.
    ...words('dead deaths death casualties fatalities injuries bodies', WEAK)
  },
  shutdown: {
    ...words('internet blackout shutdown outage', STRONG),
    ...words('websites connectivity offline messengers', MEDIUM)
  },
  deployment: {
    ...words('deployed dispatched deploy', STRONG),
    ...words('peacekeepers peacekeeping deployment', MEDIUM),
    // Troops are often only mentioned ("ordered troops to fire"); a movement verb or a count makes it a deployment.
    ...words('troops soldiers paratroopers servicemen', WEAK)
  },
  declaration: {
    ...words('declared imposed resigned dismissed sacked decreed', STRONG),
    ...words('curfew emergency mourning resignation decree martial', MEDIUM)
  },
  statement: {
    ...words('said says announced denounced condemned stated told added warned accused urged claimed presented expressed vowed pledged insisted described called', MEDIUM),
    ...words('speech statement address', WEAK)
  }
};

/** Every cue word → the categories it signals, for one lookup per word (no prototype keys such as "constructor"). */
export const CUE_INDEX: ReadonlyMap<string, ReadonlyArray<readonly [EventCategory, number]>> = (() => {
  const index = new Map<string, Array<readonly [EventCategory, number]>>();
  for (const [category, table] of Object.entries(CUES) as Array<[EventCategory, Record<string, number>]>) {
    for (const [word, weight] of Object.entries(table)) {
      const list = index.get(word) ?? [];
      list.push([category, weight]);
      index.set(word, list);
    }
  }
  return index;
})();

/** Tie-break order: a reported arrest is an arrest before it is a statement. */
export const CATEGORY_PRIORITY: EventCategory[] = [
  'arrest', 'casualties', 'shutdown', 'arson-seizure', 'deployment', 'declaration', 'clash', 'protest', 'statement', 'other'
];

/** Past-tense statement verb → present, for headline-style titles ("Putin denounces …"). */
export const HEADLINE_VERB: Record<string, string> = {
  said: 'says', added: 'adds', announced: 'announces', denounced: 'denounces', condemned: 'condemns',
  stated: 'states', told: 'tells', warned: 'warns', accused: 'accuses', urged: 'urges', claimed: 'claims',
  presented: 'presents', expressed: 'expresses', vowed: 'vows', pledged: 'pledges', insisted: 'insists',
  described: 'describes', called: 'calls', declared: 'declares'
};

export const CATEGORY_LABEL: Record<EventCategory, string> = {
  protest: 'Protest',
  clash: 'Clash or violence',
  'arson-seizure': 'Arson or seizure',
  arrest: 'Arrests',
  casualties: 'Killed or injured',
  shutdown: 'Shutdown or censorship',
  deployment: 'Troop deployment',
  statement: 'Official statement',
  declaration: 'Declaration or emergency measure',
  other: 'Other'
};
