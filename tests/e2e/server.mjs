// A small static server for the release build, on loopback only. Used by `cargo xtask serve` and by
// the end-to-end tests, which read its log of every request that reached it.
// It sends Access-Control-Allow-Origin: * because in a sandboxed iframe (how clinics embed the
// guide) the module script and the .wasm are fetched with `Origin: null`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.json': 'application/json', '.png': 'image/png',
};

/** Every kind of file but PNG is worth compressing. */
const COMPRESS = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.txt', '.json']);

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port) under `prefix` (a folder such as
 * '/guide/', as a clinic's site would put it; requests outside it are not found). Resolves to
 * { url, requests, close }, `url` ending in the prefix. With `compress`, files go out with brotli
 * or gzip when the browser accepts it, as any real host sends them (the benchmarks use this; the
 * tests see files as stored). With `isolated`, the page is cross-origin isolated (COOP and COEP),
 * so its clock reads in microseconds, not the 0.1 ms it is coarsened to otherwise (the slider bench).
 */
export function serve(root, port = 0, { prefix = '/', compress = false, isolated = false } = {}) {
  const base = resolve(root);
  const requests = [];
  const packed = new Map();
  const pack = (file, body, encoding) => {
    const key = `${encoding} ${file}`;
    if (!packed.has(key)) {
      packed.set(key, encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }));
    }
    return packed.get(key);
  };
  if (compress) {
    // Compressed ahead, as a host's build or cache would have them: no request waits for it.
    for (const name of readdirSync(base, { recursive: true })) {
      const file = join(base, name);
      if (COMPRESS.has(extname(file)) && statSync(file).isFile()) {
        for (const encoding of ['br', 'gzip']) pack(file, readFileSync(file), encoding);
      }
    }
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push({ method: req.method, path, at: Date.now() });
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (isolated) {
      headers['Cross-Origin-Opener-Policy'] = 'same-origin';
      headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
    }
    if (`${path}/` === prefix) {
      res.writeHead(301, { ...headers, Location: prefix });
      res.end();
      return;
    }
    const inner = path.startsWith(prefix) ? path.slice(prefix.length) : null;
    // A folder's page is its index.html (each other language's build is a folder: es/).
    const file = normalize(join(base, inner === '' || inner?.endsWith('/') ? `${inner}index.html` : inner ?? '\0'));
    try {
      if (inner === null || !file.startsWith(base) || !(await stat(file)).isFile()) throw new Error('not found');
      let body = await readFile(file);
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = !compress || !COMPRESS.has(extname(file)) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      if (encoding) {
        body = pack(file, body, encoding);
        headers['Content-Encoding'] = encoding;
        headers.Vary = 'Accept-Encoding';
      }
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise((ok, fail) => {
    server.on('error', fail);
    server.listen(port, '127.0.0.1', () => ok({
      url: `http://127.0.0.1:${server.address().port}${prefix}`,
      requests,
      close: () => new Promise((done) => server.close(done)),
    }));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
  const { url } = await serve(arg('--root', 'dist'), Number(arg('--port', '8080')), { compress: true });
  console.log(`\nServing Understanding Opioids at ${url}  (Ctrl+C to stop)`);
  const examples = arg('--examples', null);
  if (examples) {
    // Another port is another origin: the example clinic page frames the guide as a clinic's would.
    const { url: example } = await serve(examples, Number(arg('--examples-port', '8081')));
    console.log(`An example clinic page embedding it: ${example}clinic.html`);
  }
}
