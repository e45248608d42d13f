// The chaos run against the running local stack (started by chaos.sh on fresh data).
// Orders across the three channels with a mix of e-mail markers; every webhook delivered 3 times, shuffled and partly
// in parallel; errors and timeouts at every partner, half of them after the effect; late and duplicated callbacks (the
// sandbox's Sandbox__CallbackLateMs / Sandbox__CallbackDuplicateRate); the function app killed with SIGKILL at random
// moments. Then the faults stop and it checks: every order at its marker's outcome, one capture or charge, one NF-e,
// one label per order that should have them and none for the others (the sandbox ledger), no compensation pending,
// and nothing in the poison queues that does not replay to success.
// Usage: node tools/chaos/chaos.mjs [orders=500] [kills=5]
//   env: CHAOS_HOST_PID (the local Functions host; the handler is its child), CHAOS_HOST_CMD (JSON argv to start the
//        host again should it stop with its handler), CHAOS_SETTLE_SECONDS (default 240 + orders/2), CHAOS_SEED.
// Progress goes to stderr; the one JSON summary is the last line on stdout. Exit code 1 on any violation.
import { execFileSync, spawn } from "node:child_process";
import { openSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { appUrl, sandboxUrl, hubOrder, shopifyOrder, vtexOrder, vtexHook, delivery, send, json, postJson } from "./storefronts.mjs";
import { listQueues, getMessages, putMessage, deleteMessage, peekCount } from "./azurite-queues.mjs";

const orderCount = Number(process.argv[2] ?? 500);
const killCount = Number(process.argv[3] ?? 5);
const settleSeconds = Number(process.env.CHAOS_SETTLE_SECONDS ?? 240 + orderCount / 2);
let seed = Number(process.env.CHAOS_SEED ?? Date.now() % 1_000_000);
const startSeed = seed;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const progress = (text) => process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
const started = Date.now();
const violations = [];
const violate = (kind, orderId, detail) => violations.push({ kind, orderId, detail });

// ---- the orders --------------------------------------------------------------------------------------------------
// [marker, expected status, share]; +nopay only where the hub creates the PIX charge (a checkout card is paid).
const markers = [["", "Delivered", 45], ["+review", "RiskReview", 9], ["+deny", "Cancelled", 9], ["+decline", "Cancelled", 9],
  ["+nfe-reject", "NeedsAttention", 9], ["+undeliverable", "DeliveryFailed", 10], ["+nopay", "Cancelled", 9]];
const weighted = markers.flatMap(([marker, expected, share]) => Array(share).fill([marker, expected]));
const runTag = randomUUID().slice(0, 8);
const orders = [];
for (let i = 0; i < orderCount; i++) {
  const channel = ["hub", "shopify", "vtex"][i % 3];
  let [marker, expected] = pick(weighted);
  if (marker === "+nopay" && channel !== "hub") [marker, expected] = ["", "Delivered"];
  const email = `cliente.${i}${marker}@example.com`;
  if (channel === "hub") {
    const id = `chaos-${runTag}-${i}`;
    const method = marker === "+nopay" || random() < 0.3 ? "pix" : "credit_card";
    orders.push({ channel, marker, expected, method, orderId: `hub-${id}`, body: hubOrder(id, email, method) });
  } else if (channel === "shopify") {
    const id = 7_000_000_000_000 + Math.floor(random() * 1_000_000_000_000);
    orders.push({ channel, marker, expected, method: "credit_card", orderId: `shopify-${id}`, body: shopifyOrder(id, email) });
  } else {
    const id = `${1_000_000_000_000 + Math.floor(random() * 8_999_999_999_999)}-01`;
    orders.push({ channel, marker, expected, method: "credit_card", orderId: `vtex-${id}`, vtexId: id, seed: vtexOrder(id, email), body: vtexHook(id) });
  }
}

// ---- the function app: kill it, and see it come back -------------------------------------------------------------
const hostPid = Number(process.env.CHAOS_HOST_PID ?? 0);
const hostCmd = process.env.CHAOS_HOST_CMD ? JSON.parse(process.env.CHAOS_HOST_CMD) : null;
let currentHost = hostPid;
const restartedHosts = [];
const kills = [];

const handlerPid = () => {
  try {
    const children = execFileSync("pgrep", ["-P", String(currentHost)]).toString().trim().split("\n").filter(Boolean);
    return children.map(Number).find((pid) => {
      try { return execFileSync("ps", ["-o", "args=", "-p", String(pid)]).toString().includes("BackOffice.Functions"); } catch { return false; }
    });
  } catch { return undefined; }
};
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const healthy = async () => { try { return (await json(`${appUrl}/api/health`, { timeoutMs: 3000 })).status === 200; } catch { return false; } };

async function killHandler() {
  const pid = handlerPid();
  if (!pid) return progress("no handler process found to kill");
  const at = (Date.now() - started) / 1000;
  process.kill(pid, "SIGKILL");
  progress(`killed the function app (pid ${pid}) with SIGKILL at ${at.toFixed(1)} s`);
  const kill = { at, pid, restartedBy: null, backAfterSeconds: null };
  kills.push(kill);
  const t0 = Date.now();
  while (Date.now() - t0 < 60_000) {
    await sleep(250);
    if (!alive(currentHost) && hostCmd) {
      // The local host stopped with its handler (it does not restart it yet): start it again, as Azure would.
      const log = openSync(`${process.env.STACK_LOG_DIR ?? ".run/logs"}/functions-restart-${restartedHosts.length + 1}.log`, "w");
      const child = spawn(hostCmd[0], hostCmd.slice(1), { detached: true, stdio: ["ignore", log, log] });
      currentHost = child.pid;
      restartedHosts.push(child.pid);
      kill.restartedBy = "chaos";
      progress(`the local host stopped with its handler; started it again (pid ${child.pid})`);
    }
    const next = handlerPid();
    if (next && next !== pid && await healthy()) {
      kill.restartedBy ??= "host";
      kill.backAfterSeconds = (Date.now() - t0) / 1000;
      progress(`function app back after ${kill.backAfterSeconds.toFixed(1)} s (${kill.restartedBy})`);
      return;
    }
  }
  violate("function app not back", null, `no healthy handler 60 s after the kill at ${at.toFixed(1)} s`);
}
process.on("exit", () => { for (const pid of restartedHosts) { try { process.kill(-pid, "SIGTERM"); } catch { /* gone */ } } });

// ---- phase 1: deliveries under faults and kills -----------------------------------------------------------------
const answers = {};
const count = (status) => { answers[status] = (answers[status] ?? 0) + 1; };
async function deliverUntilAccepted(order, request) {
  for (let attempt = 1; attempt <= 40; attempt++) {
    let status;
    try {
      const answer = await send(request);
      status = answer.status;
      count(status);
      if (status === 202 || status === 200) {
        const body = JSON.parse(answer.text);
        if (body.orderId && body.orderId !== order.orderId) violate("wrong orderId", order.orderId, `webhook answered ${body.orderId}`);
        order.accepted = true;
        return;
      }
      if (status < 500 && status !== 429 && status !== 408) {
        violate("webhook refused", order.orderId, `${status}: ${answer.text.slice(0, 200)}`);
        return;
      }
    } catch (error) {
      count(error.name === "TimeoutError" ? "timeout" : "network");
    }
    await sleep(Math.min(5000, 200 * attempt)); // the storefront's retry
  }
  violate("webhook never accepted", order.orderId, "40 deliveries without a 2xx");
}

progress(`seed ${startSeed}: ${orderCount} orders (${["hub", "shopify", "vtex"].map((c) => `${orders.filter((o) => o.channel === c).length} ${c}`).join(", ")}), ${killCount} kills`);
await postJson(`${sandboxUrl}/_sandbox/reset?all=true`, {});
for (const order of orders.filter((o) => o.seed)) {
  const seeded = await postJson(`${sandboxUrl}/_sandbox/vtex/orders`, order.seed);
  if (seeded.status !== 201) throw new Error(`seeding ${order.vtexId} answered ${seeded.status}`);
}
await postJson(`${sandboxUrl}/_sandbox/stock`, ["CHAOS-CAM-M", "CHAOS-TEN-41", "CHAOS-MEIA-3P"].map((sku) => ({ sku, quantity: 100_000 })));
await postJson(`${appUrl}/admin/functions/StockSync`, {});
const faultRule = { partner: "*", errorRate: 0.2, timeoutRate: 0.1, latencyMs: 0, afterEffect: true, afterEffectShare: 0.5 };
const faults = await postJson(`${sandboxUrl}/_sandbox/faults`, faultRule);
if (faults.status !== 200) throw new Error(`setting faults answered ${faults.status}: ${JSON.stringify(faults.body)}`);

// Three deliveries of each webhook (the same delivery id, as a storefront's retry), shuffled; a third of the orders
// get two of their copies at the same moment.
const jobs = [];
for (const order of orders) {
  const request = delivery(order.channel, order.body);
  if (random() < 1 / 3) jobs.push([order, request, true], [order, request]);
  else jobs.push([order, request], [order, request], [order, request]);
}
for (let i = jobs.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
}

const deliveryWindowMs = Math.max(20_000, orderCount * 120);
const killTimes = Array.from({ length: killCount }, (_, i) => (deliveryWindowMs * (i + 0.2 + random() * 0.6)) / killCount).sort((a, b) => a - b);
const killer = (async () => {
  for (const at of killTimes) {
    const wait = started + at - Date.now();
    if (wait > 0) await sleep(wait);
    await killHandler();
  }
})();

let sent = 0;
const concurrency = 12;
let next = 0;
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (next < jobs.length) {
    const [order, request, twice] = jobs[next++];
    await (twice ? Promise.all([deliverUntilAccepted(order, request), deliverUntilAccepted(order, request)]) : deliverUntilAccepted(order, request));
    sent += twice ? 2 : 1;
    if (sent % 150 < (twice ? 2 : 1)) progress(`${sent}/${orderCount * 3} deliveries sent; answers ${JSON.stringify(answers)}`);
    // Spread the deliveries over the window, so the kills land while orders are in every step.
    await sleep(Math.max(0, deliveryWindowMs / jobs.length * concurrency - 5));
  }
}));
await killer;
progress(`all deliveries sent after ${((Date.now() - started) / 1000).toFixed(0)} s; answers ${JSON.stringify(answers)}`);

