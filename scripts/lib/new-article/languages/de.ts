/** German: it capitalises every noun, so the name finder needs its ordinary nouns. */
import { de as chronoParser } from 'chrono-node';
import { weekdayGroup as wd, weekdayMeaning as weekday } from './relative-dates.ts';
import type { LanguageData } from './types.ts';

const WEEKDAYS = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];

/** German. */
export const de: LanguageData = {
  tag: 'de',
  name: 'German',
  franc: 'deu',
  stopWords: 'der die das und ist nicht mit sich des auf für dem ein eine auch wurde wurden nach aus bei sind hat zu im'.split(' '),
  months: [
    ['januar', 'jänner'],
    ['februar'],
    ['märz'],
    ['april'],
    ['mai'],
    ['juni'],
    ['juli'],
    ['august'],
    ['september'],
    ['oktober', 'okt'],
    ['november'],
    ['dezember'],
  ],
  monthStarts: 'jan feb mär apr mai jun jul aug sep okt nov dez'.split(' '),
  monthBeforeDay: false,
  dateLinks: [],
  weekdays: WEEKDAYS,
  chrono: chronoParser,
  relativeDates: [
    { pattern: /\bvorgestern\b/giu, meaning: () => ({ days: -2 }) },
    { pattern: /\bgestern\b/giu, meaning: () => ({ days: -1 }) },
    { pattern: /\bheute\b/giu, meaning: () => ({ days: 0 }) },
    { pattern: new RegExp(`\\bletzten ${wd(WEEKDAYS)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS, 1, 'before') },
    { pattern: new RegExp(`\\bam ${wd(WEEKDAYS)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS, 1, 'on-or-before') },
    { pattern: /\b(?:letzte|vergangene) Woche\b/giu, meaning: () => ({ period: 'week', offset: -1 }) },
    { pattern: /\bdiese Woche\b/giu, meaning: () => ({ period: 'week', offset: 0 }) },
  ],
  numberWords: {},
  multipliers: { tausend: 1000, millionen: 1_000_000 },
  amountLeads: [],
  numberLinks: [],
  vagueQuantities: ['dutzende', 'hunderte', 'tausende'],
  decimalMark: ',',
  numberContext: {
    ageAfter: ['jahre alt', 'jährige', 'jähriger', 'jährigen'],
    ageJoined: [],
    ageBefore: ['im alter von'],
    timeAfter: ['uhr'],
    dotTimeBefore: ['um', 'bis'],
    dotTimeAfter: ['uhr'],
    durationAfter: [/stunden?|tage?n?|wochen?|monaten?|jahren?|jahrzehnten?/],
    percentAfter: ['prozent'],
    percentBefore: [],
    currencyAfter: ['dollar', 'euro', 'pfund'],
    counted: {
      people: ['menschen', 'personen'],
      escaped: ['geflohen', 'flucht', 'entkommen', 'ausgebrochen'],
      held: ['häftling', 'gefangen', 'inhaftiert', 'festgehalten'],
      fighters: ['kämpfer', 'dschihadist'],
      women: ['frauen'],
      children: ['kinder'],
      distance: [],
      displaced: ['vertrieben'],
      casualties: ['verletzt', 'getötet', 'tote'],
      vehicles: ['fahrzeug', 'lkw'],
      countries: ['länder', 'staaten'],
    },
  },
  names: {
    connectors: ['von', 'der', 'den'],
    leading: 'der die das und ein eine'.split(' '),
    // Weekdays and months are ordinary nouns here: capitalisedNouns.nouns has the weekdays.
    notNamesAlone: [],
    organisationWords: [],
    placeBefore: [],
    personAround: [],
    speakerWords: ['sagte', 'erklärte', 'Sprecher', 'Sprecherin'],
    hyphenatedArticles: [],
    spacedArticles: [],
    elisions: [],
    capitalisedNouns: {
      nouns: (
        'frau frauen kind kinder mann männer mensch menschen familie familien angabe angaben lager camp camps behörde behörden regierung sprecher sprecherin ' +
        'armee kämpfer kämpferin kämpferinnen miliz milizen truppen soldaten grenze grenzen stadt städte land länder dorf dörfer zeit woche wochen tag tage tagen jahr jahre jahren ' +
        'uhr prozent hunderte tausende dutzende millionen zahl zahlen leute polizei gefängnis gefängnisse häftlinge gefangene angriff angriffe offensive ' +
        'beschuss artillerie flucht lage region verwaltung bericht berichten berichte medien nachrichten agentur zeitung krieg ende anfang seite seiten hilfe helfer ' +
        `${WEEKDAYS.join(' ')} kämpfern häftlingen wachen posten ` +
        'organisation organisationen anhänger anhängerinnen mitglieder mitglied terroristen terrormiliz dschihadisten zelte zelt wachen wächter sicherheitskräfte'
      ).split(' '),
      endings: (
        'ung ungen heit heiten keit keiten schaft schaften tion tionen ismus tät täten nis nisse ling linge chen lager kräfte truppen behörde behörden ' +
        'gebiet gebiete stadt dorf leute männer frauen kinder'
      ).split(' '),
      determiners: (
        'der die das den dem des ein eine einen einem einer eines kein keine ihr ihre ihren ihrer sein seine seinen seiner unsere deren dessen diese dieser diesen ' +
        'im am zum zur vom beim ins viele vielen mehrere einige alle rund etwa mehr als'
      ).split(' '),
    },
  },
  furniture: {
    copyright: [],
    shareLines: [/\b(teilen|abonnieren|mehr erfahren|zum inhalt springen|direkt zum inhalt)\b/],
    shareLinesAnywhere: [],
    shareWordsShortLine: [],
    pointersOutsideSentence: [],
    pointers: [/\b(?:artikel anhören|weiterlesen)\b/],
    stampWords: [/\b(?:veröffentlicht|aktualisiert|stand)\b/],
    commentPrompts: [/\b(?:\d+\s+kommentare?|kommentare?\s*\(\d+\)|jetzt kommentieren|diskutieren sie mit)\b/],
    threadHeadings: [/kommentare?|leserkommentare/],
    teaserHeadings: [/mehr zum thema|das könnte sie auch interessieren|meistgelesen|weitere artikel/],
    creditWords: ['bild', 'foto'],
    captionOpeners: ['bild', 'foto', 'video'],
    captionBracketWords: ['bild', 'foto'],
    promotion: [
      /\b(?:jetzt abonnieren|newsletter abonnieren|unseren newsletter|unterstützen sie (?:unseren|unabhängigen) journalismus|laden sie (?:unsere|die) app)\b/,
    ],
    gluedWords: ['ANZEIGE', 'WERBUNG', 'TEILEN'],
    kickerWords: 'eilmeldung eil liveticker exklusiv'.split(' '),
    continueLinks: ['weiterlesen'],
    bylines: ['von'],
  },
};
