// The Cosmos emulator's CPU per operation against the amount of data it holds: a fresh cosmos-server.mjs (durable
// store on a temporary folder, as tools/stack.sh runs it) is filled with order-like documents (about 7.5 KB each, the
// size `./bench.sh` reports as order_view_bytes plus the inbox) up to each size, and at each size the app's operations
// and the pollers' queries are timed by the server's own CPU (utime + stime from /proc/<pid>/stat):
//   read      a point read (the app's ~29 per order)
//   replace   a replace under its ETag (the app's ~29 per order; journal and sync included)
//   overview  one GET /api/ops/overview as the app asks it: a COUNT per status, then the "unchanged since" lists
//   sweeps    one DueWorkSweep + OutboxSweep tick: due work (ORDER BY), pending compensations, pending outbox
//   compactions the journal's compactions while filling, each one's time (their CPU is in the fill's figure)
// It starts a server, so inside /work/bin/netns-run on a shared machine.
//   node tools/emulators/cosmos-growth-bench.mjs [--sizes 1000,10000] [--port 28081]
// One JSON line per size. Environment variables reach the server (COSMOS_QUERY_LINEAR=0 to compare without the patch).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = option("--sizes", "1000,10000").split(",").map(Number);
const port = Number(option("--port", "28081"));
const concurrency = 20;
const ticksPerSecond = 100; // getconf CLK_TCK on Linux
const statuses = ["Received", "RiskReview", "AwaitingPayment", "PaymentApproved", "Invoiced", "ReadyToShip", "Shipped",
  "Delivered", "Cancelled", "DeliveryFailed", "NeedsAttention"];

const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
};

const agent = new https.Agent({ keepAlive: true, maxSockets: concurrency, rejectUnauthorized: false });
function request(method, url, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const req = https.request({ host: "127.0.0.1", port, path: url, method, agent,
      headers: { "content-type": "application/json", ...headers, ...(text ? { "content-length": Buffer.byteLength(text) } : {}) } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const answer = Buffer.concat(chunks).toString("utf8");
        if (res.statusCode >= 300) return reject(new Error(`${method} ${url} answered ${res.statusCode}: ${answer.slice(0, 300)}`));
        resolve({ body: answer ? JSON.parse(answer) : null, headers: res.headers });
      });
    });
    req.on("error", reject);
    req.end(text);
  });
}

const docs = "/dbs/bench/colls/orders/docs";
const partition = (id) => ({ "x-ms-documentdb-partitionkey": JSON.stringify([id]) });
const query = async (sql, parameters = []) => {
  const items = [];
  let continuation;
  do {
    const answer = await request("POST", docs, { query: sql, parameters }, {
      "content-type": "application/query+json", "x-ms-documentdb-isquery": "True",
      "x-ms-documentdb-query-enablecrosspartition": "True", "x-ms-max-item-count": "500",
      ...(continuation ? { "x-ms-continuation": continuation } : {}) });
    items.push(...answer.body.Documents);
    continuation = answer.headers["x-ms-continuation"];
  } while (continuation);
  return items;
};

// An order as the app stores it, in its shape and size: the fields the queries filter on, a timeline and an inbox.
const now = Date.now();
function orderDocument(n) {
  const id = `bench-${String(n).padStart(6, "0")}`;
  const status = n % 50 === 0 ? statuses[n % statuses.length] : "Delivered";
  const timeline = Array.from({ length: 36 }, (_, i) => ({ at: new Date(now - (36 - i) * 60_000).toISOString(),
    event: `Event${i}`, detail: `step ${i} of order ${id}, answered by the partner with reference ${n * 31 + i}` }));
  const inbox = Array.from({ length: 40 }, (_, i) => `${id}:message:${i}:${(n * 7919 + i).toString(16).padStart(12, "0")}`);
  return { id, channel: "hub", externalId: String(n), status, amounts: { totalCents: 4990 + n, currency: "BRL" },
    receivedAt: new Date(now - n).toISOString(), updatedAt: new Date(now - n).toISOString(), updatedAtUnixMs: now - n,
    ...(n % 100 === 0 ? { dueAtUnixMs: now + (n % 7) * 1000 - 3000 } : {}),
    compensationsPending: n % 500 === 0, outboxPending: n % 200 === 0,
    customer: { name: `Customer ${n}`, email: "redacted" }, timeline, inbox };
}

