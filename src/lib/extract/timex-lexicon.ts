/**
 * Lookup tables for the time-expression scanner. Keys are lower-case words as the tokenizer emits
 * them (letters only: "mid-1941" arrives as "mid", "-", "1941").
 */

export interface MonthInfo {
  month: number;
  /** Short form ("Jan"): only a month when a day or year follows. */
  abbrev: boolean;
  /** Also a common English word ("may", "march"): alone, needs a temporal cue. */
  ambiguous: boolean;
}

const monthTable: Record<string, MonthInfo> = {};
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const AMBIGUOUS_MONTHS = new Set(['march', 'may', 'august', 'june', 'april']);
EN_MONTHS.forEach((name, i) => {
  monthTable[name] = { month: i + 1, abbrev: false, ambiguous: AMBIGUOUS_MONTHS.has(name) };
});
const EN_ABBREV: Array<[string, number]> = [
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12]
];
for (const [a, m] of EN_ABBREV) monthTable[a] = { month: m, abbrev: true, ambiguous: true };
// Russian: genitive (as in dates: "10 января") and nominative forms.
const RU_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const RU_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
RU_GENITIVE.forEach((w, i) => (monthTable[w] = { month: i + 1, abbrev: true, ambiguous: false }));
RU_NOMINATIVE.forEach((w, i) => (monthTable[w] = { month: i + 1, abbrev: false, ambiguous: false }));
export const MONTHS: ReadonlyMap<string, MonthInfo> = new Map(Object.entries(monthTable));

/** ISO weekday numbers; `abbrev` forms need a following date or a period to count. */
export const WEEKDAYS: ReadonlyMap<string, { wd: number; abbrev: boolean }> = new Map([
  ['monday', { wd: 1, abbrev: false }], ['tuesday', { wd: 2, abbrev: false }], ['wednesday', { wd: 3, abbrev: false }],
  ['thursday', { wd: 4, abbrev: false }], ['friday', { wd: 5, abbrev: false }], ['saturday', { wd: 6, abbrev: false }],
  ['sunday', { wd: 7, abbrev: false }],
  ['mon', { wd: 1, abbrev: true }], ['tue', { wd: 2, abbrev: true }], ['tues', { wd: 2, abbrev: true }],
  ['wed', { wd: 3, abbrev: true }], ['thu', { wd: 4, abbrev: true }], ['thur', { wd: 4, abbrev: true }],
  ['thurs', { wd: 4, abbrev: true }], ['fri', { wd: 5, abbrev: true }], ['sat', { wd: 6, abbrev: true }],
  ['sun', { wd: 7, abbrev: true }],
  // Russian, nominative and accusative ("в пятницу")
  ['понедельник', { wd: 1, abbrev: false }], ['вторник', { wd: 2, abbrev: false }], ['среда', { wd: 3, abbrev: false }],
  ['среду', { wd: 3, abbrev: false }], ['четверг', { wd: 4, abbrev: false }], ['пятница', { wd: 5, abbrev: false }],
  ['пятницу', { wd: 5, abbrev: false }], ['суббота', { wd: 6, abbrev: false }], ['субботу', { wd: 6, abbrev: false }],
  ['воскресенье', { wd: 7, abbrev: false }]
]);
/** Russian "yesterday", "today", "tomorrow": day offsets from the article date. */
export const RU_RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([['вчера', -1], ['сегодня', 0], ['завтра', 1]]);
/** Plural weekdays ("on Mondays") are sets. */
export const WEEKDAY_PLURALS: ReadonlyMap<string, number> = new Map([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7]
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12]
]);
/** Vague quantities: the TIMEX3 value uses X ("PXD"). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'numerous', 'couple']);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
  ['twentieth', 20], ['thirtieth', 30]
]);
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Duration units → ISO 8601 designator; `time` units go after "T". */
export interface UnitInfo {
  code: string;
  time: boolean;
  plural: boolean;
  /** Length in days when it is a whole number of days (for intervals). */
  days?: number;
  months?: number;
}
export const UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ['second', { code: 'S', time: true, plural: false }], ['seconds', { code: 'S', time: true, plural: true }],
  ['minute', { code: 'M', time: true, plural: false }], ['minutes', { code: 'M', time: true, plural: true }],
  ['hour', { code: 'H', time: true, plural: false }], ['hours', { code: 'H', time: true, plural: true }],
  ['day', { code: 'D', time: false, plural: false, days: 1 }], ['days', { code: 'D', time: false, plural: true, days: 1 }],
  ['night', { code: 'D', time: false, plural: false, days: 1 }], ['nights', { code: 'D', time: false, plural: true, days: 1 }],
  ['week', { code: 'W', time: false, plural: false, days: 7 }], ['weeks', { code: 'W', time: false, plural: true, days: 7 }],
  ['fortnight', { code: 'W', time: false, plural: false, days: 14 }],
  ['month', { code: 'M', time: false, plural: false, months: 1 }], ['months', { code: 'M', time: false, plural: true, months: 1 }],
  ['year', { code: 'Y', time: false, plural: false, months: 12 }], ['years', { code: 'Y', time: false, plural: true, months: 12 }],
  ['decade', { code: 'DE', time: false, plural: false }], ['decades', { code: 'DE', time: false, plural: true }],
  ['century', { code: 'CE', time: false, plural: false }], ['centuries', { code: 'CE', time: false, plural: true }]
]);
/** "week-long", "weeklong". */
export const LONG_UNITS: ReadonlyMap<string, string> = new Map([
  ['weeklong', 'week'], ['monthlong', 'month'], ['yearlong', 'year'], ['daylong', 'day']
]);

