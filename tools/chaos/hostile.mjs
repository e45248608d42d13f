// The hostile-input run against the running function app: a generated run at every HTTP function — malformed and
// truncated JSON, wrong types, huge strings and arrays, bodies over the limit, missing, wrong and replayed signatures,
// unicode and injection strings in every field. The rules (CONTRACT.md): no 5xx, no crash; every answer a 4xx with an
// application/problem+json body, or an accepted valid order; a verified Shopify or VTEX delivery is always 2xx; nothing
// is stored for a rejected request.
// Usage: node tools/chaos/hostile.mjs      env: CHAOS_SEED. Progress on stderr; the last line on stdout is one JSON
// summary; exit code 1 on any violation.
import { createHmac, randomUUID } from "node:crypto";
import { appUrl, settings, hubOrder, shopifyOrder, vtexHook, delivery, hubSignature, shopifySignature, json, send } from "./storefronts.mjs";

let seed = Number(process.env.CHAOS_SEED ?? Date.now() % 1_000_000);
const startSeed = seed;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const progress = (text) => process.stderr.write(`[hostile] ${text}\n`);
const started = Date.now();
const runTag = randomUUID().slice(0, 8);

const nasty = [
  "'; DROP TABLE orders; --", "\" OR 1=1 --", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd",
  "%00%0d%0aSet-Cookie: x=1", "\u0000\u0001\u001f", "\u202eRTL override", "Zé Açaí Ñandú — “quotes” ‘x’", "😀👩‍👩‍👧‍👦🇧🇷", "𝕏𝕐ℤ", "\ud800",
  "\\", "/", "?#&=", "a".repeat(70_000), "null", "NaN", "-0", " ", "",
];
const wrongTypes = [null, 0, -1, 1.5, 1e308, -9007199254740993, true, false, "text", "", [], [1, "a", null], {}, { nested: { deep: [{}] } }];

// Every leaf path of a JSON value, so each field gets its turn.
const paths = (value, prefix = []) => value && typeof value === "object"
  ? [prefix, ...Object.entries(value).flatMap(([key, inner]) => paths(inner, [...prefix, key]))].filter((p) => p.length)
  : [prefix];
const setAt = (root, path, value) => {
  const copy = structuredClone(root);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)] = value;
  return copy;
};

// ---- the cases ------------------------------------------------------------------------------------------------------
// Each case: { name, method, path, headers, body, allowed(status) -> bool, ref (an order id that must not exist when
// refused) }.
const cases = [];
const violations = [];
const problem = (status) => status >= 400 && status < 500;
const acceptedOrProblem = (status) => status === 202 || problem(status);
const verified = (status) => status >= 200 && status < 300;

function hubCase(name, body, { headers = {}, allowed = acceptedOrProblem, ref } = {}) {
  const request = delivery("hub", body);
  cases.push({ name: `hub ${name}`, method: "POST", path: request.path, headers: { ...request.headers, ...headers }, body: request.body, allowed, ref });
}
function shopifyCase(name, body, { headers = {}, allowed = verified, ref } = {}) {
  const request = delivery("shopify", body);
  cases.push({ name: `shopify ${name}`, method: "POST", path: request.path, headers: { ...request.headers, ...headers }, body: request.body, allowed, ref });
}

let n = 0;
const newHub = () => hubOrder(`hostile-${runTag}-${n++}`, `h${n}@example.com`);
// Shopify ids are numbers: a per-run base keeps a rerun against the same stack from meeting an order an earlier run took.
const shopifyBase = 8_000_000_000_000 + Number.parseInt(runTag.slice(0, 6), 16) * 10_000;
const newShopify = () => shopifyOrder(shopifyBase + n++, `s${n}@example.com`);