async function inParallel(count, each) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await each(next++);
  }));
}

async function measure(pid, operations, each) {
  const before = cpuMs(pid);
  await inParallel(operations, each);
  return Math.round(((cpuMs(pid) - before) / operations) * 100) / 100;
}

// The app's own queries (CosmosOrderOverviewReader, CosmosOrderRepository), with their parameters.
const overview = async () => {
  for (const status of statuses) await query("SELECT VALUE COUNT(1) FROM c WHERE c.status = @status", [{ name: "@status", value: status }]);
  for (const status of ["RiskReview", "AwaitingPayment", "PaymentApproved", "Invoiced", "ReadyToShip", "Shipped", "NeedsAttention"]) {
    await query("SELECT c.id, c.status, c.updatedAt, c.attention FROM c WHERE c.status = @status AND c.updatedAtUnixMs <= @since",
      [{ name: "@status", value: status }, { name: "@since", value: now }]);
  }
};
const sweeps = async () => {
  await query("SELECT c.id, c.dueAtUnixMs FROM c WHERE c.dueAtUnixMs <= @now ORDER BY c.dueAtUnixMs", [{ name: "@now", value: now }]);
  await query("SELECT c.id, c.updatedAtUnixMs FROM c WHERE c.compensationsPending = true ORDER BY c.updatedAtUnixMs");
  await query("SELECT c.id FROM c WHERE c.outboxPending = true AND c.updatedAtUnixMs < @since", [{ name: "@since", value: now }]);
};

const location = mkdtempSync(path.join(tmpdir(), "cosmos-growth-bench-"));
const server = spawn(process.execPath, [path.join(here, "cosmos-server.mjs"), "--port", String(port), "--data", location,
  "--store", path.join(location, "store")], { stdio: ["ignore", "pipe", "inherit"] });
const compactionMs = [];
server.stdout.on("data", (chunk) => {
  for (const [, ms] of String(chunk).matchAll(/compacted .* in (\d+) ms/g)) compactionMs.push(Number(ms));
});
try {
  for (let attempt = 0; ; attempt++) {
    try { await request("GET", "/"); break; } catch (err) { if (attempt > 100) throw err; await new Promise((r) => setTimeout(r, 100)); }
  }
  await request("POST", "/dbs", { id: "bench" });
  await request("POST", "/dbs/bench/colls", { id: "orders", partitionKey: { paths: ["/id"], kind: "Hash" } });
  let loaded = 0;
  for (const size of sizes) {
    const fillFrom = loaded;
    const fillCompactions = compactionMs.length;
    const fill = await measure(server.pid, size - fillFrom, async (i) => {
      const doc = orderDocument(fillFrom + i);
      await request("POST", docs, doc, partition(doc.id));
    });
    loaded = size;
    const ids = Array.from({ length: 400 }, (_, i) => orderDocument(Math.floor((i * size) / 400)).id);
    const read = await measure(server.pid, ids.length, (i) => request("GET", `${docs}/${ids[i]}`, undefined, partition(ids[i])));
    const replace = await measure(server.pid, ids.length, async (i) => {
      const { body } = await request("GET", `${docs}/${ids[i]}`, undefined, partition(ids[i]));
      body.updatedAt = new Date().toISOString();
      await request("PUT", `${docs}/${ids[i]}`, body, { ...partition(ids[i]), "if-match": body._etag });
    });
    const overviewMs = await measure(server.pid, 20, overview);
    const sweepMs = await measure(server.pid, 20, sweeps);
    console.log(JSON.stringify({ documents: size, cpu_ms: { create_while_filling: fill, read_then_replace: replace, read,
      overview: overviewMs, sweeps: sweepMs }, compactions_while_filling_ms: compactionMs.slice(fillCompactions) }));
  }
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.on("exit", resolve));
  rmSync(location, { recursive: true, force: true });
}
