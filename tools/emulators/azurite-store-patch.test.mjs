// azurite-store-patch.cjs must not change what Azurite's table and blob stores answer, nor what they keep on disk. This
// runs the same random sequence of store operations against upstream azurite 3.37.0's LokiTableMetadataStore and
// LokiBlobMetadataStore and the patched ones, each on its own database files, and compares every answer (entities,
// order, continuation tokens, errors) and the stored data. Tables: insert, upsert, insert-or-merge, update and merge
// with right/"*"/stale ETags, delete, point reads, queries (one partition, ranges, or-filters, property filters, no
// filter) paged with small tops and continuation tokens, batches that fail and roll back, table delete/re-create;
// keys that LokiJS's index sorts alike ("1", "01", "1.0") and a row key shared by every partition. Blobs: upload,
// overwrite, metadata, read, properties, delete, list. Saves happen at random steps (as the 5 s autosave would); the stores are
// restarted from disk after a close, and after a "kill -9" (new stores opened on the files, the old ones dropped
// unsaved: both must hold what their last save held), once with a torn line appended to the patched journal.
// Run by ./test.sh; no ports, no stack.
//   node tools/emulators/azurite-store-patch.test.mjs [seed] [steps]
import assert from "node:assert/strict";
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
process.env.AZURITE_STORE_PATCH = "off";
const storePatch = require("./azurite-store-patch.cjs");
const UpstreamTable = require(storePatch.tableStorePath).default;
const UpstreamBlob = require(storePatch.blobStorePath).default;
// Azurite's ETags are time times a random number (common/utils/utils.js newEtag): one per step here, the same for both.
const azuriteUtils = require(path.join(path.dirname(storePatch.tableStorePath), "..", "..", "common", "utils", "utils.js"));
let stepEtag = "";
azuriteUtils.newEtag = () => stepEtag;
class PatchedTable extends UpstreamTable {}
class PatchedBlob extends UpstreamBlob {}
storePatch.patchTable(PatchedTable);
storePatch.patchBlob(PatchedBlob);

const seed = Number(process.argv[2] ?? process.env.AZURITE_PATCH_TEST_SEED ?? Date.now() % 1_000_000);
const steps = Number(process.argv[3] ?? 3000);
const { random, pick } = require("./patch-support.cjs").seededRandom(seed);

const account = "devstoreaccount1";
const tables = ["events", "ledger"];
const containers = ["raw", "docs"];
const partitions = ["o1", "o2", "o3", "sku-1", "1", "01", "1.0", "10", "é", "a b"];
const rows = ["log", "log", "log", "r1", "r2", "1", "01", "10", "hold-1", "hold-2", "z"];
const blobNames = Array.from({ length: 30 }, (_, i) => `order-${i % 10}/doc-${i}.json`);
const context = { contextID: "test", contextId: "test", startTime: new Date(Date.UTC(2026, 11, 1, 12)) };
const folder = mkdtempSync(path.join(tmpdir(), "azurite-store-patch-test-"));
const files = (name) => ({ table: path.join(folder, name, "table.json"), blob: path.join(folder, name, "blob.json") });

async function open(kind, create) {
  const [Table, Blob] = kind === "upstream" ? [UpstreamTable, UpstreamBlob] : [PatchedTable, PatchedBlob];
  const { mkdirSync } = await import("node:fs");
  mkdirSync(path.join(folder, kind), { recursive: true });
  const table = new Table(files(kind).table, false);
  const blob = new Blob(files(kind).blob, false);
  await table.init();
  await blob.init();
  // Saves are the test's to make (see "save"): the 5 s timer would make them at moments no test can repeat.
  table.db.autosaveDisable();
  blob.db.autosaveDisable();
  if (create) {
    for (const name of tables) await table.createTable(context, { account, table: name });
    for (const name of containers) {
      await blob.createContainer(context, { accountName: account, name, properties: { etag: "c", lastModified: context.startTime } });
    }
  }
  return { table, blob };
}

// What a store answered, without LokiJS's meta (creation times of the process that inserted the document).
const plain = (value) => JSON.parse(JSON.stringify(value ?? null, (key, item) => (key === "meta" ? undefined : item)));
async function outcome(operation) {
  try {
    return { value: plain(await operation()) };
  } catch (error) {
    return { error: error.storageErrorCode ?? error.message, status: error.statusCode };
  }
}