// Hub format: every field with every wrong type and a nasty string; truncation; limits; signatures; content types.
const template = newHub();
for (const path of paths(template)) {
  for (const value of [...wrongTypes.slice(0, 6), pick(wrongTypes.slice(6)), pick(nasty), pick(nasty)]) {
    const order = newHub();
    const mutated = setAt(order, path, value);
    const id = typeof mutated.id === "string" ? mutated.id : null;
    hubCase(`${path.join(".")}=${JSON.stringify(value)?.slice(0, 40)}`, mutated, { ref: id && `hub-${id}` });
  }
}
// Cut somewhere inside: at least one character kept (an empty body is its own case, answered 411) and at least one lost.
const cutInside = (text) => 1 + Math.floor(random() * (text.length - 2));
for (let i = 0; i < 25; i++) {
  const text = JSON.stringify(newHub());
  const cut = cutInside(text);
  hubCase(`truncated at ${cut}`, text.slice(0, cut), { allowed: (s) => s === 400 });
}
for (const text of ["", "{", "[]", "null", "42", "\"text\"", "{\"id\":", "{'id': 1}", "\ufeff{}", "{\"a\":1}{\"b\":2}", "{\"id\":\"x\",\"id\":\"y\"}", "[".repeat(10_000)]) {
  hubCase(`malformed ${JSON.stringify(text.slice(0, 20))}`, text, { allowed: problem });
}
hubCase("huge string", { ...newHub(), customer: { ...template.customer, name: "x".repeat(900_000) } }, { allowed: problem });
hubCase("huge array", { ...newHub(), items: Array.from({ length: 20_000 }, () => template.items[0]) }, { allowed: problem });
hubCase("body over 1 MiB", { ...newHub(), padding: "y".repeat(1_200_000) }, { allowed: (s) => s === 413 });
const unsigned = newHub();
hubCase("signature missing", unsigned, { headers: { "x-hub-signature-256": "" }, allowed: (s) => s === 401, ref: `hub-${unsigned.id}` });
const wrong = newHub();
hubCase("signature wrong", wrong, { headers: { "x-hub-signature-256": hubSignature("other body") }, allowed: (s) => s === 401, ref: `hub-${wrong.id}` });
const garbled = newHub();
hubCase("signature garbled", garbled, { headers: { "x-hub-signature-256": "sha256=zz!!" }, allowed: (s) => s === 401, ref: `hub-${garbled.id}` });
const textPlain = newHub();
hubCase("not JSON content type", textPlain, { headers: { "content-type": "text/plain" }, allowed: (s) => s === 415, ref: `hub-${textPlain.id}` });
// A replayed signature: a real delivery's signature on another body.
const original = JSON.stringify(newHub());
const replayed = newHub();
hubCase("replayed signature", replayed, { headers: { "x-hub-signature-256": hubSignature(original) }, allowed: (s) => s === 401, ref: `hub-${replayed.id}` });

// Shopify: a verified delivery is always 2xx, whatever its content; an unverified one is 401 and stores nothing.
const shopifyTemplate = newShopify();
for (const path of paths(shopifyTemplate).filter(() => random() < 0.5)) {
  shopifyCase(`${path.join(".")} wrong`, setAt(newShopify(), path, pick([...wrongTypes, ...nasty])));
}
for (let i = 0; i < 10; i++) {
  const text = JSON.stringify(newShopify());
  const cut = cutInside(text);
  shopifyCase(`truncated at ${cut}`, text.slice(0, cut));
}
shopifyCase("body over 1 MiB", { ...newShopify(), note: "z".repeat(1_200_000) }, { allowed: (s) => s === 413 || verified(s) });
const shopifyUnsigned = newShopify();
shopifyCase("signature missing", shopifyUnsigned, { headers: { "x-shopify-hmac-sha256": "" }, allowed: (s) => s === 401, ref: `shopify-${shopifyUnsigned.id}` });
const shopifyWrong = newShopify();
shopifyCase("signature of another body", shopifyWrong, { headers: { "x-shopify-hmac-sha256": shopifySignature("{}") }, allowed: (s) => s === 401, ref: `shopify-${shopifyWrong.id}` });
// A verified delivery of a topic the hub does not handle is still answered 2xx and parked (CONTRACT.md).
shopifyCase("topic unknown", newShopify(), { headers: { "x-shopify-topic": "products/create" } });

