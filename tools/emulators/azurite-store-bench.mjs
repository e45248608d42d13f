// Azurite's table and blob metadata stores against the data they hold: in one process (no ports, no stack), the pinned
// azurite 3.37.0 LokiTableMetadataStore and LokiBlobMetadataStore (fs persistence in a temporary folder, as
// tools/stack.sh runs Azurite) are driven with the store calls one order of the app makes (shapes from
// shared/BackOffice.Infrastructure: delivery log, customer index, store-event log with a constant row key, stock
// ledger holds and levels, ~10 blob uploads), filled to each size, then the next `--sample` orders are measured: the
// process's CPU per order for the store calls plus the saves LokiJS's autosave would make meanwhile (one of each
// database every 5 s; at `--rate` orders per second that is every rate * 5 orders).
//   node tools/emulators/azurite-store-bench.mjs [--no-patch] [--sizes 1000,10000] [--sample 200] [--rate 10]
// One JSON line per size, then a summary line.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const patched = !args.includes("--no-patch");
const sizes = option("--sizes", "1000,10000").split(",").map(Number);
const sample = Number(option("--sample", "200"));
const rate = Number(option("--rate", "10")); // orders per second: ./bench.sh 1000 reached 10.65 on an idle machine
const autosaveSeconds = 5; // LokiTableMetadataStore.js:30, LokiBlobMetadataStore.js:74

process.env.AZURITE_STORE_PATCH = "off";
const storePatch = require("./azurite-store-patch.cjs");
const TableStore = require(storePatch.tableStorePath).default;
const BlobStore = require(storePatch.blobStorePath).default;
class PatchedTableStore extends TableStore {}
class PatchedBlobStore extends BlobStore {}
if (patched) {
  storePatch.patchTable(PatchedTableStore);
  storePatch.patchBlob(PatchedBlobStore);
}

const account = "devstoreaccount1";
const context = { contextID: "bench", contextId: "bench", get startTime() { return new Date(); } };
const tables = ["deliveries", "customers", "storeevents", "stock", "journal"];
const containers = ["raw", "documents", "parked"];
let etagCounter = 0;

const entity = (partitionKey, rowKey, properties = {}) => {
  const now = new Date();
  return {
    PartitionKey: partitionKey,
    RowKey: rowKey,
    properties: { PartitionKey: partitionKey, RowKey: rowKey, ...properties },
    lastModifiedTime: now.toISOString(),
    eTag: `W/"datetime'${encodeURIComponent(now.toISOString())}${etagCounter++}'"`,
  };
};

const blobModel = (container, name) => {
  const date = new Date();
  return {
    deleted: false,
    metadata: {},
    accountName: account,
    containerName: container,
    name,
    properties: {
      creationTime: date, lastModified: date, etag: `"0x${(etagCounter++).toString(16)}"`, contentLength: 2048,
      contentType: "application/json", contentMD5: new Uint8Array(16), blobType: "BlockBlob", leaseStatus: "unlocked",
      leaseState: "available", serverEncrypted: true, accessTier: "Hot", accessTierInferred: true, accessTierChangeTime: date,
    },
    snapshot: "",
    isCommitted: true,
    persistency: { id: "00000000-0000-0000-0000-000000000000", offset: etagCounter * 2048, count: 2048 },
    blobTags: undefined,
  };
};

