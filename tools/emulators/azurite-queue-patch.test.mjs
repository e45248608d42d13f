// azurite-queue-patch.cjs must not change what Azurite's queue store answers. This runs the same random sequence of
// store operations (insert with and without a visibility delay, peek, get, update, delete with right and wrong pop
// receipts and unknown ids, count, clear, queue delete; ties on timeNextVisible; short and past TTLs) against
// upstream azurite 3.37.0's LokiQueueMetadataStore and the patched one, on a fake clock, and compares every answer
// (messages, order, errors) and the stored messages after each step. Half-way both stores are closed and reopened
// from their database files (as after an Azurite restart). Run by ./test.sh; no ports, no stack.
//   node tools/emulators/azurite-queue-patch.test.mjs [seed] [steps]
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
process.env.AZURITE_QUEUE_PATCH = "off";
const { patch, storePath } = require("./azurite-queue-patch.cjs");
const Upstream = require(storePath).default;
class Patched extends Upstream {}
patch(Patched);

// Azurite reads the time with `new Date()`: a fake clock makes expiry deterministic (no sleeps, no races).
const RealDate = Date;
let clock = RealDate.UTC(2026, 11, 1, 12);
globalThis.Date = class extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(clock);
    else super(...args);
  }
  static now() {
    return clock;
  }
};

const seed = Number(process.argv[2] ?? process.env.AZURITE_PATCH_TEST_SEED ?? RealDate.now() % 1_000_000);
const steps = Number(process.argv[3] ?? 6000);
const { random, pick } = require("./patch-support.cjs").seededRandom(seed);

const account = "devstoreaccount1";
const queues = ["orders", "payments", "shipping"];

const folder = mkdtempSync(path.join(tmpdir(), "azurite-queue-patch-test-"));
async function openStore(Store, create) {
  const store = new Store(path.join(folder, `${Store.name}.db`), false);
  await store.init();
  if (create) {
    for (const name of queues) await store.createQueue({ accountName: account, name, queueAcl: undefined, metadata: undefined });
  }
  return store;
}

async function outcome(operation) {
  try {
    const value = await operation();
    return { value: JSON.parse(JSON.stringify(value ?? null)) };
  } catch (error) {
    return { error: error.storageErrorCode ?? error.message, status: error.statusCode };
  }
}

const stored = async (store) => {
  const [docs] = await store.listMessages(100_000, 0);
  return JSON.parse(JSON.stringify(docs.map(({ meta, ...doc }) => doc)));
};

let upstream = await openStore(Upstream, true);
let patched = await openStore(Patched, true);
const known = []; // [queue, messageId, popReceipt] as the last answer gave them
let next = 0;
const counts = {};

for (let step = 0; step < steps; step++) {
  if (step === Math.floor(steps / 2)) {
    for (const store of [upstream, patched]) await store.close();
    [upstream, patched] = [await openStore(Upstream, false), await openStore(Patched, false)];
  }
  clock += pick([0, 0, 0, 1, 7, 250, 1000, 5000]); // many ties on timeNextVisible
  const queueName = pick(queues);
  const roll = random();
  let kind;
  let run;
  let updated; // the message and pop receipt a successful update leaves
  if (roll < 0.35) {
    kind = "insert";
    const id = `m${next++}`;
    const delay = pick([0, 0, 0, 0, 1000, 30000]);
    const ttl = pick([7 * 24 * 3600 * 1000, 7 * 24 * 3600 * 1000, 3000, 20000, 0, -1]);
    run = (store) =>
      store.insertMessage({
        accountName: account,
        queueName,
        messageId: id,
        popReceipt: `p-${id}`,
        timeNextVisible: new Date(clock + delay),
        persistency: { id: "extent", offset: next, count: 10 },
        insertionTime: new Date(clock),
        expirationTime: new Date(clock + ttl),
        dequeueCount: 0,
      });
  } else if (roll < 0.55) {
    kind = "get";
    const count = pick([1, 1, 5, 32]);
    const visibility = new Date(clock + pick([0, 1000, 30000]));
    const receipt = `r${step}`;
    run = (store) => store.getMessages(account, queueName, visibility, receipt, count, new Date(clock), undefined);
  } else if (roll < 0.62) {
    kind = "peek";
    const count = pick([1, 32]);
    run = (store) => store.peekMessages(account, queueName, count, new Date(clock), undefined);
  } else if (roll < 0.82 && known.length > 0) {
    kind = "delete";
    const [queue, id, receipt] = pick(known);
    const wrong = random() < 0.15;
    run = (store) => store.deleteMessage(account, queue, wrong ? `${id}x` : id, wrong ? "stale" : receipt, undefined);
  } else if (roll < 0.94 && known.length > 0) {
    kind = "update";
    const [queue, id, receipt] = pick(known);
    const wrongReceipt = random() < 0.15;
    const message = {
      accountName: account,
      queueName: queue,
      messageId: id,
      popReceipt: `u${step}`,
      timeNextVisible: new Date(clock + pick([0, 2000, 60000])),
      persistency: random() < 0.5 ? undefined : { id: "extent2", offset: step, count: 3 },
    };
    updated = [queue, id, message.popReceipt];
    run = (store) => store.updateMessage(message, wrongReceipt ? "stale" : receipt, undefined);
  } else if (roll < 0.99) {
    kind = "count";
    run = (store) => store.getMessagesCount(account, queueName, undefined);
  } else if (roll < 0.995) {
    kind = "clear";
    run = (store) => store.clearMessages(account, queueName, undefined);
  } else {
    kind = "recreate";
    run = async (store) => {
      await store.deleteQueue(account, queueName, undefined);
      await store.createQueue({ accountName: account, name: queueName, queueAcl: undefined, metadata: undefined });
    };
  }
  const expected = await outcome(() => run(upstream));
  const actual = await outcome(() => run(patched));
  assert.deepEqual(actual, expected, `seed ${seed}, step ${step}: ${kind} on ${queueName} answered differently`);
  counts[kind] = (counts[kind] ?? 0) + (expected.error ? 0 : 1);
  if (kind === "get" || kind === "peek") {
    for (const message of expected.value) {
      known.push([message.queueName, message.messageId, message.popReceipt]);
    }
  }
  if (kind === "update" && !expected.error) known.push(updated);
  if (known.length > 40) known.splice(0, known.length - 40);
  if (step % 50 === 0 || kind === "clear" || kind === "recreate") {
    assert.deepEqual(await stored(patched), await stored(upstream), `seed ${seed}, step ${step}: stored messages differ`);
  }
}
assert.deepEqual(await stored(patched), await stored(upstream), `seed ${seed}: stored messages differ at the end`);
for (const store of [upstream, patched]) await store.close();
rmSync(folder, { recursive: true, force: true });
console.log(JSON.stringify({ test: "azurite-queue-patch", seed, steps, succeeded: counts, result: "same answers" }));
