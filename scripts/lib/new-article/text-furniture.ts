/**
 * The shapes of page furniture that only a text capture needs told by its
 * words (a saved page says them in its markup): markup copied as text,
 * comment prompts and threads, captions with a photo credit, promotional
 * blurbs, related-story teasers, and datelines or furniture words glued to
 * the start of a paragraph. Patterns cover the languages of the coverage
 * (en, es, fr, de, tr, ar, and headings in ja, zh, th); each gives the
 * reason the review shows.
 */

/** Letters of scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar). */
const NO_SPACE_LETTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Letters of the Thai and Lao scripts, whose words are longer and whose sentences end without a mark. */
const NO_MARK_LETTER = /[\p{Script=Thai}\p{Script=Lao}]/u;

/**
 * The number of words in a line. A run of a script written without spaces
 * counts as its letters divided by a typical word length (two for Chinese
 * and Japanese, four for Thai and Lao), so a Japanese paragraph is many
 * words, not one.
 */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) {
    if (!/[\p{L}\p{N}]/u.test(token)) continue;
    const letters = [...token].filter((character) => NO_SPACE_LETTER.test(character));
    if (letters.length === 0) count += 1;
    else count += Math.max(1, Math.round(letters.length / (NO_MARK_LETTER.test(letters[0]!) ? 4 : 2)));
  }
  return count;
}

/** True when a line is mostly Thai or Lao, scripts that end a sentence with a space or a line break rather than a mark. */
export function inScriptWithoutSentenceMarks(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.filter((letter) => NO_MARK_LETTER.test(letter)).length / letters.length > 0.5;
}

/** HTML, CSS, JSON or script copied as text: never the headline, never the article. */
const MARKUP =
  /^<\/?[a-z!][^>]*>|<\/[a-z][\w-]*>|^[{[]\s*"|^(?:var|let|const|function)\s|\bfunction\s*\(|^[.#]?[a-z][\w-]*(?:\s*[.#>,:]\s*[\w-]+)*\s*\{[^}]*:|^@(?:media|import|font-face)\b|&(?:lt|gt|quot|amp);|\bwindow\.\w|\bdocument\.\w+\(/iu;

/** A prompt to comment, with or without a count: "Have your say: 48 comments", "Réagissez", "أضف تعليقك". */
const COMMENT_PROMPT =
  /\b(?:\d+\s+comments?|comments?\s*\(\d+\)|leave a comment|add a comment|join the (?:discussion|conversation)|have your say|(?:show|view|read) (?:the )?comments)\b|\b(?:\d+\s+comentarios?|comentarios?\s*\(\d+\)|deja (?:tu|un) comentario)\b|\b(?:réagi(?:r|ssez)|\d+\s+commentaires?|commentaires?\s*\(\d+\)|(?:laisser|ajouter) un commentaire)\b|\b(?:\d+\s+kommentare?|kommentare?\s*\(\d+\)|jetzt kommentieren|diskutieren sie mit)\b|\b(?:\d+\s+yorum|yorum(?:lar)?\s*\(\d+\)|yorum yap)|(?:أضف|اترك|شارك(?:نا)?) تعليق|\d+\s+تعليق/iu;

/** A heading that opens the readers' comments; every line after it is the thread. */
const THREAD_HEADING =
  /^(?:\d+\s+)?(?:comments?|reader comments|kommentare?|leserkommentare|commentaires?|comentarios?|yorumlar|yorum|التعليقات|تعليقات|コメント|评论|ความคิดเห็น)(?:\s*\(\d+\))?\s*:?$/iu;

/** A heading that opens a box of other stories: "Related stories", "Most read", "Mehr zum Thema", "İlgili Haberler", "أخبار ذات صلة", "関連記事". */
const TEASER_HEADING =
  /^(?:related(?: stories| articles| news| links| coverage| content)?|more on this (?:story|topic)|more from [\p{L} ]{1,30}|most (?:read|popular|viewed|shared)|recommended(?: for you| stories)?|you may also like|read next|more stories|top stories|más noticias|noticias relacionadas|lo más leído|te puede interesar|(?:à )?lire aussi|les plus lus|sur le même sujet|dans la même rubrique|mehr zum thema|das könnte sie auch interessieren|meistgelesen|weitere artikel|[İi]lgili haberler|çok okunanlar|benzer haberler|öne çıkanlar|أخبار ذات صلة|الأكثر قراءة|اقرأ أيضا|اقرأ أيضاً|関連記事|関連ニュース|相关新闻|相关阅读|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง)\s*:?$/iu;

/**
 * A photo or video caption: a line ending in a credit with a person's name
 * ("[Omar Sample/AFP]", "(Foto: Eva Beispiel/dpa)", "(صورة: سلمى مثال/أ ف ب)"),
 * one that says it is a photo or video ("Photo: …", "Vidéo : …"), or one
 * ending in a video's running time ("(1:02)").
 */
const CAPTION = [
  // Case matters here: the credit names a person, in capitals.
  /[([]\s*(?:(?:[Pp]hoto|[Ff]oto|[Ff]otoğraf|[Ii]mage|[Pp]icture|[Bb]ild|[Cc]rédit|[Cc]redit|صورة|الصورة)\s*:\s*)?[\p{Lu}\p{Lo}][\p{L}'’.-]*(?:\s+[\p{Lu}\p{Lo}][\p{L}'’.-]*)+\s*\/\s*\p{L}[\p{L} .&]{0,30}[)\]]\s*$/u,
  /^(?:photo|foto|fotoğraf|image|picture|bild|video|vidéo|vídeo|watch|izle|crédit photo|credit|صورة|فيديو|شاهد)\s*:|[([]\s*(?:photo|foto|fotoğraf|bild|صورة)\s*:[^()[\]]{1,60}[)\]]\s*$|[([]\d{1,2}:\d{2}[)\]]\s*$/iu,
];

/**
 * A promotional blurb: newsletters, apps, memberships, in the languages of
 * the coverage. Only phrases a news sentence does not use: "donate",
 * "sponsored", "boletín" or Arabic "اشترك" (also "took part") alone are not enough.
 */
const PROMOTION =
  /\b(?:in your inbox|(?:our|the) (?:daily |weekly |morning |free )*(?:newsletter|briefing) (?:in|to|for|every)|sign up (?:for|to) (?:our|the)|subscribe (?:to our|now|today)|support (?:our|independent) journalism|become a (?:member|subscriber|supporter)|download (?:our|the) app|free trial)\b|(?:nuestro|tu) boletín|\bsuscríbete|\bhazte (?:socio|suscriptor)|\bdescarga (?:nuestra|la) app|lettre d['’]information|\babonnez-vous|\bsoutenez-nous|\bsoutenez (?:notre|le) journalisme|\btéléchargez (?:notre|l['’])application|\b(?:jetzt abonnieren|newsletter abonnieren|unseren newsletter|unterstützen sie (?:unseren|unabhängigen) journalismus|laden sie (?:unsere|die) app)\b|bültenimize|\babone ol|uygulamamızı indir|اشترك في (?:نشرتنا|النشرة)|نشرتنا|حمّل تطبيق|حمل تطبيق|ادعم صحافت/iu;