// One order's calls (per-order counts as ./bench.sh 1000 reported them: table.insert 7.3, table.read 8, table.update
// 4.6, table.upsert 2, table.query 0.7, blob.upload 9.9, blob.read 0.3).
async function order(table, blob, i) {
  const id = `order-${String(i).padStart(7, "0")}`;
  const sku = `sku-${i % 50}`;
  const customer = `c-${i % 700}`;
  await table.queryTableEntitiesWithPartitionAndRowKey(context, "deliveries", account, "vtex", `d-${i}`);
  await table.insertTableEntity(context, "deliveries", account, entity("vtex", `d-${i}`, { At: "x" }), undefined);
  for (const key of [customer, `e-${i % 900}`]) {
    await table.insertOrUpdateTableEntity(context, "customers", account, entity(key, id), undefined, undefined);
  }
  await table.queryTableEntities(context, account, "customers", { filter: `(PartitionKey eq '${customer}')`, top: 1000 });
  await table.queryTableEntitiesWithPartitionAndRowKey(context, "storeevents", account, id, "log");
  let log = await table.insertTableEntity(context, "storeevents", account, entity(id, "log", { Failing: false, Log: "a".repeat(300) }), undefined);
  for (let step = 0; step < 3; step++) {
    await table.queryTableEntitiesWithPartitionAndRowKey(context, "storeevents", account, id, "log");
    log = await table.updateTableEntity(context, "storeevents", account, entity(id, "log", { Failing: false, Log: "b".repeat(300) }), log.eTag, undefined);
  }
  await table.insertTableEntity(context, "stock", account, entity(`order-${id}`, sku, { Sku: sku, Quantity: 1 }), undefined);
  await table.insertTableEntity(context, "stock", account, entity(sku, `hold-${id}`, { Quantity: 1, State: "Held" }), undefined);
  await table.mergeTableEntity(context, "stock", account, entity(sku, `hold-${id}`, { State: "Counted" }), "*", undefined);
  await table.queryTableEntitiesWithPartitionAndRowKey(context, "stock", account, sku, "level");
  await table.insertOrUpdateTableEntity(context, "stock", account, entity(sku, "level", { OnHand: 100, Reserved: i }), undefined, undefined);
  await table.queryTableEntities(context, account, "stock", { filter: `(PartitionKey eq 'order-${id}')`, top: 1000 });
  for (let row = 0; row < 3; row++) {
    await table.insertTableEntity(context, "journal", account, entity(id, `r${row}`, { Kind: "x" }), undefined);
  }
  await table.queryTableEntitiesWithPartitionAndRowKey(context, "deliveries", account, "vtex", `d-${i}`);
  for (let n = 0; n < 10; n++) {
    const container = containers[n % containers.length];
    await blob.createBlob(context, blobModel(container, `${id}/doc-${n}.json`), undefined, undefined);
  }
  if (i % 3 === 0) await blob.downloadBlob(context, account, "documents", `${id}/doc-1.json`);
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function saveMs(store) {
  const start = cpuMs();
  const started = performance.now();
  await new Promise((resolve, reject) => store.db.saveDatabase((error) => (error ? reject(error) : resolve())));
  return { cpu: cpuMs() - start, wall: performance.now() - started };
}

async function run(size) {
  const folder = mkdtempSync(path.join(tmpdir(), "azurite-store-bench-"));
  const Table = patched ? PatchedTableStore : TableStore;
  const Blob = patched ? PatchedBlobStore : BlobStore;
  const table = new Table(path.join(folder, "__azurite_db_table__.json"), false);
  const blob = new Blob(path.join(folder, "__azurite_db_blob__.json"), false);
  await table.init();
  await blob.init();
  for (const name of tables) await table.createTable(context, { account, table: name });
  for (const name of containers) {
    await blob.createContainer(context, { accountName: account, name, properties: { etag: "x", lastModified: new Date() } });
  }
  // Autosave is the timer's job in Azurite; here the saves are measured one by one, so the timer is stopped.
  for (const store of [table, blob]) store.db.autosaveDisable();
  // Filling: a save every 500 orders (Azurite's autosave would save every rate * 5 s = 50 orders; fewer saves keep
  // upstream's fill at 10,000 orders within minutes, and leave the patched journal mid-way as a run would).
  for (let i = 0; i < size; i++) {
    await order(table, blob, i);
    if (i % 500 === 499) for (const store of [table, blob]) await saveMs(store);
  }
  for (const store of [table, blob]) await saveMs(store);
  // Measured: the next orders, with a save of each database every rate * 5 s worth of orders, as the autosave does.
  const ordersPerSave = rate * autosaveSeconds;
  const start = cpuMs();
  const saves = { table: 0, blob: 0 };
  for (let i = size; i < size + sample; i++) {
    await order(table, blob, i);
    if ((i - size) % ordersPerSave === ordersPerSave - 1) {
      saves.table += (await saveMs(table)).cpu;
      saves.blob += (await saveMs(blob)).cpu;
    }
  }
  const total = (cpuMs() - start) / sample;
  for (const store of [table, blob]) await store.close();
  rmSync(folder, { recursive: true, force: true });
  return {
    orders: size,
    patch: patched ? "azurite-store-patch.cjs" : "none",
    cpu_ms_per_order: +total.toFixed(3),
    of_which_table_saves: +(saves.table / sample).toFixed(3),
    of_which_blob_saves: +(saves.blob / sample).toFixed(3),
  };
}

const results = await require("./patch-support.cjs").runSizes(sizes, run);
const [first, last] = [results[0], results.at(-1)];
console.log(JSON.stringify({
  patch: first.patch,
  rate,
  cpu_ms_per_order: Object.fromEntries(results.map((r) => [r.orders, r.cpu_ms_per_order])),
  growth: +(last.cpu_ms_per_order / first.cpu_ms_per_order).toFixed(2),
}));