// ---- phase 2: the partners recover; every order must reach its outcome ---------------------------------------------
await postJson(`${sandboxUrl}/_sandbox/faults`, { partner: "*", errorRate: 0, timeoutRate: 0, latencyMs: 0 });
const view = async (orderId) => {
  try {
    const answer = await json(`${appUrl}/api/ops/orders/${orderId}`, { timeoutMs: 10_000 });
    return answer.status === 200 ? answer.body : null;
  } catch { return null; }
};
// A +review order waits in RiskReview for ClearSale's own analysts (AMA: no decision, so no RiskReviewRequested on the
// timeline): it is at its outcome once ClearSale has the analysis, which the sandbox's ledger shows.
const atClearSale = async (orderId) => {
  try {
    const calls = (await json(`${sandboxUrl}/_sandbox/calls?orderRef=${encodeURIComponent(orderId)}`, { timeoutMs: 10_000 })).body ?? [];
    return calls.some((call) => call.partner === "clearsale" && call.operation === "order.create" && call.status < 300);
  } catch { return false; }
};
const settled = async (order, seen) => Boolean(seen) && seen.status === order.expected && seen.pendingMessages === 0 && !seen.pendingCompensations?.any
  && (order.expected !== "RiskReview" || await atClearSale(order.orderId));

