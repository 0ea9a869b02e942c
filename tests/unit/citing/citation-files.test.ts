/**
 * The downloadable citation files, read back by citation-js (the library
 * that writes them) for every kind of source: the original as the work, its
 * URL as the URL, its date at the precision known, its confirmed authors,
 * and the archive and the copy named in each format's own fields.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { bibtexFile, citationsFor, cslItem, cslJsonFile, cslName, risFile } from '../../../src/lib/citing/citation-files.ts';
import type { CitationSource } from '../../../src/lib/citing/citations.ts';
import { toPartialDate } from '../../../src/lib/core/dates.ts';
import { SOURCE_KINDS, type SourceKind } from '../../../src/schemas/article.ts';

const ARCHIVE_URL = 'https://archive.example/base/articles/2019-10-16-ledger-gates/';
/** A long original URL with characters BibTeX and RIS treat specially: no writer may wrap, escape or cut it. */
const ORIGINAL_URL = 'https://ledger.example/news/2019/10/16/families_leave-the-camp-at-northfield-as-guards-withdraw.html?id=5&amp=1';

const source: CitationSource = {
  id: '2019-10-16-ledger-gates',
  headline: 'Families leave the camp: guards withdraw',
  headlineSupplied: false,
  kind: 'news-article',
  authors: ['García, Ana', 'Northern Desk'],
  publisher: 'The Northern Ledger',
  originalUrl: ORIGINAL_URL,
  published: toPartialDate('2019-10-16'),
  language: 'en',
  archiveName: 'The Archive',
  archiveUrl: ARCHIVE_URL,
  archived: toPartialDate('2026-11-21'),
};

/** What each kind must come back as from each format. */
const EXPECTED_TYPES: Record<SourceKind, { csl: string; ris: string; fromRis: string; bibtex: string }> = {
  'news-article': { csl: 'article-newspaper', ris: 'NEWS', fromRis: 'article-newspaper', bibtex: '@article' },
  'web-page': { csl: 'webpage', ris: 'ELEC', fromRis: 'webpage', bibtex: '@misc' },
  'press-release': { csl: 'report', ris: 'RPRT', fromRis: 'report', bibtex: '@techreport' },
  report: { csl: 'report', ris: 'RPRT', fromRis: 'report', bibtex: '@techreport' },
  'broadcast-transcript': { csl: 'broadcast', ris: 'MPCT', fromRis: 'broadcast', bibtex: '@misc' },
  // RIS's type for a post on the internet is ICOMM, "internet communication", which citation-js reads back as a personal communication.
  'social-media-post': { csl: 'post', ris: 'ICOMM', fromRis: 'personal_communication', bibtex: '@misc' },
};

/** The RIS file as the tag → values records citation-js's RIS parser reads first. */
function risRecord(text: string): Record<string, string | string[]> {
  const [record] = plugins.input.chainLink(text) as Record<string, string | string[]>[];
  return record!;
}

describe.each(SOURCE_KINDS.map((kind) => [kind] as const))('the citation files of a %s', (kind) => {
  const cited = { ...source, kind };

  it('CSL-JSON: read back whole, with the archive and the copy as archive and archive_location', () => {
    const [item] = new Cite(JSON.parse(cslJsonFile(cited))).data;
    expect(item).toMatchObject({
      id: source.id,
      type: EXPECTED_TYPES[kind].csl,
      title: 'Families leave the camp: guards withdraw',
      URL: ORIGINAL_URL,
      issued: { 'date-parts': [[2019, 10, 16]] },
      author: [{ family: 'García', given: 'Ana' }, { literal: 'Northern Desk' }],
      publisher: 'The Northern Ledger',
      archive: 'The Archive',
      archive_location: ARCHIVE_URL,
      note: 'Archived 2026-11-21.',
    });
  });

  it('BibTeX: parsed by citation-js with the title, date, authors and original URL, and a note naming the archive and copy', () => {
    const text = bibtexFile(cited);
    expect(text.startsWith(`${EXPECTED_TYPES[kind].bibtex}{${source.id},`)).toBe(true);
    const [item] = new Cite(text).data;
    expect(item).toMatchObject({
      title: 'Families leave the camp: guards withdraw',
      URL: ORIGINAL_URL,
      issued: { 'date-parts': [[2019, 10, 16]] },
      // BibTeX has no literal names: an organisation comes back as a family name, whole.
      author: [{ family: 'García', given: 'Ana' }, { family: 'Northern Desk' }],
      note: `Archived copy in The Archive, 2026-11-21: ${ARCHIVE_URL}`,
    });
  });

  it('RIS: parsed by citation-js with its type, title, date and original URL, and the archive and copy as DB and AN', () => {
    const text = risFile(cited);
    // One line per tag: a wrapped line would come back as a URL with a space in it.
    expect(text.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    const record = risRecord(text);
    expect(record).toMatchObject({
      TY: EXPECTED_TYPES[kind].ris,
      TI: 'Families leave the camp: guards withdraw',
      // The outlet: the paper, the site, the platform, the broadcaster; a report has none.
      ...(EXPECTED_TYPES[kind].csl === 'report' ? {} : { T2: 'The Northern Ledger' }),
      UR: ORIGINAL_URL,
      AU: ['García, Ana', 'Northern Desk'],
      PY: '2019',
      DA: '2019/10/16/',
      DB: 'The Archive',
      AN: ARCHIVE_URL,
      N1: `Archived copy in The Archive, 2026-11-21: ${ARCHIVE_URL}`,
    });
    const [item] = new Cite(text).data;
    expect(item).toMatchObject({
      type: EXPECTED_TYPES[kind].fromRis,
      title: 'Families leave the camp: guards withdraw',
      URL: ORIGINAL_URL,
    });
  });
});

describe('CSL items', () => {
  it('keep the date at its precision and give a report no container', () => {
    expect(cslItem({ ...source, published: toPartialDate('2019-10') }).issued).toEqual({ 'date-parts': [[2019, 10]] });
    expect(cslItem({ ...source, kind: 'report' })).not.toHaveProperty('container-title');
    expect(cslItem(source)['container-title']).toBe('The Northern Ledger');
  });

  it('name no author when none is confirmed, and the original language of a translation', () => {
    const item = cslItem({ ...source, authors: [], translation: { method: 'machine', fromLanguage: 'es' } });
    expect(item).not.toHaveProperty('author');
    expect(item.language).toBe('es');
    expect(risRecord(risFile({ ...source, authors: [] }))).not.toHaveProperty('AU');
  });

  it('split "Surname, Given" and keep anything else whole', () => {
    expect(cslName('García López, Ana María')).toEqual({ family: 'García López', given: 'Ana María' });
    expect(cslName('Reuters')).toEqual({ literal: 'Reuters' });
  });

  it('show on the page the same BibTeX the file holds, the supplied headline said in its note', () => {
    const supplied = { ...source, headlineSupplied: true };
    expect(citationsFor(supplied).bibtex).toBe(bibtexFile(supplied));
    expect(new Cite(bibtexFile(supplied)).data[0]!['note']).toBe(
      `Archived copy in The Archive, 2026-11-21: ${ARCHIVE_URL}. Headline supplied by the archive.`,
    );
  });
});
