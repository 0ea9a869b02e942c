/**
 * The word and sentence bank the synthetic archive is written from: the
 * vocabulary of news reports on detention camps and prisons in northeast
 * Syria (sites, towns, people, organisations, numbers). Realistic text
 * matters for the benchmark: Pagefind's index size and query cost depend on
 * the vocabulary and on how often names recur, not only on the page count.
 *
 * Slots in templates: {site} a camp or prison, {town}, {person} and {org}
 * are entities the article lists; the others are filled with words and
 * numbers (see `FILLERS` and corpus-articles.ts).
 */

/** Syllables that make up invented place and family names, e.g. "Ba"+"dar" → "Badar". */
export const NAME_SYLLABLES = [
  'ba',
  'dar',
  'ham',
  'ra',
  'sul',
  'ka',
  'mir',
  'za',
  'han',
  'qa',
  'ti',
  'ya',
  'sha',
  'lu',
  'nab',
  'fa',
  'rid',
  'mas',
  'tan',
  'jir',
  'wa',
  'kur',
  'sab',
  'hi',
  'dun',
  'ma',
  'ruj',
  'ni',
  'gha',
  'bul',
] as const;

/** Place-name heads with the other spellings sources use for them ("Tal", "Tell", "Tel"). */
export const PLACE_HEADS: readonly (readonly string[])[] = [
  ['Tal', 'Tell', 'Tel'],
  ['Ayn', 'Ain', 'Ein'],
  ['Ras', 'Rass'],
  ['Deir', 'Dayr'],
  ['Kafr', 'Kfar'],
  ['Bir', 'Beer'],
  ['Qasr', 'Kasr'],
  ['Umm', 'Um'],
  ['Khirbet', 'Khirbat'],
  ['Jisr', 'Jesr'],
];

/** Given names of local people, with a second transliteration where sources differ. */
export const LOCAL_GIVEN_NAMES: readonly (readonly string[])[] = [
  ['Ahmad', 'Ahmed'],
  ['Mohammed', 'Muhammad'],
  ['Fatima', 'Fatma'],
  ['Layla', 'Leila'],
  ['Omar', 'Umar'],
  ['Hasan', 'Hassan'],
  ['Khaled', 'Khalid'],
  ['Amina'],
  ['Nour', 'Noor'],
  ['Yusuf', 'Youssef'],
  ['Rania'],
  ['Hussein', 'Husayn'],
  ['Mahmoud', 'Mahmud'],
  ['Zainab', 'Zeinab'],
  ['Ibrahim'],
  ['Mariam', 'Maryam'],
  ['Samir'],
  ['Hanan'],
  ['Jamal'],
  ['Rasha'],
];

/** Foreign researchers, journalists and aid workers: given names. */
export const FOREIGN_GIVEN_NAMES = [
  'Anna',
  'Pieter',
  'Claire',
  'Tom',
  'Marta',
  'Jonas',
  'Sophie',
  'Daniel',
  'Ines',
  'Lukas',
  'Helen',
  'Marco',
  'Eva',
  'Patrick',
  'Nadia',
] as const;

/** Foreign family names; each is used once, so the family name alone can be an alias. */
export const FOREIGN_FAMILY_NAMES = [
  'de Vries',
  'Halloran',
  'Lindqvist',
  'Moreau',
  'Castellano',
  'Brennan',
  'Okafor',
  'Weber',
  'Jansen',
  'Marchetti',
  'Novak',
  'Larsen',
  'Duval',
  'Ferreira',
  'Kowalski',
  'Schuster',
  'Bianchi',
  'Hughes',
  'Dubois',
  'van Dijk',
  'Ortega',
  'Lambert',
  'Fischer',
  'Keller',
  'Rossi',
  'Andersson',
  'Petrov',
  'Nielsen',
  'Varga',
  'Whitfield',
] as const;

/** What a person in the corpus does, for their one-line description. */
export const PERSON_ROLES = [
  'A camp administrator',
  'A spokesman for the local administration',
  'A lawyer representing detainees’ families',
  'A researcher on jihadist movements',
  'An aid worker',
  'A former prison guard',
  'A tribal elder',
  'A doctor at a field clinic',
  'A journalist',
  'A member of the local council',
  'A mother held in a camp',
] as const;

