/**
 * A small static file server for the built site, on 127.0.0.1 and a free
 * port, serving `dist/` under a base path the way a static host would:
 * directories answer with their index.html, unknown paths with 404.html.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A running server and how to reach and stop it. */
export interface SiteServer {
  /** Origin plus base path, e.g. "http://127.0.0.1:41234/archive/". */
  url: string;
  /** Stops the server. */
  close: () => Promise<void>;
}

/** Serves `root` under `base` ("/" or "/sub/path/") on 127.0.0.1. */
export async function serveSite(root: string, base = '/'): Promise<SiteServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);

    function notFound() {
      const page = join(root, '404.html');
      response.writeHead(404, { 'content-type': CONTENT_TYPES['.html']! });
      if (existsSync(page)) createReadStream(page).pipe(response);
      else response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    // Browsers keep connections open; close them too, or close() waits for them.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