// Every collection's documents and next $loki; the binary indices too (their order among equal values is what a
// listing's ties follow), except the table entity collections', which the patch drops (nothing reads them).
function stored(stores) {
  const collections = [...stores.table.db.collections, ...stores.blob.db.collections];
  const indices = (collection) => (collection.name.startsWith(`${account}$`) ? null : collection.binaryIndices);
  return plain(Object.fromEntries(collections.map((collection) => [collection.name, [collection.maxId, collection.data, indices(collection)]])));
}

let etag = 0;
// Built once per operation; each store gets its own copy (stores keep and change what they are given).
const entityOf = (partitionKey, rowKey, properties) => ({
  PartitionKey: partitionKey,
  RowKey: rowKey,
  properties: { PartitionKey: partitionKey, RowKey: rowKey, ...properties },
  lastModifiedTime: context.startTime.toISOString(),
  eTag: `W/"datetime'${++etag}'"`,
});
const blobModelOf = (container, name, size) => ({
  deleted: false,
  metadata: { step: String(etag) },
  accountName: account,
  containerName: container,
  name,
  properties: {
    creationTime: context.startTime, lastModified: context.startTime, etag: `"0x${++etag}"`, contentLength: size,
    contentType: "application/json", contentMD5: new Uint8Array([1, 2, 3]), blobType: "BlockBlob",
    leaseStatus: "unlocked", leaseState: "available", serverEncrypted: true, accessTier: "Hot", accessTierInferred: true,
  },
  snapshot: "",
  isCommitted: true,
  persistency: { id: "extent", offset: etag, count: size },
});

const copyOf = (make) => {
  const made = make();
  return () => structuredClone(made);
};
const entity = (...args) => copyOf(() => entityOf(...args));
const blobModel = (...args) => copyOf(() => blobModelOf(...args));

const knownEtags = []; // ETags the stores answered, for conditional writes
const filters = () => {
  const partition = pick(partitions);
  return pick([
    `(PartitionKey eq '${partition}')`,
    `PartitionKey eq '${partition}' and RowKey ge 'hold-' and RowKey lt 'hold.'`,
    `(RowKey eq 'log') and (PartitionKey eq '${partition}')`,
    `(PartitionKey eq '${partition}') or (PartitionKey eq 'o2')`,
    `(RowKey eq '${pick(rows)}')`,
    `(PartitionKey eq '${partition}') and (Quantity gt 2)`,
    `(Failing eq true)`,
    `'${partition}' eq PartitionKey`,
    `PartitionKey ge '${partition}'`,
    "",
    undefined,
  ]);
};