/** Kinds of organisation, with the description each gets. */
export const ORGANISATION_KINDS = [
  { suffix: 'Relief Council', description: 'A relief organisation delivering food and water to the camps.' },
  { suffix: 'Brigade', description: 'An armed group active in the area.' },
  { suffix: 'Legal Aid Network', description: 'Lawyers who represent detainees and their families.' },
  { suffix: 'Human Rights Observatory', description: 'A monitoring group that counts casualties and arrests.' },
  { suffix: 'Security Directorate', description: 'The local security service that guards prisons.' },
  { suffix: 'Tribal Council', description: 'Elders who negotiate the release of families.' },
  { suffix: 'Medical Foundation', description: 'A charity running clinics inside the camps.' },
  { suffix: 'Refugee Committee', description: 'A committee of displaced people from the area.' },
  { suffix: 'Monitoring Group', description: 'Researchers who track the detainee population.' },
  { suffix: 'Courier', description: 'A regional newspaper.' },
] as const;

/** The archive's topics: name and description. About twenty, as a real archive would grow. */
export const TOPICS = [
  ['Escapes from camps', 'Breakouts of women and children from the camps that hold the families of Islamic State members.'],
  ['Prison breaks', 'Escapes and attempted escapes from prisons holding suspected fighters.'],
  ['Repatriation', 'Whether and how home countries bring back their citizens from the camps.'],
  ['Conditions in the camps', 'Overcrowding, water, food, health care and violence inside the camps.'],
  ['Children in detention', 'The children born or raised in the camps, and their future.'],
  ['Trials and courts', 'Local courts, international tribunals and the lack of trials for detainees.'],
  ['Guards and security', 'Who guards the prisons and camps, and how many guards there are.'],
  ['Turkish offensive', 'The military operation into northeast Syria and its effect on detention sites.'],
  ['Foreign fighters', 'Fighters from outside Syria and Iraq held in the northeast.'],
  ['Humanitarian aid', 'Aid deliveries to the camps and the agencies that make them.'],
  ['Smuggling networks', 'Smugglers who take detainees out of the camps for money.'],
  ['Radicalisation in the camps', 'The hold of the group’s rules over camp residents.'],
  ['Transfers of detainees', 'Moves of detainees between sites and across borders.'],
  ['Displacement', 'People driven from their homes by the fighting.'],
  ['Sleeper cells', 'Attacks by cells of the group after its territorial defeat.'],
  ['Women in the camps', 'The women held in the camps, their views and their treatment.'],
  ['Tribal mediation', 'Releases of families negotiated by tribal leaders.'],
  ['Border crossings', 'Crossings into Turkey and Iraq used by escapees and smugglers.'],
  ['Funding cuts', 'Donors’ funding for the camps and what happens when it stops.'],
  ['Research and reports', 'Studies of the camps and prisons by researchers and monitors.'],
] as const;

/** Publishers of the synthetic articles, with their home pages. */
export const PUBLISHERS = [
  ['Northern Ledger', 'https://northernledger.example/'],
  ['Euphrates Weekly', 'https://euphratesweekly.example/'],
  ['Levant Dispatch', 'https://levantdispatch.example/'],
  ['Border Post', 'https://borderpost.example/'],
  ['Continental Herald', 'https://continentalherald.example/'],
  ['Radio Meridian', 'https://radiomeridian.example/'],
  ['Morning Standard', 'https://morningstandard.example/'],
  ['Gazette of the North', 'https://gazettenorth.example/'],
  ['Atlas News Service', 'https://atlasnews.example/'],
  ['Crescent Review', 'https://crescentreview.example/'],
  ['Harbour Times', 'https://harbourtimes.example/'],
  ['Plains Chronicle', 'https://plainschronicle.example/'],
] as const;

/** Languages machine translations are made from. */
export const SOURCE_LANGUAGES = ['es', 'fr', 'nl', 'de', 'ar', 'tr'] as const;

