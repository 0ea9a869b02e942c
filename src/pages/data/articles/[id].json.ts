/** /data/articles/<id>.json: one article's open data; shape in src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type ArchiveArticle } from '../../../lib/pages/archive.ts';
import { articleFile } from '../../../lib/citing/open-data.ts';

export const getStaticPaths = (async () => (await getArchive()).articles.map((article) => ({ params: { id: article.id }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArchiveArticle }> = ({ props, site }) => Response.json(articleFile(props.article, site!));
