// The Cosmos emulator's query patches (cosmos-query-linear.mjs, cosmos-query-index.mjs) give the same answers as
// upstream @vercel/cosmosdb-server: the same random creates, replaces and deletes are played on upstream's account and
// then, with the patches installed, on a fresh one, and every query below (the app's own shapes and their neighbours:
// literals, AND, OR, ORDER BY, TOP, JOIN, an alias, missing and non-scalar parameters) is asked after each batch, page by
// page (small pages, following continuations); a journal replay's in-place overwrite is among the writes.
// Run by ./test.sh; alone: `node tools/emulators/cosmos-queries.test.mjs` (about 5 s).
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { installLinearQueries } from "./cosmos-query-linear.mjs";
import { installQueryIndex } from "./cosmos-query-index.mjs";

const vercel = createRequire(createRequire(import.meta.url).resolve("@vercel/cosmosdb-server/package.json"));
const Account = vercel("./lib/account").default;
const compile = createRequire(vercel.resolve("@zeit/cosmosdb-query/package.json"))("./lib/index").default;

const statuses = ["Received", "RiskReview", "Delivered", "Cancelled", "NeedsAttention"];
const queries = [
  ["SELECT VALUE COUNT(1) FROM c WHERE c.status = @status", { "@status": "Delivered" }],
  ["SELECT VALUE COUNT(1) FROM c WHERE c.status = @status", { "@status": "NeedsAttention" }],
  ["SELECT VALUE COUNT(1) FROM c WHERE c.status = @status", { "@status": "Nowhere" }],
  ["SELECT VALUE COUNT(1) FROM c WHERE c.status = @status", { "@status": 3 }],
  ["SELECT VALUE COUNT(1) FROM c WHERE c.status = @status", { "@status": null }],
  ["SELECT VALUE COUNT(1) FROM c WHERE c.status = @status", { "@status": ["Delivered"] }],
  ["SELECT VALUE COUNT(1) FROM c WHERE c.status = @status", {}],
  ["SELECT VALUE COUNT(1) FROM c WHERE c.status = 'Received'", {}],
  ["SELECT VALUE COUNT(1) FROM c WHERE c.status = @status AND c.outboxPending = true", { "@status": "Delivered" }],
  ["SELECT COUNT(1) AS n FROM c WHERE c.status = @status", { "@status": "Delivered" }],
  ["SELECT VALUE COUNT(1) FROM c", {}],
  ["SELECT c.id, c.status, c.updatedAt, c.attention FROM c WHERE c.status = @status AND c.updatedAtUnixMs <= @since", { "@status": "RiskReview", "@since": 500 }],
  ["SELECT c.id, c.channel, c.externalId, c.status, c.amounts, c.receivedAt, c.updatedAt FROM c WHERE c.status = @status ORDER BY c.receivedAt DESC", { "@status": "Delivered" }],
  ["SELECT c.id, c.dueAtUnixMs FROM c WHERE c.dueAtUnixMs <= @now ORDER BY c.dueAtUnixMs", { "@now": 600 }],
  ["SELECT c.id, c.updatedAtUnixMs FROM c WHERE c.compensationsPending = true ORDER BY c.updatedAtUnixMs", {}],
  ["SELECT c.id FROM c WHERE c.outboxPending = true AND c.updatedAtUnixMs < @since", { "@since": 700 }],
  ["SELECT c.id FROM c WHERE c.updatedAtUnixMs < @since AND c.outboxPending = true", { "@since": 700 }],
  ["SELECT c.id FROM c WHERE c.status = 'Delivered' OR c.outboxPending = true", {}],
  ["SELECT c.id FROM c WHERE @status = c.status", { "@status": "Delivered" }],
  ["SELECT c.id FROM c WHERE c.rank = 2", {}],
  ["SELECT c.id FROM c WHERE c.nested.kind = 'a'", {}],
  ["SELECT TOP 3 c.id FROM c WHERE c.status = @status", { "@status": "Delivered" }],
  ["SELECT TOP 3 c.id FROM c WHERE c.status = @status ORDER BY c.updatedAtUnixMs DESC", { "@status": "Delivered" }],
  ["SELECT * FROM c WHERE c.status = @status", { "@status": "Cancelled" }],
  ["SELECT r.id FROM r WHERE r.status = @status", { "@status": "Delivered" }],
  ["SELECT c.id, t FROM c JOIN t IN c.tags WHERE c.status = @status", { "@status": "Delivered" }],
  ["SELECT DISTINCT VALUE c.status FROM c WHERE c.outboxPending = false", {}],
  ["SELECT VALUE c.id FROM c", {}],
];

