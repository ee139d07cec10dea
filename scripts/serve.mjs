#!/usr/bin/env node
// A small static server for the demo site (www/ by default).
//   node scripts/serve.mjs [DIR]        PORT=8080 by default; PORT=0 picks a free port
// Sends a strict Content-Security-Policy (no inline scripts or styles), so
// the demo shows the card works under one. Also importable:
//   import { serve } from "./scripts/serve.mjs"; const { url, close } = await serve({ root, port: 0 });
// `routes` ({"/path": (req, res) => …}) answers some paths itself (the tests' fault routes).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
};

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function serve({ root = "www", port = 8080, host = "127.0.0.1", quiet = false, routes = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const send = (status, body, type = "text/plain; charset=utf-8") => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed\n");
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(400, "bad request\n");
    }
    if (Object.hasOwn(routes, path)) return routes[path](req, res);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return send(403, "forbidden\n");
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const type = MIME[extname(file).toLowerCase()] ?? "application/octet-stream";
      const headers = { "content-type": type, "content-length": body.length, "cache-control": "no-cache", "x-content-type-options": "nosniff" };
      if (type.startsWith("text/html")) headers["content-security-policy"] = CSP;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      send(404, "not found\n");
    }
    if (!quiet) console.log(`${req.method} ${req.url} ${res.statusCode}`);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${actual}/`;
      const close = () =>
        new Promise((done) => {
          server.close(done);
          server.closeAllConnections(); // a test route may hold one open
        });
      ok({ server, url, close });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? join(fileURLToPath(new URL("..", import.meta.url)), "www");
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serve({ root, port, host: process.env.HOST ?? "127.0.0.1" });
  console.log(`factcard demo: ${url}  (serving ${root}; Ctrl-C to stop)`);
}