// One random operation: a function of the stores, its name, and what to remember from its answer.
function operation(step) {
  const table = pick(tables);
  const pk = pick(partitions);
  const rk = pick(rows);
  const properties = { Quantity: Math.floor(random() * 5), Failing: random() < 0.3, Log: `v${step}`, ttl: step };
  const ifMatch = () => pick(["*", pick(knownEtags) ?? "*", `W/"datetime'stale'"`]);
  const roll = random();
  const written = entity(pk, rk, properties);
  if (roll < 0.14) return ["insert", (s) => s.table.insertTableEntity(context, table, account, written(), "")];
  if (roll < 0.22) return ["upsert", (s) => s.table.insertOrUpdateTableEntity(context, table, account, written(), undefined, "")];
  const extra = entity(pk, rk, { Extra: step });
  if (roll < 0.27) return ["insertOrMerge", (s) => s.table.insertOrMergeTableEntity(context, table, account, extra(), undefined, "")];
  if (roll < 0.34) {
    const match = ifMatch();
    return ["update", (s) => s.table.updateTableEntity(context, table, account, written(), match, "")];
  }
  if (roll < 0.40) {
    const match = ifMatch();
    return ["merge", (s) => s.table.mergeTableEntity(context, table, account, extra(), match, "")];
  }
  if (roll < 0.45) {
    const match = ifMatch();
    return ["delete", (s) => s.table.deleteTableEntity(context, table, account, pk, rk, match, "")];
  }
  if (roll < 0.53) return ["read", (s) => s.table.queryTableEntitiesWithPartitionAndRowKey(context, table, account, pk, rk, "")];
  if (roll < 0.63) {
    const filter = filters();
    const top = pick([undefined, 1, 2, 3, 1000]);
    return ["query", async (s) => {
      const pages = [];
      let [nextPartition, nextRow] = [undefined, undefined];
      do {
        const [result, partitionToken, rowToken] = await s.table.queryTableEntities(context, account, table, { filter, top }, nextPartition, nextRow);
        pages.push([result, partitionToken, rowToken]);
        [nextPartition, nextRow] = [partitionToken, rowToken];
      } while (nextPartition !== undefined && pages.length < 60);
      return pages;
    }];
  }
  if (roll < 0.66) {
    // A batch whose last operation fails (a conflicting insert): upstream rolls the others back.
    const batch = `batch-${step}`;
    const writes = Array.from({ length: 1 + Math.floor(random() * 3) }, () => entity(pk, pick(rows), { ...properties, Batch: step }));
    const succeed = random() < 0.5;
    const merged = entity(pk, "r1", { InBatch: step });
    return ["batch", async (s) => {
      await s.table.beginBatchTransaction(batch);
      let ok = true;
      try {
        for (const write of writes) {
          await s.table.insertOrUpdateTableEntity(context, table, account, write(), undefined, batch);
        }
        await s.table.mergeTableEntity(context, table, account, merged(), succeed ? "*" : `W/"stale"`, batch);
      } catch {
        ok = false;
      }
      await s.table.endBatchTransaction(account, table, batch, context, ok);
      return ok;
    }];
  }
  if (roll < 0.67) {
    return ["recreateTable", async (s) => {
      await s.table.deleteTable(context, table, account);
      await s.table.createTable(context, { account, table });
    }];
  }
  const container = pick(containers);
  const name = pick(blobNames);
  const uploaded = blobModel(container, name, step);
  if (roll < 0.77) return ["upload", (s) => s.blob.createBlob(context, uploaded(), undefined, undefined)];
  if (roll < 0.81) return ["download", (s) => s.blob.downloadBlob(context, account, container, name)];
  if (roll < 0.84) return ["properties", (s) => s.blob.getBlobProperties(context, account, container, name)];
  if (roll < 0.87) return ["deleteBlob", (s) => s.blob.deleteBlob(context, account, container, name, {})];
  if (roll < 0.885) return ["setMetadata", (s) => s.blob.setBlobMetadata(context, account, container, name, undefined, { step: `m${step}` }, undefined)];
  if (roll < 0.89) return ["listBlobs", (s) => s.blob.listBlobs(context, account, container, undefined, undefined, "order-", 5)];
  if (roll < 0.96) return ["save", (s) => Promise.all([s.table, s.blob].map((store) => store.saveDBStateOf()))];
  if (roll < 0.98) return ["restart", null];
  return ["crash", null];
}

for (const Store of [UpstreamTable, UpstreamBlob]) {
  Store.prototype.saveDBStateOf = function save() {
    return new Promise((resolve, reject) => this.db.saveDatabase((error) => (error ? reject(error) : resolve())));
  };
}

let upstream = await open("upstream", true);
let patched = await open("patched", true);
const counts = {};
let torn = false;
for (let step = 0; step < steps; step++) {
  const [kind, run] = operation(step);
  counts[kind] = (counts[kind] ?? 0) + 1;
  if (kind === "restart" || kind === "crash") {
    if (kind === "restart") {
      for (const stores of [upstream, patched]) {
        await stores.table.close();
        await stores.blob.close();
      }
    } else if (!torn) {
      // A kill -9 in the middle of an append: the last line of the journal is cut short.
      const journal = readdirSync(path.join(folder, "patched")).find((file) => file.startsWith("table.json") && file.endsWith(".journal"));
      appendFileSync(path.join(folder, "patched", journal), '{"changes":[["devstoreaccount1$events",9');
      torn = true;
    }
    [upstream, patched] = [await open("upstream", false), await open("patched", false)];
    assert.deepEqual(stored(patched), stored(upstream), `seed ${seed}, step ${step}: ${kind}: what was reloaded differs`);
    continue;
  }
  stepEtag = `"0x${(step + 0x100000000000000).toString(16).toUpperCase()}"`;
  const expected = await outcome(() => run(upstream));
  const actual = await outcome(() => run(patched));
  assert.deepEqual(actual, expected, `seed ${seed}, step ${step}: ${kind} answered differently`);
  if (expected.value?.eTag) knownEtags.push(expected.value.eTag);
  if (knownEtags.length > 20) knownEtags.shift();
  if (step % 25 === 0) assert.deepEqual(stored(patched), stored(upstream), `seed ${seed}, step ${step}: stored data differs`);
}
assert.deepEqual(stored(patched), stored(upstream), `seed ${seed}: stored data differs at the end`);
for (const stores of [upstream, patched]) {
  await stores.table.close();
  await stores.blob.close();
}
rmSync(folder, { recursive: true, force: true });
console.log(JSON.stringify({ test: "azurite-store-patch", seed, steps, operations: counts, torn_journal: torn, result: "same answers" }));