export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['daytime', 'DT'],
  ['dawn', 'MO'], ['dusk', 'EV'], ['nightfall', 'EV'], ['midday', 'MI'], ['noon', 'MI'], ['midnight', 'MN']
]);

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI']
]);

/** Words that make an ambiguous month or a bare number read as time. */
export const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'during', 'before', 'after', 'between', 'and',
  'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'around', 'circa', 'c', 'throughout', 'into', 'or',
  'end', 'beginning', 'start', 'middle', 'as', 'within', 'following', 'in-between', 'summer', 'spring', 'autumn',
  'winter', 'fall', 'year', 'dated', 'on-and-after'
]);

/** Nouns that turn a 4-digit number into a count ("2030 soldiers"), not a year. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'men', 'women', 'children', 'soldiers', 'troops', 'police', 'officers', 'protesters',
  'demonstrators', 'residents', 'civilians', 'casualties', 'dead', 'killed', 'injured', 'wounded', 'deaths',
  'prisoners', 'refugees', 'cases', 'vehicles', 'tanks', 'aircraft', 'planes', 'ships', 'guns', 'rifles', 'pieces',
  'units', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'm', 'ft', 'feet', 'tons', 'tonnes', 'kg',
  'dollars', 'euros', 'rubles', 'roubles', 'tenge', 'pounds', 'yuan', 'percent', 'per', 'votes', 'seats', 'members',
  'workers', 'students', 'hours', 'days', 'weeks', 'months', 'years', 'times', 'households', 'homes', 'houses',
  'buildings', 'sq', 'square', 'hectares', 'acres', 'copies', 'words', 'pages', 'rounds', 'shells', 'missiles',
  'rockets', 'cars', 'trucks', 'horses', 'infantry', 'cavalry', 'sailors', 'marines', 'fighters', 'militants',
  'rebels', 'insurgents', 'hostages', 'arrests', 'detainees', 'patients', 'beds', 'doses', 'tests', 'barrels',
  'mw', 'kw', 'gw', 'calories', 'mph', 'kph', 'signatures', 'more', 'others'
]);
/** Words before a number that make it a label, not a year ("Resolution 1973", "No. 2000"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'resolution', 'no', 'number', 'nos', 'route', 'flight', 'room', 'page', 'pages', 'article', 'paragraph', 'highway',
  'model', 'version', 'code', 'bus', 'train', 'unit', 'hill', 'height', 'rs', 'usd', 'eur', 'rub', 'kzt',
  'approximately', 'nearly', 'almost', 'total', 'than', 'least', 'roughly', 'exactly',
  'killing', 'killed', 'arrested', 'detained', 'injured', 'wounded', 'lost', 'losing', 'sent', 'deployed',
  'estimated', 'reached', 'rose', 'fell', 'cost', 'pay', 'paid', 'worth',
  'km', 'mile', 'miles', 'lot', 'plot', 'gate', 'platform', 'terminal', 'sector', 'block', 'building', 'apartment',
  'tel', 'fax', 'phone', 'ext', 'iso', 'cve', 'rfc', 'iphone', 'windows', 'office', 'chapter', 'verse', 'line', 'item'
]);

/** Verbs and markers that put a weekday or a year-less date in the future ("will meet on Friday"). */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', 'shall', 'll', 'scheduled', 'due', 'expected', 'plans', 'planned', 'planning', 'upcoming', 'coming',
  'going', 'intends', 'until', 'till', 'wo', 'would', 'set',
  'будет', 'будут', 'состоится', 'пройдет', 'пройдёт', 'планирует', 'планируется'
]);

/** Abbreviations whose period does not end a sentence. */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'st', 'mt', 'ft', 'no', 'vs', 'v',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u', 's', 'e', 'g', 'i',
  'a', 'p', 'm', 'c', 'ca', 'approx', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'gov', 'sen', 'rep', 'rev', 'fig',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'est', 'pres', 'adm', 'cmdr', 'brig'
]);

export const TIME_ZONE_WORDS: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'est', 'edt', 'cet', 'cest', 'bst', 'msk', 'pst', 'pdt', 'cst', 'cdt', 'ist', 'jst', 'hrs', 'hours', 'h', 'z'
]);
