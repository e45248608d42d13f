// The benchmark driver behind ./bench.sh: drives N signed orders of the three channels through the whole lifecycle on
// the running local stack and prints one JSON object as its last line. Progress is followed through the per-status
// counts of GET /api/ops/overview, never by reading every order.
// Usage: node tools/bench.mjs <orders> <emulator-rates.json>   (env BENCH_PIDS: {"local_host":pid,"sandbox":pid,...})
//        node tools/bench.mjs --ack-only <orders>   posts only, and prints the acks' p50, p99, max, rate and the load
//        (env BENCH_SENDERS: concurrent senders, default 50)
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { channels } from "./lib/storefront-orders.mjs";

const app = process.env.BACKOFFICE_APP_URL ?? "http://127.0.0.1:7071";
const sandbox = process.env.BACKOFFICE_SANDBOX_URL ?? "http://127.0.0.1:7080";
const ackOnly = process.argv[2] === "--ack-only";
const args = process.argv.slice(ackOnly ? 3 : 2);
const orders = Number(args[0] ?? 1000);
const rates = ackOnly ? {} : JSON.parse(readFileSync(args[1], "utf8"));
const pids = JSON.parse(process.env.BENCH_PIDS ?? "{}");
const senders = Number(process.env.BENCH_SENDERS ?? 50);
const idleOrders = Math.min(200, Math.max(senders, Math.floor(orders / 5)));
const stallSeconds = 120;
const timers = new Set(["DueWorkSweep", "OutboxSweep", "StockSync", "VtexFeedDrain"]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const clockTicks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());
const log = (line) => process.stderr.write(line + "\n");

// --- processes: CPU time and memory from /proc; the function app is the local host's child, found anew since the host
// may restart it (a pattern alone could match another stack's app on the same machine)
const functionAppPid = () => {
  try { return Number(execFileSync("pgrep", ["-P", String(pids.local_host), "-f", "BackOffice.Functions$"]).toString().trim().split("\n")[0]); } catch { return NaN; }
};
const cpuMs = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 1000 / clockTicks;
  } catch { return NaN; }
};
const rssMiB = (pid) => {
  try { return Math.round(Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)[1]) / 1024); } catch { return NaN; }
};
const processes = () => ({ function_app: functionAppPid(), ...pids });
const cpuSnapshot = () => Object.fromEntries(Object.entries(processes()).map(([name, pid]) => [name, { pid, ms: cpuMs(pid) }]));
const cpuSpent = (before, after) => Object.fromEntries(Object.entries(after).map(([name, { pid, ms }]) =>
  [name, before[name]?.pid === pid ? ms - before[name].ms : ms]));
const peakRss = {};
const sampleRss = () => {
  for (const [name, pid] of Object.entries(processes())) peakRss[name] = Math.max(peakRss[name] ?? 0, rssMiB(pid) || 0);
};

// --- the app's own operation counters (GET /api/ops/storage-operations), by function and kind
const counters = async () => (await fetch(`${app}/api/ops/storage-operations`)).json();
const difference = (after, before) => Object.fromEntries(Object.entries(after).map(([fn, ops]) =>
  [fn, Object.fromEntries(Object.entries(ops).map(([op, n]) => [op, n - (before[fn]?.[op] ?? 0)]).filter(([, n]) => n > 0))]));
const totals = (byFunction) => {
  const sums = {};
  for (const [fn, ops] of Object.entries(byFunction)) {
    if (timers.has(fn) || fn.startsWith("Ops")) continue;
    for (const [op, n] of Object.entries(ops)) if (op !== "invocation") sums[op] = (sums[op] ?? 0) + n;
  }
  return sums;
};
// Each step's cost per run of it: the order messages by type ("OrderMessages:<type>"), webhooks and callbacks by
// function. Issue 9's goal is at most one Cosmos write, one Cosmos read and one message per lifecycle step.
const perStep = (byFunction, orders) => Object.fromEntries(Object.entries(byFunction)
  .filter(([fn, ops]) => !timers.has(fn) && !fn.startsWith("Ops") && (ops.invocation ?? 0) > 0 && Object.keys(ops).length > 1)
  .map(([fn, ops]) => {
    const runs = ops.invocation, sum = (prefix) => Object.entries(ops).reduce((n, [op, k]) => op.startsWith(prefix) ? n + k : n, 0);
    const round = (n) => Math.round(n / runs * 100) / 100;
    return [fn, { runs_per_order: Math.round(runs / orders * 100) / 100, cosmos_reads: round(ops["cosmos.read"] ?? 0),
      cosmos_writes: round((ops["cosmos.create"] ?? 0) + (ops["cosmos.replace"] ?? 0)), messages: round(sum("queue.send") + sum("servicebus.send")),
      table: round(sum("table.")), blobs: round(sum("blob.")) }];
  })
  .sort(([, a], [, b]) => b.runs_per_order - a.runs_per_order));
