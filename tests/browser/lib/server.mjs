// A tiny static file server on 127.0.0.1 for browser tests: serves folders
// under URL prefixes, adds per-path headers (e.g. a strict CSP), rewrites
// single-page-app routes, and records every request it receives.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

/**
 * mounts: {'/': dir, '/ext/': otherDir} (longest prefix wins).
 * headers: {'/page.html': {'content-security-policy': "..."}} exact paths.
 * rewrites: {'/spa/': '/spa.html'}: any path under the prefix serves that file.
 * Returns {origin, requests: [{method, url}], close()}.
 */
export async function startServer({ mounts, headers = {}, rewrites = {} }) {
  const requests = [];
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    requests.push({ method: request.method, url: url.pathname + url.search });
    let path = decodeURIComponent(url.pathname);
    for (const [prefix, target] of Object.entries(rewrites)) if (path.startsWith(prefix)) path = target;
    if (path.endsWith('/')) path += 'index.html';
    const prefix = prefixes.find((p) => path.startsWith(p));
    const base = prefix === undefined ? null : mounts[prefix];
    const file = base === null ? null : normalize(join(base, path.slice(prefix.length)));
    const inside = file !== null && (file === normalize(base) || file.startsWith(normalize(base + sep)));
    if (!inside) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(headers[url.pathname] ?? {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
