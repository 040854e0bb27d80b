/**
 * Word lists for recognition. COMMON_WORDS are English words that are also GeoNames names ("Police",
 * "Central", "Leave"): a single capitalised one is only a place with strong evidence (a country or
 * admin-1 name). Months, weekdays and feasts ("Ramadan", "Easter") are here because many are towns too.
 */
const words = (s: string) => new Set(s.trim().split(/\s+/));

export const COMMON_WORDS = words(`
a i we he she it they you me us him her them my our your his its their this that these those who whom what which
the an and or but nor so yet if then than as at by for from in into of off on onto out over per to up upon via with
within without about above across after against along among around before behind below beneath beside between beyond
down during except inside near outside since through throughout till toward towards under until unto
am is are was were be been being have has had do does did will would shall should can could may might must
not no yes all any both each every few many more most much other some such only own same very just also too
here there now today tonight tomorrow yesterday when where why how again once ever never always still even
one two three four five six seven eight nine ten hundred thousand million billion first second third last next
new old big great little long high low good bad best better well small large young early late major general
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
mon tue wed thu fri sat sun
ramadan eid hajj diwali holi hanukkah passover easter christmas lent advent halloween thanksgiving nowruz
central police leave reply replay read more news home page top share comment comments post posts print email
north south east west northern southern eastern western centre center city town village capital country state
union republic kingdom empire federal national international local world global public government president
minister ministry army military force forces security interior foreign office council court party
man men woman women people person child children family friend friends life death day days week weeks month months
year years time times hour hours minute minutes morning evening night noon
live lives living hope faith grace joy love peace victory liberty freedom independence unity progress
health hospital medical doctor doctors nurse virus flu fever disease outbreak case cases patient patients
water fire air earth land sea lake river mountain mountains hill hills valley island islands bay beach coast
park garden bridge road street avenue square station port airport harbour harbor market
gold silver iron stone rock sand salt oil gas coal wood forest field fields spring summer autumn fall winter
black white red green blue yellow brown orange pink grey gray
king queen prince princess lord lady saint st mount mt fort port
church temple mosque school college university academy institute hall house palace castle tower
bank trade commerce industry business company
open close closed free fair fine clear clean plain pleasant pleasure
deal bath reading mobile nice split march sale eagle hope content
via say says said tell told report reported reports according statement
secretary royal vice care daily samples sample borders border christian
chief head leader officer officers official officials spokesman spokeswoman agency
help aid support relief emergency crisis attack attacks war
`);

/** Lowercase words allowed inside a multi-word name ("Sea of Azov", "Trinidad and Tobago", "Rio de Janeiro"). */
export const CONNECTORS = words(`of de del della la le les the and upon on al el du des da do dos das y i am an der den di sur en ul ad bin au aux a sous super under in next cum zu im bei aan op los las es kwa ez az ash ar ed er`);

/** A capitalised word right after a name that turns it into an organisation or a title. */
export const ORG_WORDS = words(`
police ministry university college school hospital times post herald tribune journal daily gazette telegraph
council department club fc united airlines airways air bank company corporation corp inc ltd group institute
party army navy forces force guard committee commission agency service services office court cathedral church
treaty organization organisation federation association union league foundation observer express news radio tv
television network press stock exchange zoo museum theatre theater stadium center centre hotel mall prison
elementary
`);

/** A capitalised word after a name that names the kind of place; kept inside the span. */
export const PLACE_TYPE_WORDS = words(`
county province region oblast state district city town village governorate prefecture municipality territory
river lake island islands mountains mountain valley bay gulf sea desert peninsula strait canal
`);

/** Titles before a person's name ("President Tokayev", "General Jackson"). */
export const TITLES = words(`
mr mrs ms miss dr prof sir dame lord lady president prime minister secretary general gen col colonel major maj
capt captain lt lieutenant sgt sergeant governor gov senator sen rep representative mayor judge justice
king queen prince princess emperor pope father rev reverend saint brother sister uncle aunt chairman ceo
`);

/**
 * Words that make a name after a place its own government, officials or public services ("New York Governor",
 * "California Department of Public Health", "Queensland Police"): the place is still named (its jurisdiction),
 * unless an institution word makes the whole an organisation named after it ("Ohio State University").
 */
export const GOVERNMENT_WORDS = words(`
governor government department ministry minister ministers police council mayor premier secretary authorities
authority officials official army navy forces military guard court office senate legislature parliament assembly
cabinet president attorney commissioner sheriff health
`);

/** Words that make a capitalised run an institution or company named after a place ("Michigan State University"). */
export const INSTITUTION_WORDS = words(`
university college school academy institute hospital clinic times post herald tribune journal gazette telegraph
observer express news radio tv television network press star sun globe mail chronicle courier inquirer
club fc airlines airways air bank company corporation corp
inc ltd group zoo museum theatre theater stadium hotel mall prison elementary cathedral church exchange party
foundation association league airport station
`);

/**
 * Organisations, armed groups and institutions in crisis news whose names are also towns' in the gazetteer
 * (GeoNames has "Hamas" for Hamm, Fano in Italy, a Taliban in Iran, White House in Tennessee): the organisation,
 * unless a locative puts it on the map.
 */
export const ORGANISATION_NAMES = new Set([
  'hamas', 'hezbollah', 'hizbollah', 'hizballah', 'taliban', 'nato', 'isis', 'isil', 'daesh', 'houthi', 'houthis', 'fatah',
  'fano', 'wagner', 'frelimo', 'renamo', 'unita', 'janjaweed', 'interahamwe', 'red cross', 'red crescent', 'al shabaab',
  'boko haram', 'islamic state', 'al qaeda', 'muslim brotherhood',
  // news agencies and seats of government spoken of as actors ("Xinhua reported", "a White House statement")
  'xinhua', 'white house', 'kremlin', 'pentagon'
]);

/**
 * Peoples and faiths written like names before "camps", "village", "district" ("Rohingya camps", "a Yazidi
 * village", "the Druze district"): who lives there, not the place's name (nationalities are demonyms already).
 */
export const PEOPLE_NAMES = words(`
rohingya rohingyas uyghur uyghurs uighur uighurs yazidi yazidis hutu tutsi fulani pashtun pashtuns baloch hazara hazaras
druze bedouin bedouins roma tamil tamils sikh sikhs hindu hindus muslim muslims christian christians jewish
kurd kurds masai maasai oromo amhara tigrayan afar somali karen kachin shan chin zulu xhosa igbo yoruba hausa
`);