async function settle(deadlineSeconds) {
  const deadline = Date.now() + deadlineSeconds * 1000;
  let lastReport = 0;
  while (Date.now() < deadline) {
    const open = orders.filter((o) => !o.done);
    if (open.length === 0) return;
    for (let i = 0; i < open.length; i += 10) {
      await Promise.all(open.slice(i, i + 10).map(async (order) => {
        order.seen = await view(order.orderId);
        order.done = await settled(order, order.seen);
      }));
    }
    if (Date.now() - lastReport > 10_000) {
      lastReport = Date.now();
      const byStatus = {};
      for (const o of orders.filter((o) => !o.done)) byStatus[o.seen?.status ?? "missing"] = (byStatus[o.seen?.status ?? "missing"] ?? 0) + 1;
      progress(`${orders.filter((o) => o.done).length}/${orderCount} orders at their outcome; still moving: ${JSON.stringify(byStatus)}`);
      // The sweeps run on their schedule anyway; asking now only makes the wait shorter.
      await Promise.all(["DueWorkSweep", "OutboxSweep"].map((name) => postJson(`${appUrl}/admin/functions/${name}`, {}).catch(() => null)));
    }
    await sleep(2000);
  }
}
await settle(settleSeconds);

// ---- phase 3: poison queues -----------------------------------------------------------------------------------------
const poison = { found: {}, replayed: 0, left: {} };
const poisonQueues = (await listQueues()).filter((name) => name.endsWith("-poison"));
for (const queue of poisonQueues) {
  const source = queue.slice(0, -"-poison".length);
  for (let batch = await getMessages(queue); batch.length > 0; batch = await getMessages(queue)) {
    for (const message of batch) {
      poison.found[queue] = (poison.found[queue] ?? 0) + 1;
      await putMessage(source, message.text);
      await deleteMessage(queue, message);
      poison.replayed += 1;
    }
  }
}
if (poison.replayed > 0) {
  progress(`replayed ${poison.replayed} poison messages ${JSON.stringify(poison.found)}; waiting for them`);
  for (const order of orders) order.done = false;
  await settle(120);
}
for (const queue of poisonQueues) {
  const left = await peekCount(queue);
  if (left > 0) {
    poison.left[queue] = left;
    violate("poison after replay", null, `${left} message(s) back in ${queue} after their replay`);
  }
}

