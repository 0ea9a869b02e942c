/**
 * /data/articles.json, /data/entities.json, /data/events.json, the fixity
 * manifest /data/fixity.json and their later pages (/data/articles-2.json…):
 * the open data files paged under a fixed name.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { indexFilePaths } from '../../lib/pages/open-data-files.ts';

export const getStaticPaths = (() => indexFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  props.readable
    ? new Response(`${JSON.stringify(props.file, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } })
    : Response.json(props.file);
