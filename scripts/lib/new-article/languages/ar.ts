/**
 * Arabic: no capitals and no `\b` (Arabic letters are no word characters to
 * it), so its patterns bound words by anything that is not a letter. The
 * romanised particles of Arabic names ("al", "bin") are here too: they join
 * names in the text of every language.
 */
import { weekdayGroup as wd, weekdayMeaning as weekday } from './relative-dates.ts';
import type { LanguageData } from './types.ts';

const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** Arabic. */
export const ar: LanguageData = {
  tag: 'ar',
  name: 'Arabic',
  franc: 'arb',
  stopWords: [],
  // The Egyptian and Gulf names, and the Levantine ones, split at spaces as the dateline reads one word.
  months: [
    ['يناير', 'كانون', 'الثاني'],
    ['فبراير', 'شباط'],
    ['مارس', 'آذار'],
    ['أبريل', 'إبريل', 'نيسان'],
    ['مايو', 'أيار'],
    ['يونيو', 'يونيه', 'حزيران'],
    ['يوليو', 'يوليه', 'تموز'],
    ['أغسطس', 'آب'],
    ['سبتمبر', 'أيلول'],
    ['أكتوبر', 'اكتوبر'],
    ['نوفمبر'],
    ['ديسمبر'],
  ],
  monthStarts:
    'يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين'.split(
      ' ',
    ),
  monthBeforeDay: false,
  dateLinks: [],
  weekdays: WEEKDAYS,
  // chrono-node has no locale for it: the rules below are all.
  chrono: null,
  relativeDates: [
    { pattern: /(?<!\p{L})(?:أول أمس|أول من أمس)(?!\p{L})/gu, meaning: () => ({ days: -2 }) },
    { pattern: /(?<!\p{L})(?:أمس|البارحة)(?!\p{L})/gu, meaning: () => ({ days: -1 }) },
    {
      pattern: new RegExp(`(?<!\\p{L})(?:يوم )?${wd(WEEKDAYS)} (?:الماضي|المنصرم)(?!\\p{L})`, 'gu'),
      meaning: weekday(WEEKDAYS, 1, 'before'),
    },
    {
      pattern: new RegExp(`(?<!\\p{L})(?:يوم )?${wd(WEEKDAYS)} (?:المقبل|القادم)(?!\\p{L})`, 'gu'),
      meaning: weekday(WEEKDAYS, 1, 'after'),
    },
    { pattern: new RegExp(`(?<!\\p{L})يوم ${wd(WEEKDAYS)}(?!\\p{L})`, 'gu'), meaning: weekday(WEEKDAYS, 1, 'on-or-before') },
    // "منذ الأربعاء", since Wednesday: the last Wednesday up to the publication day.
    { pattern: new RegExp(`(?<!\\p{L})منذ (?:يوم )?${wd(WEEKDAYS)}(?!\\p{L})`, 'gu'), meaning: weekday(WEEKDAYS, 1, 'on-or-before') },
    { pattern: /(?<!\p{L})(?:الأسبوع|الاسبوع) (?:الماضي|المنصرم)(?!\p{L})/gu, meaning: () => ({ period: 'week', offset: -1 }) },
    { pattern: /(?<!\p{L})هذا (?:الأسبوع|الاسبوع)(?!\p{L})/gu, meaning: () => ({ period: 'week', offset: 0 }) },
    { pattern: /(?<!\p{L})الشهر الماضي(?!\p{L})/gu, meaning: () => ({ period: 'month', offset: -1 }) },
    { pattern: /(?<!\p{L})(?:العام الماضي|السنة الماضية)(?!\p{L})/gu, meaning: () => ({ period: 'year', offset: -1 }) },
    { pattern: /(?<!\p{L})اليوم(?!\p{L})/gu, meaning: () => ({ days: 0 }) },
  ],
  // "ألف" (thousand) and "مئة"/"مائة" (hundred) multiply the number before them ("12 ألف").
  numberWords: { ألف: 1000, آلاف: 1000, مئة: 100, مائة: 100, مليون: 1_000_000 },
  multipliers: { ألف: 1000, آلاف: 1000, مئة: 100, مائة: 100, مليون: 1_000_000, ملايين: 1_000_000 },
  amountLeads: [],
  numberLinks: [],
  vagueQuantities: ['عشرات', 'مئات', 'آلاف'],
  decimalMark: ',',
  numberContext: {
    ageAfter: ['عاما', 'عامًا', 'سنة', 'سنوات'],
    ageJoined: [],
    ageBefore: ['البالغ من العمر', 'عمره', 'عمرها'],
    timeAfter: [],
    dotTimeBefore: ['الساعة'],
    dotTimeAfter: ['الساعة'],
    durationAfter: ['ساعة', 'ساعات', 'يوما', 'يومًا', 'أيام', 'أسبوع', 'أسابيع', 'شهر', 'أشهر', 'شهور', 'عام', 'أعوام'],
    percentAfter: ['بالمئة', 'بالمائة', 'في المئة', 'في المائة'],
    percentBefore: [],
    currencyAfter: ['دولار', 'يورو', 'ليرة'],
    counted: {
      people: ['أشخاص', 'شخص', 'شخصا', 'نسمة'],
      escaped: ['فروا', 'فرار', 'هرب', 'هربوا', 'الفارين'],
      held: ['معتقل', 'محتجز', 'سجين', 'سجناء', 'أسرى'],
      fighters: ['مقاتل', 'مسلح', 'عناصر'],
      women: ['نساء', 'امرأة'],
      children: ['أطفال', 'طفل'],
      distance: ['كيلومتر', 'كلم'],
      displaced: ['نازح', 'مهجر'],
      casualties: ['جريح', 'جرحى', 'قتيل', 'قتلى'],
      vehicles: ['شاحن'],
      countries: ['دولة', 'دول'],
    },
  },
  names: {
    connectors: ['al', 'el', 'ad', 'ar', 'as', 'ash', 'an', 'bin', 'ibn', 'bint'],
    leading: [],
    notNamesAlone: [],
    organisationWords: [],
    placeBefore: [],
    personAround: [],
    speakerWords: ['قال', 'قالت', 'المتحدث', 'الناطق'],
    hyphenatedArticles: ['al', 'el', 'ad', 'ar', 'as', 'ash', 'an', 'at', 'az', 'ul'],
    spacedArticles: ['al', 'el', 'ad', 'ar', 'as', 'an', 'ash', 'at', 'az'],
    elisions: [],
    capitalisedNouns: { nouns: [], endings: [], determiners: [] },
  },
  furniture: {
    copyright: ['جميع الحقوق محفوظة'],
    shareLines: [],
    shareLinesAnywhere: [/(?:^|\s)(?:اقرأ أيضا|اقرأ أيضاً|أخبار ذات صلة)(?:\s|$|:)/],
    shareWordsShortLine: [/(?:^|\s)(?:شارك|مشاركة|اشترك|تابعونا|إعلان)(?:\s|$|:)/],
    pointersOutsideSentence: [],
    pointers: [],
    stampWords: [/(?:^|\s)(?:نشر|تاريخ النشر|آخر تحديث|تحديث)(?:\s|:|$)/],
    commentPrompts: [/(?:أضف|اترك|شارك(?:نا)?) تعليق|\d+\s+تعليق/],
    threadHeadings: ['التعليقات', 'تعليقات'],
    teaserHeadings: ['أخبار ذات صلة', 'الأكثر قراءة', 'اقرأ أيضا', 'اقرأ أيضاً'],
    creditWords: ['صورة', 'الصورة'],
    captionOpeners: ['صورة', 'فيديو', 'شاهد'],
    captionBracketWords: ['صورة'],
    promotion: [/اشترك في (?:نشرتنا|النشرة)|نشرتنا|حمّل تطبيق|حمل تطبيق|ادعم صحافت/],
    gluedWords: [],
    kickerWords: 'عاجل مباشر خاص حصري'.split(' '),
    continueLinks: ['اقرأ المزيد', 'اقرأ أيضا'],
    bylines: ['بقلم', 'كتب', 'إعداد'],
  },
};