// ---- phase 4: the verdict -------------------------------------------------------------------------------------------
const outcomes = {};
for (const order of orders) {
  const status = order.seen?.status ?? "missing";
  const key = `${order.marker || "(none)"} -> ${status}`;
  outcomes[key] = (outcomes[key] ?? 0) + 1;
  if (!order.done) {
    violate("wrong outcome", order.orderId, `${order.channel} ${order.marker || "(no marker)"}: expected ${order.expected}, is ${status}`
      + `${order.seen?.pendingMessages ? `, ${order.seen.pendingMessages} messages pending` : ""}`
      + `${order.seen?.pendingCompensations?.any ? `, compensations pending ${JSON.stringify(order.seen.pendingCompensations)}` : ""}`
      + `${order.seen?.attention ? `, attention: ${order.seen.attention.reason}` : ""}`);
  }
}

const ledger = (await json(`${sandboxUrl}/_sandbox/calls`, { timeoutMs: 60_000 })).body;
const byOrder = new Map();
for (const call of ledger) {
  if (!byOrder.has(call.orderRef)) byOrder.set(call.orderRef, []);
  byOrder.get(call.orderRef).push(call);
}
const effects = { riskAnalyses: 0, captures: 0, charges: 0, nfes: 0, labels: 0 };
for (const order of orders) {
  const calls = byOrder.get(order.orderId) ?? [];
  const countOf = (partner, operation) => calls.filter((c) => c.partner === partner && c.operation === operation).length;
  const payments = countOf("pagarme", "charge.capture") + countOf("pagarme", "order.create");
  const nfes = countOf("focusnfe", "nfe.issue");
  const labels = countOf("melhorenvio", "shipment.checkout");
  effects.riskAnalyses += countOf("clearsale", "order.create");
  effects.captures += countOf("pagarme", "charge.capture");
  effects.charges += countOf("pagarme", "order.create");
  effects.nfes += nfes;
  effects.labels += labels;
  const charged = ["", "+nfe-reject", "+undeliverable", "+decline", "+nopay"].includes(order.marker);
  const invoiced = ["", "+nfe-reject", "+undeliverable"].includes(order.marker);
  const shipped = ["", "+undeliverable"].includes(order.marker);
  const expect = (what, actual, wanted) => {
    if (actual !== wanted) violate(`${what} count`, order.orderId, `${order.channel} ${order.marker || "(no marker)"}: ${actual} ${what}(s) in the ledger, expected ${wanted}`);
  };
  // A payment attempt (capture or hub-created charge) happens once when it should; a refused one counts as one too.
  // Every order goes to the anti-fraud once (ClearSale keeps one analysis per order code).
  expect("risk analysis", countOf("clearsale", "order.create"), 1);
  expect("payment", payments, charged ? 1 : 0);
  expect("nfe", nfes, invoiced ? 1 : 0);
  expect("label", labels, shipped ? 1 : 0);
}

if (kills.length < killCount) violate("kills", null, `${kills.length} of ${killCount} kills happened`);
const summary = {
  ok: violations.length === 0,
  seed: startSeed,
  orders: orderCount,
  channels: Object.fromEntries(["hub", "shopify", "vtex"].map((c) => [c, orders.filter((o) => o.channel === c).length])),
  markers: Object.fromEntries(markers.map(([m]) => [m || "(none)", orders.filter((o) => o.marker === m).length])),
  deliveries: { sent, answers },
  faults: faultRule,
  kills: kills.length,
  killDetails: kills,
  atOutcome: orders.filter((o) => o.done).length,
  outcomes,
  ledgerEffects: effects,
  poison,
  seconds: Math.round((Date.now() - started) / 1000),
  violations: violations.length,
  violationKinds: violations.reduce((acc, v) => ({ ...acc, [v.kind]: (acc[v.kind] ?? 0) + 1 }), {}),
  firstViolations: violations.slice(0, 25),
};
process.stdout.write(JSON.stringify(summary) + "\n");
process.exit(summary.ok ? 0 : 1);