// VTEX: the secret header or 401; a hook for an order the OMS does not have is 404 (README: nothing stored).
const vtexPath = "/api/webhooks/vtex";
const vtexHeaders = { "content-type": "application/json", [settings.Vtex__HookHeaderName.toLowerCase()]: settings.Vtex__HookHeaderValue };
for (const path of paths(vtexHook("1-01"))) {
  for (const value of [pick(wrongTypes), pick(nasty)]) {
    cases.push({ name: `vtex ${path.join(".")}=${JSON.stringify(value)?.slice(0, 30)}`, method: "POST", path: vtexPath, headers: vtexHeaders,
      body: JSON.stringify(setAt(vtexHook(`${Math.floor(random() * 1e12)}-01`), path, value)), allowed: (s) => verified(s) || problem(s) });
  }
}
cases.push({ name: "vtex without the secret header", method: "POST", path: vtexPath, headers: { "content-type": "application/json" },
  body: JSON.stringify(vtexHook("1234567890123-01")), allowed: (s) => s === 401 });
cases.push({ name: "vtex wrong secret", method: "POST", path: vtexPath, headers: { ...vtexHeaders, [settings.Vtex__HookHeaderName.toLowerCase()]: "wrong" },
  body: JSON.stringify(vtexHook("1234567890123-01")), allowed: (s) => s === 401 });
cases.push({ name: "vtex truncated", method: "POST", path: vtexPath, headers: vtexHeaders, body: "{\"OrderId\":\"12", allowed: (s) => verified(s) || problem(s) });

// Partner callbacks: no credentials -> 401; good credentials and garbage -> 2xx or a 4xx problem, never 5xx.
const basic = "Basic " + Buffer.from(`${settings.Pagarme__WebhookUser}:${settings.Pagarme__WebhookPassword}`).toString("base64");
const callbackAuth = {
  pagarme: () => ({ authorization: basic }),
  clearsale: () => ({ "x-clearsale-token": settings.ClearSale__CallbackToken }),
  focusnfe: () => ({ authorization: settings.FocusNfe__HookAuthorization }),
  melhorenvio: (body) => ({ "x-me-signature": createHmac("sha256", settings.MelhorEnvio__WebhookSecret).update(body).digest("base64") }),
};
const callbackBodies = [
  "", "{", "[]", "null", JSON.stringify({ id: pick(nasty), type: pick(nasty), data: { id: pick(nasty), code: pick(nasty) } }),
  JSON.stringify({ type: "charge.paid", id: `hook_${runTag}`, data: { id: "ch_x", order: { code: "hub-unknown-order" } } }),
  JSON.stringify({ code: pick(nasty), type: "status", date: pick(nasty) }), JSON.stringify({ ref: "../../x", status: 7, chave_nfe: [] }),
  JSON.stringify({ event: "order.delivered", data: { id: pick(nasty), tracking: {} } }), JSON.stringify({ x: "w".repeat(200_000) }),
];
for (const partner of [...Object.keys(callbackAuth), "unknown", "..%2F..%2Fadmin", "💥"]) {
  for (const body of callbackBodies) {
    const auth = callbackAuth[partner]?.(body) ?? {};
    cases.push({ name: `callback ${partner} signed ${body.slice(0, 30)}`, method: "POST", path: `/api/callbacks/${encodeURIComponent(partner)}`,
      headers: { "content-type": "application/json", ...auth }, body, allowed: (s) => verified(s) || problem(s) });
    cases.push({ name: `callback ${partner} unsigned`, method: "POST", path: `/api/callbacks/${encodeURIComponent(partner)}`,
      headers: { "content-type": "application/json" }, body, allowed: problem });
  }
}

