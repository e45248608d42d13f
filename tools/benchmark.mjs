// Measures the hub on the running local stack: webhook latency, time to Delivered, throughput, the function app's
// memory, and the storage operations one happy-path order costs, as counted by the app (GET /api/ops/storage-operations).
// Usage: node tools/benchmark.mjs [orders=50] [concurrency=10]
import { createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const app = process.env.BACKOFFICE_APP_URL ?? "http://127.0.0.1:7071";
const orders = Number(process.argv[2] ?? 50);
const concurrency = Number(process.argv[3] ?? 10);
const secret = JSON.parse(readFileSync(new URL("../local.settings.json", import.meta.url), "utf8")).Values.Hub__WebhookSecret;
const timers = new Set(["DueWorkSweep", "OutboxSweep", "StockSync", "VtexFeedDrain"]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const counters = async () => (await fetch(`${app}/api/ops/storage-operations`)).json();
const difference = (after, before) => Object.fromEntries(Object.entries(after).map(([fn, ops]) =>
  [fn, Object.fromEntries(Object.entries(ops).map(([op, n]) => [op, n - (before[fn]?.[op] ?? 0)]).filter(([, n]) => n > 0))]));
const total = (byFunction, keep) => {
  const sums = {};
  for (const [fn, ops] of Object.entries(byFunction)) if (keep(fn)) for (const [op, n] of Object.entries(ops)) if (op !== "invocation") sums[op] = (sums[op] ?? 0) + n;
  return sums;
};
const percentile = (values, p) => values.toSorted((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];
const rssMiB = () => {
  try {
    const pid = execFileSync("pgrep", ["-f", "net10.0/BackOffice.Functions$"]).toString().trim().split("\n")[0];
    return Math.round(Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)[1]) / 1024);
  } catch { return NaN; }
};

const idleSeconds = 30;
console.log(`idle for ${idleSeconds} s to measure what the timers cost on their own ...`);
const idleBefore = await counters();
await sleep(idleSeconds * 1000);
const idle = difference(await counters(), idleBefore);

console.log(`posting ${orders} happy-path orders, ${concurrency} at a time ...`);
const before = await counters();
const rssBefore = rssMiB();
let rssPeak = rssBefore;
const ids = [];
const latencies = [];
const started = performance.now();
let next = 0;
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (next < orders) {
    next++;
    const id = `bench-${randomUUID()}`;
    const body = JSON.stringify({ id, placedAt: new Date().toISOString(), currency: "BRL",
      customer: { name: "Cliente Bench", email: "bench@example.com", document: "529.982.247-25" },
      shippingAddress: { street: "Av. Paulista", number: "1000", district: "Bela Vista", city: "São Paulo", state: "SP", postalCode: "01310-100" },
      items: [{ sku: "SKU-1", title: "Camiseta", quantity: 2, unitPrice: 4990 }], shipping: 1500, discount: 500, total: 10980,
      payment: { method: "credit_card", amount: 10980 } });
    const t0 = performance.now();
    const response = await fetch(`${app}/api/webhooks/orders`, { method: "POST", body, headers: { "content-type": "application/json",
      "x-hub-signature-256": "sha256=" + createHmac("sha256", secret).update(body).digest("hex"), "x-hub-delivery": randomUUID() } });
    latencies.push(performance.now() - t0);
    if (response.status !== 202) throw new Error(`webhook answered ${response.status}: ${await response.text()}`);
    ids.push(`hub-${id}`);
  }
}));
const postedIn = (performance.now() - started) / 1000;

const deliveredAt = new Map();
while (deliveredAt.size < ids.length && performance.now() - started < 300_000) {
  for (const id of ids.filter((id) => !deliveredAt.has(id))) {
    const order = await (await fetch(`${app}/api/ops/orders/${id}`)).json();
    if (order.status === "Delivered" && order.pendingMessages === 0) deliveredAt.set(id, (performance.now() - started) / 1000);
    if (["Cancelled", "NeedsAttention", "DeliveryFailed"].includes(order.status)) throw new Error(`${id} ended ${order.status}`);
  }
  rssPeak = Math.max(rssPeak, rssMiB());
  await sleep(500);
}
if (deliveredAt.size === 0) throw new Error("no order reached Delivered within 300 s; see .run/logs/functions.log");
const allIn = Math.max(...deliveredAt.values());
await sleep(2000);
const load = difference(await counters(), before);

const perOrder = Object.entries(total(load, (fn) => !timers.has(fn) && !fn.startsWith("Ops")))
  .map(([op, n]) => [op, (n / orders).toFixed(2)]);
const timerCost = Object.entries(total(idle, (fn) => timers.has(fn))).map(([op, n]) => [op, (n * 60 / idleSeconds).toFixed(1)]);

console.log(`\n${deliveredAt.size}/${orders} orders Delivered`);
console.log(`webhook latency ms: p50 ${percentile(latencies, 0.5).toFixed(1)}, p95 ${percentile(latencies, 0.95).toFixed(1)}, max ${Math.max(...latencies).toFixed(1)}`);
console.log(`posted in ${postedIn.toFixed(1)} s; all Delivered after ${allIn.toFixed(1)} s -> ${(orders / allIn * 60).toFixed(0)} orders/min end to end`);
console.log(`function app RSS MiB: ${rssBefore} before, ${rssPeak} peak`);
console.log(`\nstorage operations per happy-path order (webhook, messages, callbacks; without the timers):`);
console.table(Object.fromEntries(perOrder));
console.log(`by function, for all ${orders} orders:`);
console.table(Object.fromEntries(Object.entries(load).filter(([fn]) => !fn.startsWith("Ops"))));
console.log(`timers while idle, per minute:`);
console.table(Object.fromEntries(timerCost));