/** A pointer to the rest of the page: "Continue reading the main story", "Lire la suite", "Haberin devamı". */
const POINTER =
  /\b(?:continue reading|listen to this (?:article|story)|escucha (?:la noticia|este artículo)|écouter (?:cet )?article|artikel anhören|haberi dinle|seguir leyendo|sigue leyendo|lire la suite|weiterlesen|devamını oku|haberin devamı)\b/iu;

/** The reason of a line that a text capture sets aside by its words alone, or null (checked before the shared furniture patterns). */
export function textOnlyReason(text: string): string | null {
  if (MARKUP.test(text)) return 'markup or code copied as text';
  if (THREAD_HEADING.test(text) || (COMMENT_PROMPT.test(text) && wordCount(text) <= 12)) return 'a comment prompt';
  if (CAPTION.some((pattern) => pattern.test(text)) && wordCount(text) <= 40) return 'a caption (a photo credit, or “photo:”/“video:”)';
  if (PROMOTION.test(text) && wordCount(text) <= 25) return 'a promotional blurb';
  if (POINTER.test(text)) return 'a pointer to another page';
  return null;
}

/** The block a heading opens below the article, or null: after it, lines that are not article text belong to it. */
export function blockOpened(text: string): 'a comment thread' | 'related-story teasers' | null {
  if (THREAD_HEADING.test(text)) return 'a comment thread';
  if (TEASER_HEADING.test(text)) return 'related-story teasers';
  return null;
}

/** The attribution line under an embedded post: "— Name (@handle) 13 October 2019". */
export const POST_ATTRIBUTION = /^[—–-]\s*[^@]{1,60}\(@\w{1,30}\)/u;

/**
 * An agency dateline at a paragraph's start: a place, maybe with a date or
 * country after a comma, then the agency in brackets and a dash
 * ("QAMISHLI, Syria (Example Agency) — ", "بيروت، 14 أكتوبر (وكالة المثال) - ",
 * "ŞANLIURFA (Örnek Ajans) - "); or a place in capitals, a comma, a date and
 * a dash ("QAMISHLO, 18 October 2019 — ").
 */
const DATELINE_AT_START = [
  /^[\p{Lu}\p{Lo}][\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}(?:[,،]\s*[^()–—\n]{1,30}?)?\s*\(\s*[\p{Lu}\p{Lo}][^()]{0,39}\)\s*[-–—]+\s*/u,
  /^\p{Lu}{3,}(?:[\s-]+\p{Lu}{2,}){0,2}[,،]\s+[^–—]{1,30}?\s[-–—]+\s+/u,
];

/** Furniture words that a copy glues to the paragraph after them: "SUBSCRIBE", "ABONE OL", "ANZEIGE", written in capitals. */
const GLUED_WORD =
  /^(?:SUBSCRIBE|SIGN UP|ADVERTISEMENT|SHARE|ABONE OL|REKLAM|PAYLAŞ|ANZEIGE|WERBUNG|TEILEN|PUBLICIDAD|SUSCRÍBETE|COMPARTIR|PUBLICITÉ|ABONNEZ-VOUS|PARTAGER)(?=\p{Lu}\p{Ll}|\s+\p{Lu})/u;

/** The furniture at a paragraph's start, split from the text after it. */
export interface LeadingFurniture {
  /** The furniture, as the capture has it (white space at its end taken off). */
  prefix: string;
  /** The paragraph after it. */
  rest: string;
  /** Why the prefix is set aside. */
  reason: string;
}

/**
 * The dateline or glued furniture word at the start of a line, or null. The
 * caller splits only when the rest reads as article text, so the body keeps
 * the paragraph and the dateline's city makes no entity.
 */
export function leadingFurniture(text: string): LeadingFurniture | null {
  const glued = GLUED_WORD.exec(text);
  if (glued) return { prefix: glued[0], rest: text.slice(glued[0].length).trim(), reason: 'a furniture word glued to the text' };
  for (const pattern of DATELINE_AT_START) {
    const match = pattern.exec(text);
    if (match && match[0].length <= 80 && /[\d٠-٩(]/u.test(match[0]))
      return { prefix: match[0].trim(), rest: text.slice(match[0].length).trim(), reason: 'a dateline at the start of a paragraph' };
  }
  return null;
}