// Callbacks for an order the hub holds, with an event type or resource id of 70 KiB: naming a known order, they reach the
// send of the callback's queue message (at most 64 KiB on a Storage queue), which failed with a 5xx. Refused with 422.
const knownOrder = newHub();
const knownId = `hub-${knownOrder.id}`;
const knownAnswer = await send(delivery("hub", knownOrder));
let knownStatus = 0;
for (const deadline = Date.now() + 60_000; knownAnswer.status === 202 && Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
  ({ status: knownStatus } = await json(`${appUrl}/api/ops/orders/${knownId}`));
  if (knownStatus === 200) break;
}
if (knownStatus !== 200) violations.push({ case: "callback known order", detail: `the order for the huge-field callbacks was not stored: ${knownAnswer.status}, then GET ${knownStatus}` });
const huge = (letter) => letter.repeat(70 * 1024);
for (const [partner, body] of [
  ["clearsale", { code: knownId, date: new Date().toISOString(), type: huge("t") }],
  ["focusnfe", { ref: `${knownId}-nfe-1`, status: huge("s") }],
  ["focusnfe", { ref: `${knownId}-nfe-${huge("r")}`, status: "autorizado" }],
  ["melhorenvio", { event: huge("e"), data: { id: "lbl_1", status: "posted", tags: [{ tag: knownId }] } }],
  ["melhorenvio", { event: "order.posted", data: { id: huge("l"), status: "posted", tags: [{ tag: knownId }] } }],
]) {
  const text = JSON.stringify(body);
  cases.push({ name: `callback ${partner} known order, a field of 70 KiB`, method: "POST", path: `/api/callbacks/${partner}`,
    headers: { "content-type": "application/json", ...callbackAuth[partner](text) }, body: text, allowed: (s) => s === 422 });
}

// Ops and admin: odd ids, statuses, limits and bodies.
for (const value of nasty.filter((v) => v.length < 1000)) {
  const id = encodeURIComponent(value.toWellFormed() || "x");
  cases.push({ name: `ops get ${value.slice(0, 20)}`, method: "GET", path: `/api/ops/orders/${id}`, allowed: problem });
  cases.push({ name: `ops list status ${value.slice(0, 20)}`, method: "GET", path: `/api/ops/orders?status=${id}&limit=${encodeURIComponent(pick(["-1", "0", "1e9", "x", "99999999999"]))}`, allowed: (s) => s === 200 || problem(s) });
  for (const action of ["risk-decision", "cancel", "retry"]) {
    cases.push({ name: `ops ${action} ${value.slice(0, 20)}`, method: "POST", path: `/api/ops/orders/${id}/${action}`, headers: { "content-type": "application/json", "x-ops-user": value.slice(0, 200) },
      body: pick(["", "{", JSON.stringify({ decision: value, reason: value }), JSON.stringify({ decision: ["approve"] }), "[]"]), allowed: problem });
  }
  // The host's admin API, not a function: the real host answers its 404 without a problem body.
  cases.push({ name: `admin ${value.slice(0, 20)}`, method: "POST", path: `/admin/functions/${id}`, headers: { "content-type": "application/json" }, body: "{}", allowed: problem, hostAnswer: true });
}

// An encoded NUL in the path is refused by Kestrel itself (400, no body, connection closed) before any function runs:
// the real Functions host serves HTTP with Kestrel too, so no function of ours can answer it (seen on the local host).
for (const c of cases) {
  if (c.path.includes("%00")) Object.assign(c, { allowed: (s) => s === 400, hostAnswer: true });
}

// ---- run ------------------------------------------------------------------------------------------------------------
const statuses = {};
const refused = [];
const accepted = [];
let next = 0;
progress(`seed ${startSeed}: ${cases.length} requests`);
await Promise.all(Array.from({ length: 8 }, async () => {
  while (next < cases.length) {
    const c = cases[next++];
    let status;
    let contentType = "";
    let text = "";
    try {
      // HTTP header values are bytes a client can send: what fetch refuses (control characters, non-Latin-1) is replaced.
      const headers = Object.fromEntries(Object.entries(c.headers ?? {}).map(([name, value]) => [name, String(value).replace(/[^\x20-\x7e]/g, "?")]));
      const response = await fetch(appUrl + c.path, { method: c.method, headers, body: c.body, signal: AbortSignal.timeout(30_000) });
      status = response.status;
      contentType = response.headers.get("content-type") ?? "";
      text = await response.text();
    } catch (error) {
      violations.push({ case: c.name, detail: `no answer: ${error.name} ${error.message}` });
      continue;
    }
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 500) violations.push({ case: c.name, status, detail: `${status} ${text.slice(0, 200)}` });
    else if (!c.allowed(status)) violations.push({ case: c.name, status, detail: `answered ${status}: ${text.slice(0, 200)}` });
    if (status >= 400 && status < 500 && !c.hostAnswer) {
      let parsed = null;
      try { parsed = JSON.parse(text); } catch { /* checked below */ }
      if (!contentType.startsWith("application/problem+json") || !parsed || typeof parsed !== "object") {
        violations.push({ case: c.name, status, detail: `${status} is not problem+json (${contentType}): ${text.slice(0, 100)}` });
      }
      if (c.ref) refused.push(c);
    }
    if (status === 202 && c.path === "/api/webhooks/orders") accepted.push(JSON.parse(text).orderId);
  }
}));