/** Values for the non-entity slots of the templates. Numbers are drawn in corpus-articles.ts. */
export const FILLERS = {
  group: ['women', 'children', 'foreign women', 'men', 'detainees', 'families', 'teenagers', 'prisoners'],
  nat: ['French', 'Belgian', 'Dutch', 'German', 'Tunisian', 'Iraqi', 'Russian', 'British', 'Swedish', 'Moroccan', 'Indonesian', 'Kazakh'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  month: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  role: [
    'a camp administrator',
    'a local council member',
    'a former guard',
    'a lawyer',
    'an aid worker',
    'a doctor',
    'a teacher in the camp',
  ],
  time: ['before dawn', 'late at night', 'in the afternoon', 'shortly after midnight', 'during Friday prayers'],
  ordinal: ['second', 'third', 'fourth', 'fifth'],
} as const;

/** Sentences of an article body. */
export const SENTENCES = [
  '{site} held about {big} people when the shelling began, according to figures from {org}.',
  '{person}, who works for {org}, said the guards at {site} had not been paid for {n} weeks.',
  'Residents of {town} said they heard gunfire near {site} {time} on {weekday}.',
  'At least {n} {group} were missing after the morning count at {site}, officials in {town} said.',
  '"We had a list of {big} names, and now {n} of them are gone," {person} said.',
  '{org} said it had moved {big} detainees from {site} to smaller facilities near {town}.',
  'The road from {town} to the border was closed for {n} days while convoys of trucks passed.',
  'According to {person}, the fence around the foreign section of {site} was cut in {n} places.',
  '{nat} officials have so far repatriated only {n} of their citizens held in northeast Syria.',
  'The camp administration at {site} reported {n} attacks on staff in {month} alone.',
  'In {town}, shops closed early and families loaded their belongings onto pickup trucks.',
  '{person} described the conditions inside {site} as overcrowded, with {pct} percent of the tents shared by two families.',
  '{org} has repeatedly warned that it cannot guard {site} and fight on the front line at the same time.',
  'A spokesman for {org} denied that any of the escaped {group} had crossed into {town}.',
  'Satellite images reviewed by {org} showed new earth walls around {site} built since {month}.',
  '"Nobody knows how many left that night," said {role} in {town}, who asked not to be named.',
  'Most of the {group} held at {site} come from Syria and Iraq, but about {big} are foreigners from more than {n} countries.',
  'Local media in {town} published photographs of {group} walking along the highway with small bags.',
  '{person} told reporters that {n} {nat} women had asked to be returned to the camp after two days without food.',
  'The transfer of {big} prisoners from {site} took {n} days and required more than {n} buses.',
  'Security forces searched houses in {town} for {n} hours and detained {n} people suspected of helping the escape.',
  'Lawyers for the families argue that holding children at {site} without trial breaks international law.',
  '{org} estimates that {pct} percent of the residents of {site} are under the age of twelve.',
  'Water deliveries to {site} were interrupted for {n} days after a pumping station near {town} was damaged.',
  '{person} said the courts in {town} had heard {big} cases since {month}, most of them on membership charges.',
  'It was the {ordinal} escape from {site} reported this year.',
  'Officials from {org} met tribal leaders in {town} to negotiate the release of {n} families.',
  'Guards at {site} fired warning shots when a crowd of {group} gathered at the main gate.',
  'The International Committee of the Red Cross has asked for regular access to {site} since {month}.',
  '{person} was speaking by telephone from {town}, where the organisation keeps a small office.',
  'More than {big} people fled {town} in the first {n} days of the offensive.',
  'A report by {org} counted {n} deaths in {site} during {month}, most of them children under five.',
  'The prisoners at {site} are held in former schools and warehouses that were never built as jails.',
  '{nat} intelligence services believe that at least {n} of the escaped fighters have reached Idlib.',
  'Aid agencies say the clinic at {site} sees about {big} patients a week with only {n} doctors.',
  '"The women in the annex still follow the rules of the group," {person} said, "and they punish those who do not."',
  '{org} published a list of {n} names of people it said had escaped from {site}.',
  'Kurdish officials in {town} said the shelling had hit a building {n} kilometres from {site}.',
  'Since {month}, {org} has recorded {big} arrivals at {site}, most of them from the last villages held by the group.',
  'The families of {nat} detainees gathered outside the foreign ministry to demand their return.',
  '{person}, a researcher who has visited {site} {n} times, said the mood had changed within weeks.',
  'By {weekday} evening, checkpoints had been set up on every road leaving {town}.',
  'The number of guards at {site} fell from {big} to a few hundred as units were sent north.',
  'Reporters were not allowed into {site}, and the account could not be independently verified.',
  '{org} called on foreign governments to take back their citizens before the camps became impossible to control.',
  'Prices for a smuggler to take a woman out of {site} rose to {big} dollars, according to {person}.',
  'A court in {town} sentenced {n} men to prison terms for helping detainees escape.',
  '{person} said {org} had received no new funding for the camps since {month}.',
  'Engineers from {org} repaired the generator at {site}, but fuel for it lasts only {n} days at a time.',
  'Teachers at {site} run classes in tents, with one blackboard for every {n} pupils and no textbooks in Kurdish or Arabic.',
  '{person} recalled that the wind tore through the canvas shelters at {site} and flooded the latrines after a storm in {month}.',
  'A convoy of lorries carrying flour, blankets and heating oil reached {site} after waiting {n} hours at a checkpoint outside {town}.',
  'Mothers queue before sunrise at the distribution point in {site}, where rations of rice, lentils and sugar are handed out weekly.',
  'Families in {town} rent rooms to relatives released from {site}, and landlords have doubled the rent since {month}.',
  'Pharmacists in {town} report shortages of insulin, antibiotics and vaccines for measles and polio.',
  'The dusty market street inside {site} sells phone cards, cooking gas and second-hand clothes brought in by smugglers.',
  '{person} keeps a handwritten ledger of every birth, death and marriage registered in the foreign annex of {site}.',
  'Surveillance cameras installed by {org} at {site} stopped working during a power cut that lasted {n} days.',
  'Negotiators from {org} argued over the wording of a memorandum that would let {nat} diplomats visit {site}.',
  'Cholera, diarrhoea and skin infections spread quickly in the overcrowded blocks of {site}, according to {org}.',
  'Psychologists who counsel adolescents at {site} describe nightmares, bedwetting and outbursts of anger among the boys.',
  'Farmers near {town} complained that tanks and trenches had ruined the wheat and cotton harvest for a second season.',
  'A bridge over the Euphrates near {town} was bombed, cutting the shortest route between {site} and the regional hospital.',
  'Archivists at {org} digitised thousands of identity papers, marriage contracts and property deeds recovered near {town}.',
  '{person} said prosecutors had gathered testimony from survivors, including Yazidi women once enslaved by the group.',
  'Inmates at {site} sleep on thin mattresses in dormitories designed for a fraction of their number, {person} said.',
  'Volunteers from {town} painted murals, planted olive saplings and built a football pitch on the edge of {site}.',
  'The humanitarian coordinator warned that donors had pledged only {pct} percent of the money requested for the year.',
  'Sandstorms grounded the helicopters and delayed the evacuation of wounded guards from {site} for {n} days.',
  'A leaked memorandum from {org} described a plan to separate adolescent boys from their mothers at {site}.',
  'Tribal sheikhs from the villages around {town} vouched for the families, guaranteeing their good conduct in writing.',
  'Border guards intercepted a minibus near {town} carrying {n} women and children hidden under sacks of potatoes.',
  'The figures could not be confirmed.',
  'Conditions worsened as winter approached and temperatures fell below freezing at night.',
  'Many of the children were born in the territory the group once held and have no birth certificates.',
  'Within days of the offensive, the front line was only a few kilometres from the camps.',
  'Human rights groups have criticised the lack of trials and the indefinite detention of thousands of people.',
] as const;

/** Headlines; {site} and {town} are among the article's entities. */
export const HEADLINES = [
  '{n} {group} escape from {site} as fighting nears {town}',
  'Fears grow over security at {site}',
  'Inside {site}: the families nobody wants',
  '{org} warns of breakouts from prisons around {town}',
  'Shelling near {site} forces guards to withdraw',
  '{nat} mothers in {site} ask to come home',
  'Trials in {town} struggle with thousands of cases',
  'Aid to {site} cut off after strike near {town}',
] as const;

/** Event titles, in the archive's words; slots come from the cited article. */
export const EVENT_TITLES = [
  '{group} escape from {site} during shelling near {town}.',
  '{org} moves detainees out of {site}.',
  'Guards withdraw from {site} as the front line approaches {town}.',
  'Checkpoints set up around {town} after an escape from {site}.',
  '{org} publishes a count of escapees from {site}.',
  'Water supply to {site} cut after damage near {town}.',
] as const;

/** Lines of page furniture a capture keeps around the article text. */
export const FURNITURE = [
  'Share this article',
  'Subscribe to our newsletter',
  'Most read',
  'Related: More reports from northeast Syria',
  'Accept cookies',
  'Follow us',
] as const;