const statusCounts = async () => {
  const response = await fetch(`${app}/api/ops/overview`);
  if (!response.ok) throw new Error(`GET /api/ops/overview answered ${response.status}`);
  return (await response.json()).counts;
};
const percentile = (values, p) => values.length === 0 ? null
  : Math.round(values.toSorted((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] * 10) / 10;

// --- sending: `count` orders from `senders` concurrent senders; acks in ms
const posted = [];
let acksByPath = {};
async function post(count) {
  const acks = [];
  let next = 0;
  await Promise.all(Array.from({ length: senders }, async () => {
    while (next < count) {
      const n = posted.length + next++;
      const order = channels[n % channels.length]("bench@example.com");
      if (order.seed) {
        const seeded = await fetch(`${sandbox}${order.seed.path}`, { method: "POST", body: order.seed.body, headers: { "content-type": "application/json" } });
        if (!seeded.ok) throw new Error(`sandbox seed answered ${seeded.status}`);
      }
      const t0 = performance.now();
      const response = await fetch(`${app}${order.request.path}`, { method: "POST", body: order.request.body, headers: order.request.headers });
      const ms = performance.now() - t0;
      acks.push(ms);
      (acksByPath[order.request.path] ??= []).push(ms);
      if (response.status < 200 || response.status > 299) throw new Error(`${order.request.path} answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
      posted.push(order.orderId);
    }
  }));
  return acks;
}

if (ackOnly) {
  const t0 = performance.now();
  const cpuBefore = cpuSnapshot(), clientBefore = process.cpuUsage();
  const acks = await post(orders);
  const perSecond = Math.round(orders / ((performance.now() - t0) / 1000) * 10) / 10;
  // CPU per ack, by process, the bench's own senders included: on a machine of `cores` cores the acks cannot come
  // faster than cores / (sum per ack), and by Little's law `senders` senders then wait at least senders / that rate.
  const client = process.cpuUsage(clientBefore);
  const perAck = (ms) => Math.round(ms / orders * 100) / 100;
  const cpuPerAck = Object.fromEntries([...Object.entries(cpuSpent(cpuBefore, cpuSnapshot())).filter(([, ms]) => Number.isFinite(ms)),
    ["bench_senders", (client.user + client.system) / 1000]].map(([name, ms]) => [name, perAck(ms)]));
  const cpuMsPerAck = Object.values(cpuPerAck).reduce((sum, ms) => sum + ms, 0);
  const cores = availableParallelism();
  const ceiling = cpuMsPerAck > 0 ? cores * 1000 / cpuMsPerAck : null;
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  const byChannel = Object.fromEntries(Object.entries(acksByPath).map(([path, ms]) => [path.split("/").pop(), { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) }]));
  console.log(JSON.stringify({ p50: percentile(acks, 0.5), p99: percentile(acks, 0.99), max: percentile(acks, 1), acks_per_s: perSecond, by_channel: byChannel,
    cpu_ms_per_ack: cpuPerAck, cores, cpu_bound_acks_per_s: ceiling && Math.round(ceiling), cpu_bound_wait_ms: ceiling && Math.round(senders / ceiling * 1000), load_average: load }));
  process.exit(0);
}

// --- the run
const countersBefore = await counters();
const cpuBefore = cpuSnapshot();
const started = performance.now();
log(`bench: ${orders} orders from ${senders} senders (Shopify, VTEX, hub format in turn); the first ${idleOrders} on an idle pipeline`);
const idleAcks = await post(idleOrders);
const busyAcks = await post(orders - idleOrders);
log(`bench: all posted after ${((performance.now() - started) / 1000).toFixed(1)} s`);

// Stalled means no order changed status for stallSeconds: early in a big run none is Delivered yet for a while.
let delivered = 0, lastProgress = performance.now(), lastCounts = "", counts = {};
while (delivered < orders) {
  await sleep(3000);
  sampleRss();
  counts = await statusCounts();
  delivered = counts.Delivered ?? 0;
  const elapsed = (performance.now() - started) / 1000;
  log(`bench: ${elapsed.toFixed(0)} s  ${Object.entries(counts).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join(", ")}`);
  const now = JSON.stringify(counts);
  if (now !== lastCounts) { lastCounts = now; lastProgress = performance.now(); }
  if (performance.now() - lastProgress > stallSeconds * 1000) break;
}
const seconds = (performance.now() - started) / 1000;
const cpu = cpuSpent(cpuBefore, cpuSnapshot());
const byFunction = difference(await counters(), countersBefore);
const operations = totals(byFunction);

// End to end per order, from each order's own timeline (first entry to Delivered), on a sample read after the clock stopped.
const sample = posted.filter((_, i) => i % Math.max(1, Math.floor(posted.length / 300)) === 0);
const e2e = [], viewBytes = [];
for (const id of sample) {
  const text = await (await fetch(`${app}/api/ops/orders/${id}`)).text();
  viewBytes.push(Buffer.byteLength(text));
  const order = JSON.parse(text);
  const times = (order.timeline ?? []).map((entry) => ({ event: entry.event, at: Date.parse(entry.at ?? entry.time) }));
  const deliveredAt = times.find((entry) => entry.event === "OrderDelivered")?.at;
  if (deliveredAt && times.length) e2e.push(deliveredAt - times[0].at);
}

const perOrder = (n) => Math.round(n / orders * 100) / 100;
const opsPerOrder = Object.fromEntries(Object.entries(operations).map(([op, n]) => [op, perOrder(n)]));
// Seconds of emulator work one order costs, each kind at the rate the raw emulator served it alone.
const rateOf = { "cosmos.create": rates.cosmos_create, "cosmos.read": rates.cosmos_read, "cosmos.replace": rates.cosmos_replace,
  "cosmos.query": rates.cosmos_read, "queue.send": rates.queue_send, "servicebus.send": rates.queue_send, "blob.upload": rates.blob_upload,
  "blob.read": rates.blob_upload, "table.insert": rates.table_operation, "table.read": rates.table_operation,
  "table.write": rates.table_operation, "table.query": rates.table_operation, "table.upsert": rates.table_operation,
  "table.update": rates.table_operation, "table.transaction": rates.table_operation };
const emulatorSecondsPerOrder = Object.entries(opsPerOrder).reduce((sum, [op, n]) => sum + (rateOf[op] ? n / rateOf[op] : 0), 0);
const emulatorLimit = emulatorSecondsPerOrder > 0 ? 1 / emulatorSecondsPerOrder : null;
const ordersPerSecond = delivered / seconds;
const result = {
  orders, delivered, seconds: Math.round(seconds * 10) / 10,
  orders_per_s: Math.round(ordersPerSecond * 100) / 100,
  ack_ms: { idle: { p50: percentile(idleAcks, 0.5), p99: percentile(idleAcks, 0.99) }, busy: { p50: percentile(busyAcks, 0.5), p99: percentile(busyAcks, 0.99) } },
  e2e_ms: { p50: percentile(e2e, 0.5), p99: percentile(e2e, 0.99), sampled: e2e.length },
  // The size of a Delivered order as ops read it (GET /api/ops/orders/{id}), for the request units per order (README).
  order_view_bytes: { p50: percentile(viewBytes, 0.5), max: percentile(viewBytes, 1) },
  ops_per_order: opsPerOrder,
  per_step: perStep(byFunction, orders),
  messages_per_order: perOrder((operations["queue.send"] ?? 0) + (operations["servicebus.send"] ?? 0)),
  cpu_ms_per_order: Object.fromEntries(Object.entries(cpu).map(([name, ms]) => [name, Math.round(ms / Math.max(1, delivered) * 10) / 10])),
  peak_rss_mib: peakRss.function_app ?? null,
  peak_rss_mib_by_process: peakRss,
  emulator_ops_per_s: rates,
  emulator_limit_orders_per_s: emulatorLimit && Math.round(emulatorLimit * 100) / 100,
  ratio_to_emulator_limit: emulatorLimit && Math.round(ordersPerSecond / emulatorLimit * 100) / 100,
  final_counts: Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)),
};
console.log(JSON.stringify(result));
process.exit(delivered === orders ? 0 : 1);