// Nothing stored for what was refused; what was accepted can be read back. Only a ref of the order-id form
// (OrderId.cs: a channel, a dash, then 1 to 64 of [a-z0-9._-], lower case) can name a stored order: its GET must be 404.
// Any other ref (a NUL, a slash, thousands of characters) names nothing that could be stored; its GET must still be a
// refusal and no 5xx, but Kestrel may be the one refusing it (400 for an encoded NUL, 414 past its 8 KiB request line),
// so any 4xx will do, and one too long to ask is counted apart, not asked.
const orderIdForm = /^[a-z]+-[a-z0-9][a-z0-9._-]{0,63}$/;
const askable = (ref) => encodeURIComponent(ref.toWellFormed()).length <= 4096;
const storable = refused.filter((c) => orderIdForm.test(c.ref.toLowerCase()));
const notOrderIds = refused.filter((c) => !orderIdForm.test(c.ref.toLowerCase()));
const tooLongToStore = notOrderIds.filter((c) => !askable(c.ref)).length;
for (const c of storable) {
  const { status } = await json(`${appUrl}/api/ops/orders/${c.ref.toLowerCase()}`);
  if (status !== 404) violations.push({ case: c.name, detail: `refused, yet GET /api/ops/orders/${c.ref.toLowerCase()} answers ${status}` });
}
for (const c of notOrderIds.filter((c) => askable(c.ref))) {
  const { status } = await json(`${appUrl}/api/ops/orders/${encodeURIComponent(c.ref.toWellFormed())}`);
  if (!problem(status)) violations.push({ case: c.name, detail: `refused, and GET /api/ops/orders/${c.ref.slice(0, 100)} answers ${status}` });
}
// The ack answers once the delivery is queued; the order is taken in from the queue just after: wait for it.
for (const orderId of accepted) {
  let status = 0;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
    ({ status } = await json(`${appUrl}/api/ops/orders/${encodeURIComponent(orderId)}`));
    if (status !== 404) break;
  }
  if (status !== 200) violations.push({ case: `accepted ${orderId}`, detail: `accepted, yet GET answers ${status} after 60 s` });
}
const health = await json(`${appUrl}/api/health`).catch(() => ({ status: 0 }));
if (health.status !== 200) violations.push({ case: "health after the run", detail: `GET /api/health answered ${health.status}` });

const summary = {
  ok: violations.length === 0,
  seed: startSeed,
  requests: cases.length,
  statuses,
  refusedCheckedNotStored: storable.length, refusedNotAnOrderId: notOrderIds.length - tooLongToStore, refusedIdTooLongToStore: tooLongToStore,
  acceptedReadBack: accepted.length,
  healthAfter: health.status,
  seconds: Math.round((Date.now() - started) / 1000),
  violations: violations.length,
  // By endpoint family and answer, so one summary line says what kind of rule broke where.
  violationKinds: violations.reduce((kinds, v) => {
    const kind = `${v.case.split(" ").slice(0, 1)} ${v.status ?? "no-answer"}`;
    return { ...kinds, [kind]: (kinds[kind] ?? 0) + 1 };
  }, {}),
  firstViolations: [...new Map(violations.map((v) => [`${v.case.split(" ")[0]} ${v.status}`, v])).values()].slice(0, 25),
};
process.stdout.write(JSON.stringify(summary) + "\n");
process.exit(summary.ok ? 0 : 1);
