/**
 * /data/articles.json, /data/entities.json, /data/events.json and their
 * later pages (/data/articles-2.json…): the paged indexes of open data.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { indexFilePaths } from '../../lib/pages/open-data-files.ts';

export const getStaticPaths = (() => indexFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => Response.json(props.file);
