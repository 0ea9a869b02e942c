/**
 * How each kind of source is cited: one row per kind, read by the head tags
 * (Zotero's item type), the citation files (CSL type and genre), the JSON-LD
 * type and the citations' wording. A new kind is one new row here and one
 * value in the schema's SOURCE_KINDS.
 */
import type { SourceKind } from '../../schemas/article.ts';

/** What one kind of source is called and typed as by each consumer. */
export interface SourceKindInfo {
  /** What the source is, in a citation's bracketed description ("News article in Spanish; …"). */
  noun: string;
  /** Zotero's item type, for `z.itemType`. */
  zoteroType: 'newspaperArticle' | 'webpage' | 'report' | 'document' | 'forumPost';
  /** True when that Zotero type has Archive and Loc. in Archive fields (its web page and forum post types have not). */
  zoteroArchiveFields: boolean;
  /** The CSL item type, for CSL-JSON (and so RIS and BibTeX, which citation-js derives from it). */
  cslType: 'article-newspaper' | 'webpage' | 'report' | 'broadcast' | 'post';
  /** The CSL genre, where the type alone does not say what the source is. */
  genre?: string;
  /** The schema.org type of the original and of the archive's page about it. */
  schemaType: 'NewsArticle' | 'WebPage' | 'Article' | 'Report' | 'SocialMediaPosting';
}

/**
 * The table. Zotero has no press-release type (its documentation files them
 * as reports) and no broadcast type that does not say radio or television,
 * which a transcript's front matter does not record, so a transcript is a
 * Zotero document and a CSL broadcast.
 */
const SOURCE_KIND_TABLE: Readonly<Record<SourceKind, SourceKindInfo>> = {
  'news-article': {
    noun: 'News article',
    zoteroType: 'newspaperArticle',
    zoteroArchiveFields: true,
    cslType: 'article-newspaper',
    schemaType: 'NewsArticle',
  },
  'web-page': { noun: 'Web page', zoteroType: 'webpage', zoteroArchiveFields: false, cslType: 'webpage', schemaType: 'WebPage' },
  'press-release': {
    noun: 'Press release',
    zoteroType: 'report',
    zoteroArchiveFields: true,
    cslType: 'report',
    genre: 'Press release',
    schemaType: 'Article',
  },
  report: { noun: 'Report', zoteroType: 'report', zoteroArchiveFields: true, cslType: 'report', schemaType: 'Report' },
  'broadcast-transcript': {
    noun: 'Broadcast transcript',
    zoteroType: 'document',
    zoteroArchiveFields: true,
    cslType: 'broadcast',
    genre: 'Transcript',
    schemaType: 'Article',
  },
  'social-media-post': {
    noun: 'Social-media post',
    zoteroType: 'forumPost',
    zoteroArchiveFields: false,
    cslType: 'post',
    schemaType: 'SocialMediaPosting',
  },
};

/** The row for one kind. */
export function sourceKindInfo(kind: SourceKind): SourceKindInfo {
  return SOURCE_KIND_TABLE[kind];
}
