#!/usr/bin/env node
// A tiny static file server for the built demo (build/web-demo), local only.
//   node web-demo/serve.mjs [--port N] [--host 127.0.0.1] [--root DIR]
// --port defaults to 8080; when that port is taken the server falls back to a
// free one (--port 0 always asks for a free one). Prints the URL on stdout.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT_DEFAULT = fileURLToPath(new URL('../build/web-demo/', import.meta.url));

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.zip': 'application/zip',
  '.xpi': 'application/x-xpinstall',
};

// The same policy as the pages' meta tag, plus what only a header can say.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

function send(res, status, message) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(`${message}\n`);
}

/** The file a URL path names inside root, or null when it would leave root. */
export function resolveInRoot(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  return file === root || file.startsWith(rootWithSep) ? file : null;
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'Method not allowed');
    return;
  }
  let file = resolveInRoot(root, req.url ?? '/');
  if (!file) {
    send(res, 403, 'Forbidden');
    return;
  }
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    send(res, 404, 'Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CSP,
    'Referrer-Policy': 'no-referrer',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Serves root on host:port (a free port when taken or 0).
 * Resolves to {server, url}.
 */
export async function startServer({ root = ROOT_DEFAULT, port = 8080, host = '127.0.0.1' } = {}) {
  const absoluteRoot = path.resolve(root);
  const server = createServer((req, res) => {
    handle(absoluteRoot, req, res).catch(() => send(res, 500, 'Internal error'));
  });
  try {
    await listen(server, port, host);
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`saywho demo: port ${port} is taken, using a free one`);
    await listen(server, 0, host);
  }
  const { port: actual } = server.address();
  return { server, url: `http://${host}:${actual}/` };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--port' && value !== undefined) {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad --port ${value}`);
      options.port = port;
      i += 1;
    } else if (arg === '--host' && value !== undefined) {
      options.host = value;
      i += 1;
    } else if (arg === '--root' && value !== undefined) {
      options.root = value;
      i += 1;
    } else {
      throw new Error(`unknown argument ${arg} (use --port N, --host H, --root DIR)`);
    }
  }
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`saywho demo: ${error.message}`);
    process.exit(2);
  }
  const root = path.resolve(options.root ?? ROOT_DEFAULT);
  const index = await stat(path.join(root, 'index.html')).catch(() => null);
  if (!index) {
    console.error(`saywho demo: ${root} has no index.html (build it: node web-demo/build.mjs)`);
    process.exit(1);
  }
  const { url } = await startServer({ ...options, root });
  console.log(`Saywho demo: ${url}`);
  const stop = () => process.exit(0);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