function random(seed) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function operations(seed, count) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const value = () => pick([...statuses, ...statuses, 3, true, null, undefined, { kind: "a" }, ["Delivered"]]);
  const ops = [];
  for (let i = 0; i < count; i++) {
    const id = `o${Math.floor(next() * 60)}`;
    const doc = { id, status: value(), rank: pick([1, 2, 2.0, "2", -0, undefined]), outboxPending: pick([true, false, undefined, "true"]),
      compensationsPending: pick([true, false, undefined]), updatedAtUnixMs: Math.floor(next() * 1000), receivedAt: `2026-12-01T00:${String(Math.floor(next() * 60)).padStart(2, "0")}:00Z`,
      dueAtUnixMs: pick([undefined, Math.floor(next() * 1000), 500]), nested: pick([{ kind: "a" }, undefined]), tags: pick([["x", "y"], [], undefined]),
      attention: pick([undefined, { reason: "r" }]), channel: "hub", externalId: id, amounts: { totalCents: i } };
    ops.push({ kind: pick(["upsert", "upsert", "upsert", "overwrite", "delete"]), doc });
  }
  return ops;
}

const normalize = (answer) => JSON.parse(JSON.stringify(answer, (key, v) => (key === "_etag" || key === "_ts" ? "-" : v)));

function ask(documents, sql, parameters) {
  const params = { query: sql, parameters: Object.entries(parameters).map(([name, value]) => ({ name, value })) };
  const pages = [];
  let continuation = null;
  for (let page = 0; page < 100; page++) {
    let result;
    try {
      result = documents.query(params, { maxItemCount: 4, continuation });
    } catch (err) {
      return [...pages, { error: err.message }];
    }
    pages.push(normalize(result.result));
    if (!result.continuation) return pages;
    continuation = result.continuation;
  }
  throw new Error(`${sql}: more than 100 pages`);
}

// Plays the operations in batches and records every query's answer after each batch.
function play(ops) {
  const account = new Account("127.0.0.1", 8081);
  account.databases.create({ id: "db" });
  account.database("db").collections.create({ id: "orders", partitionKey: { paths: ["/id"], kind: "Hash" } });
  const documents = account.database("db").collection("orders").documents;
  const answers = [];
  ops.forEach(({ kind, doc }, i) => {
    const existing = documents._item("/id", doc.id, doc.id).read();
    if (kind === "delete") {
      if (existing) documents.delete(doc.id, doc.id);
    } else if (kind === "overwrite" && existing) {
      // what the store's journal replay does: the same resource id set again, in place
      documents._set({ ...doc, _rid: existing._rid, _self: existing._self, _etag: existing._etag, _ts: existing._ts });
    } else if (existing) documents.replace(doc, existing);
    else documents.create(doc);
    if (i % 25 === 24) answers.push(queries.map(([sql, parameters]) => ({ sql, parameters, pages: ask(documents, sql, parameters) })));
  });
  return { answers, documents };
}

const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
const upstream = seeds.map((seed) => play(operations(seed, 400)).answers);
const upstreamCode = compile("SELECT VALUE COUNT(1) FROM c WHERE c.status = @status").code;

installLinearQueries();
installQueryIndex();
let failures = 0;
seeds.forEach((seed, s) => {
  const { answers, documents } = play(operations(seed, 400));
  answers.forEach((batch, b) => batch.forEach((answer, q) => {
    try {
      assert.deepEqual(answer, upstream[s][b][q]);
    } catch {
      failures += 1;
      if (failures <= 5) console.error(`DIFFERENT seed ${seed} batch ${b}: ${answer.sql} ${JSON.stringify(answer.parameters)}\n  upstream ${JSON.stringify(upstream[s][b][q].pages)}\n  patched  ${JSON.stringify(answer.pages)}`);
    }
  }));
  // The index was used: equality queries built it, and it holds what the documents hold.
  assert.ok(documents._data.indexes?.has("status"), "the status index was not built");
});

// The app's query shapes compile without copying the accumulator (upstream's do).
assert.match(upstreamCode, /\[\.\.\.\$,/);
for (const [sql] of queries.slice(0, 17)) assert.doesNotMatch(compile(sql).code, /\[\.\.\.\$,/, sql);

const checks = seeds.length * upstream[0].length * queries.length;
if (failures > 0) {
  console.error(`cosmos-queries: ${failures} of ${checks} answers differ from upstream`);
  process.exit(1);
}
console.log(`cosmos-queries: ${checks} answers (${seeds.length} seeds, ${queries.length} queries, paged) the same as upstream; app queries linear`);
