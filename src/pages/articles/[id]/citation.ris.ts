/** /articles/<id>/citation.ris: the article's citation file (src/lib/citing/citation-files.ts). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { citationFilePaths } from '../../../lib/pages/citation-files.ts';

export const getStaticPaths = (() => citationFilePaths('ris')) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': `${props.type}; charset=utf-8` } });
