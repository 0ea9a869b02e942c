/**
 * Articles that name an entity they do not list. An article's `entities`
 * are written once, when it is drafted; an alias added later (a Kurmanji
 * spelling, a Turkish one) makes older articles name the entity without
 * listing it, so its page and its search token miss them. This check finds
 * them with the search page's own name matching (`TextNames`) and warns, one
 * line per article and entity, so the archivist can list it or leave it out
 * on purpose. A warning, not an error: naming is not being about.
 */
import type { Entity } from '../../../schemas/entity.ts';
import { TextNames, type NameInText } from '../../search/text-names.ts';
import type { ArticleInput, ContentProblem, EntryInput } from '../problems.ts';

/** The finder last built, and the entity entries it was built from. */
let last: { entities: readonly EntryInput<Entity>[]; finder: TextNames } | null = null;

/**
 * The archive's one name finder over these entities. Built once per set of
 * entries (the same entry objects give the same finder), as the cross-
 * collection checks and this one run over the same archive.
 */
export function entityNames(entities: readonly EntryInput<Entity>[]): TextNames {
  const same = last && last.entities.length === entities.length && last.entities.every((entity, index) => entity === entities[index]);
  if (!same || !last) {
    const records = entities.map((entity) => ({ id: entity.id, kind: entity.data.kind, names: [entity.data.name, ...entity.data.aliases] }));
    last = { entities, finder: new TextNames(records) };
  }
  return last.finder;
}

/**
 * The text an article's entities are looked for in: the publisher's headline
 * (a supplied one is the archive's words, not the article's) and the
 * numbered paragraphs.
 */
function textNamingEntities(article: Pick<ArticleInput, 'data' | 'paragraphs'>): string {
  const headline = article.data.headlineSupplied || !article.data.headline ? [] : [article.data.headline];
  return [...headline, ...article.paragraphs.map((paragraph) => paragraph.text)].join('\n');
}

/** The names found in each article's text, by finder: the listed-entity check and this one read the same article. */
const foundIn = new WeakMap<object, { finder: TextNames; found: NameInText[] }>();

/** The entity names in an article's headline and paragraphs (`textNamingEntities`), found once per article and finder. */
export function namesInArticle(article: Pick<ArticleInput, 'data' | 'paragraphs'>, finder: TextNames): { text: string; found: NameInText[] } {
  const text = textNamingEntities(article);
  const cached = foundIn.get(article);
  if (cached?.finder === finder) return { text, found: cached.found };
  const found = finder.find(text);
  foundIn.set(article, { finder, found });
  return { text, found };
}

/**
 * A warning for each published article and each entity its text names (by
 * any name or alias, in any spelling search accepts) that it does not list,
 * naming the article's file, the entity and the words that name it.
 */
export function unlistedEntityWarnings(articles: readonly ArticleInput[], finder: TextNames): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const article of articles) {
    if (article.data.draft) continue;
    const listed = new Set(article.data.entities);
    const { text, found: names } = namesInArticle(article, finder);
    const named = new Map<string, { name: string; spelled: Set<string> }>();
    for (const found of names) {
      if (listed.has(found.entity.id)) continue;
      const entry = named.get(found.entity.id) ?? { name: found.entity.names[0]!, spelled: new Set<string>() };
      entry.spelled.add(text.slice(found.start, found.end));
      named.set(found.entity.id, entry);
    }
    for (const [id, { name, spelled }] of named) {
      const as = [...spelled].map((words) => `"${words}"`).join(', ');
      warnings.push({
        file: article.file,
        where: 'entities',
        message: `the text names ${name} (${as}) but the article does not list "${id}": add it, or leave it out if the article is not about it`,
      });
    }
  }
  return warnings;
}
