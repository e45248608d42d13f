#!/usr/bin/env node
// Starts the in-memory Cosmos DB emulator (@vercel/cosmosdb-server) over HTTPS.
//
// Usage: node cosmos-server.mjs [--port N] [--host H] [--data DIR] [--store DIR | --in-memory] [--no-keep-alive]
//   env: COSMOS_PORT (default 8081), COSMOS_HOST (default 127.0.0.1),
//        COSMOS_DATA_DIR (default <repo>/.data/cosmos), COSMOS_STORE_DIR (default <data>/store),
//        COSMOS_KEEPALIVE=0 (answer `connection: close`, a new TLS handshake per request)
//
// Keep-alive by default, as Cosmos DB's gateway does (HTTP/1.1 persistent connections; the .NET SDK pools them in its
// HttpClient): @vercel/cosmosdb-server's default, `connection: close`, made every request of the app a new TCP
// connection and TLS handshake, which was the largest share of the app's own CPU in the profile (issue 9).
//
// TLS: the package ships its own cert.pem/key.pem (expired in 2021, CN=cosmosdb). We prefer a
// self-signed cert for localhost/127.0.0.1 generated once with openssl into DATA_DIR (never committed;
// .data/ is git-ignored). If openssl is unavailable we fall back to the bundled cert.
// Clients must accept the certificate anyway (curl -k; .NET: custom HttpClientFactory).
// Data: kept in memory and made durable in the store directory (cosmos-store.mjs: a journal synced before each
// answer, compacted into a snapshot at start), so a restart — or a kill — keeps every acknowledged write.
// --in-memory keeps the old behaviour (nothing on disk).

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { attachStore } from "./cosmos-store.mjs";
import { installLinearQueries } from "./cosmos-query-linear.mjs";
import { installQueryIndex } from "./cosmos-query-index.mjs";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");

function log(msg) {
  console.log(`[cosmos-server] ${msg}`);
}
function fail(msg, code = 1) {
  console.error(`[cosmos-server] ERROR: ${msg}`);
  process.exit(code);
}

// ---- arguments -------------------------------------------------------------------------------
const opts = {
  port: process.env.COSMOS_PORT || "8081",
  host: process.env.COSMOS_HOST || "127.0.0.1",
  data: process.env.COSMOS_DATA_DIR || path.join(repoRoot, ".data", "cosmos"),
  store: process.env.COSMOS_STORE_DIR || "",
  inMemory: false,
  keepAlive: !["0", "false"].includes(String(process.env.COSMOS_KEEPALIVE ?? "").toLowerCase()),
};
const argv = process.argv.slice(2);
while (argv.length) {
  const a = argv.shift();
  const take = () => {
    if (!argv.length) fail(`missing value for ${a}`, 2);
    return argv.shift();
  };
  switch (a) {
    case "-p": case "--port": opts.port = take(); break;
    case "--host": opts.host = take(); break;
    case "--data": opts.data = take(); break;
    case "--store": opts.store = take(); break;
    case "--in-memory": opts.inMemory = true; break;
    case "--keep-alive": opts.keepAlive = true; break;
    case "--no-keep-alive": opts.keepAlive = false; break;
    case "-h": case "--help":
      console.log("Usage: node cosmos-server.mjs [--port 8081] [--host 127.0.0.1] [--data DIR] [--store DIR | --in-memory] [--no-keep-alive]");
      process.exit(0);
      break;
    default:
      if (/^\d+$/.test(a)) opts.port = a; // bare port number
      else fail(`unknown argument: ${a}`, 2);
  }
}
const port = Number.parseInt(opts.port, 10);
if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`invalid port: ${opts.port}`, 2);

// ---- TLS certificate -------------------------------------------------------------------------
const pkgDir = path.dirname(require.resolve("@vercel/cosmosdb-server/package.json"));

function ensureCert(dir) {
  const certFile = path.join(dir, "cert.pem");
  const keyFile = path.join(dir, "key.pem");
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) return { certFile, keyFile, generated: false };
  fs.mkdirSync(dir, { recursive: true });
  // Write to unique temp names then rename, so two concurrent first starts don't clash.
  const tmpCert = `${certFile}.${process.pid}.tmp`;
  const tmpKey = `${keyFile}.${process.pid}.tmp`;
  try {
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "3650",
      "-keyout", tmpKey, "-out", tmpCert,
      "-subj", "/CN=localhost",
      "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ], { stdio: ["ignore", "ignore", "pipe"] });
    fs.chmodSync(tmpKey, 0o600);
    fs.renameSync(tmpKey, keyFile);
    fs.renameSync(tmpCert, certFile);
    return { certFile, keyFile, generated: true };
  } catch (err) {
    for (const f of [tmpCert, tmpKey]) fs.rmSync(f, { force: true });
    log(`WARN: could not generate a certificate with openssl (${err.message.split("\n")[0]}); using the cert bundled with @vercel/cosmosdb-server`);
    return { certFile: path.join(pkgDir, "cert.pem"), keyFile: path.join(pkgDir, "key.pem"), generated: false };
  }
}

const { certFile, keyFile, generated } = ensureCert(path.resolve(opts.data));
log(`${generated ? "generated" : "using"} TLS certificate ${certFile}`);

// ---- server ----------------------------------------------------------------------------------
const { createHttpsServer } = require("@vercel/cosmosdb-server");
// Queries in time linear in the documents, not quadratic (cosmos-query-linear.mjs). Disable with COSMOS_QUERY_LINEAR=0.
if (process.env.COSMOS_QUERY_LINEAR !== "0") installLinearQueries();
// Equality filters served from an index, as Cosmos DB serves them (cosmos-query-index.mjs). Disable with COSMOS_QUERY_INDEX=0.
if (process.env.COSMOS_QUERY_INDEX !== "0") installQueryIndex();
const storeDir = opts.inMemory ? null : path.resolve(opts.store || path.join(opts.data, "store"));
const store = storeDir ? attachStore(storeDir, log) : null;

const server = createHttpsServer({
  cert: fs.readFileSync(certFile),
  key: fs.readFileSync(keyFile),
  keepAlive: opts.keepAlive,
});

// Query-plan shim. On Linux the .NET SDK (Gateway mode) first asks the gateway for a query plan
// (POST .../docs with x-ms-cosmos-is-query-plan-request: True) before any cross-partition query.
// @vercel/cosmosdb-server does not know that request and answers 400 "missing partition keys", so
// every query with default QueryRequestOptions failed. The emulator has exactly one partition key
// range ("0", ""-"FF") and evaluates ORDER BY/TOP/aggregates itself, so we answer with a
// "pass-through" plan (no client-side ORDER BY/aggregation/DISTINCT, one full range); the SDK then
// sends the query to range 0 and returns the server's results as they are.
// Disable with COSMOS_QUERY_PLAN_SHIM=0.
const PASSTHROUGH_PLAN = JSON.stringify({
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: "None", top: null, offset: null, limit: null,
    orderBy: [], orderByExpressions: [], groupByExpressions: [], groupByAliases: [],
    aggregates: [], groupByAliasToAggregateType: {}, rewrittenQuery: "",
    hasSelectValue: false, hasNonStreamingOrderBy: false,
  },
  queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }],
});
if (process.env.COSMOS_QUERY_PLAN_SHIM !== "0") {
  const original = server.listeners("request");
  server.removeAllListeners("request");
  server.on("request", (req, res) => {
    const isPlan = String(req.headers["x-ms-cosmos-is-query-plan-request"] || "").toLowerCase() === "true";
    if (req.method === "POST" && isPlan && /\/docs\/?$/.test((req.url || "").split("?")[0])) {
      req.resume();
      req.on("end", () => {
        res.statusCode = 200;
        res.setHeader("content-type", "application/json");
        res.setHeader("x-ms-request-charge", "0");
        res.setHeader("connection", opts.keepAlive ? "keep-alive" : "close");
        res.end(PASSTHROUGH_PLAN);
      });
      return;
    }
    for (const l of original) l.call(server, req, res);
  });
}

// Read-missing-document fix. @vercel/cosmosdb-server 1.0.1's read-document handler dereferences the
// missing document (TypeError "Cannot read properties of undefined (reading 'id')") and answers 500;
// Cosmos DB answers 404 NotFound, which the SDK maps to CosmosException(NotFound). Rewrite that case.
// Disable with COSMOS_READ_404_FIX=0.
if (process.env.COSMOS_READ_404_FIX !== "0") {
  const downstream = server.listeners("request");
  server.removeAllListeners("request");
  server.on("request", (req, res) => {
    if (req.method === "GET" && /^\/dbs\/[^/]+\/colls\/[^/]+\/docs\/[^/]+\/?$/.test((req.url || "").split("?")[0])) {
      const end = res.end;
      res.end = function patchedEnd(chunk, ...rest) {
        if (res.statusCode === 500 && !res.headersSent && chunk &&
            /Cannot read propert(y|ies) .*of undefined/.test(String(chunk))) {
          res.statusCode = 404;
          res.removeHeader("etag");
          chunk = JSON.stringify({ code: "NotFound", message: "Entity with the specified id does not exist in the system." });
        }
        return end.call(this, chunk, ...rest);
      };
    }
    for (const l of downstream) l.call(server, req, res);
  });
}

if (process.env.COSMOS_DEBUG === "1") {
  // Log each request line and the x-ms-* headers (diagnostics only).
  server.prependListener("request", (req, res) => {
    const h = Object.entries(req.headers)
      .filter(([k]) => k.startsWith("x-ms-") && k !== "x-ms-date")
      .map(([k, v]) => `${k}=${v}`).join(" ");
    res.on("finish", () => log(`${req.method} ${req.url} -> ${res.statusCode} ${h}`));
  });
}

// Durability: a response leaves only once the changes made so far are on disk. Prepended, so it wraps res.end
// before any handler runs.
if (store) server.prependListener("request", (req, res) => store.deferUntilDurable(res));

// Node closes an idle kept-alive connection after 5 s; a client that sends on it just then gets a reset. Idle
// connections stay open longer than the .NET client keeps them in its pool (PooledConnectionIdleTimeout, 1 min), so it
// is always the client that closes them.
if (opts.keepAlive) {
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
}

server.on("error", (err) => {
  if (err && err.code === "EADDRINUSE") {
    fail(`port ${opts.host}:${port} is already in use (EADDRINUSE)`, 3);
  }
  fail(`server error: ${err && err.stack ? err.stack : err}`, 1);
});

server.listen(port, opts.host, () => {
  const a = server.address();
  log(`listening on https://${opts.host}:${a.port}/ (pid ${process.pid}, ${storeDir ? `data in ${storeDir}` : "in-memory"}, keepAlive=${opts.keepAlive})`);
});

let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log(`received ${signal}, shutting down`);
  server.close(() => process.exit(0));
  if (typeof server.closeAllConnections === "function") server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
