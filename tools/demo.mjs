// Sends sample orders to the running hub, signed as a storefront would sign them, follows each through its lifecycle
// (the partner sandbox plays the partners; the e-mail marker picks the path) and prints where each one ends up.
import { createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const base = process.argv[2] ?? "http://127.0.0.1:7071";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const secret = JSON.parse(readFileSync(join(root, "local.settings.json"), "utf8")).Values.Hub__WebhookSecret;
const patienceMs = 90_000;

// [id, e-mail, payment method, who creates the charge, where the order should settle]
const customers = [
  ["demo-card", "maria.demo@example.com", "credit_card", "checkout", "Delivered"],
  ["demo-pix", "joao.demo@example.com", "pix", "hub", "Delivered"],
  ["demo-review", "ana.demo+review@example.com", "credit_card", "checkout", "RiskReview"],
  ["demo-deny", "rui.demo+deny@example.com", "credit_card", "checkout", "Cancelled"],
  ["demo-nfe-reject", "bia.demo+nfe-reject@example.com", "credit_card", "checkout", "NeedsAttention"],
];

const sample = (id, email, method, chargeCreatedBy) => ({
  id: `${id}-${Date.now()}`,
  placedAt: new Date().toISOString(),
  currency: "BRL",
  customer: { name: "Cliente Demo", email, document: "529.982.247-25" },
  shippingAddress: { street: "Av. Paulista", number: "1000", district: "Bela Vista", city: "São Paulo", state: "SP", postalCode: "01310-100" },
  items: [{ sku: "CAMISETA-P", title: "Camiseta P", quantity: 2, unitPrice: 4990 }],
  shipping: 1500,
  discount: 0,
  total: 11480,
  payment: { method, amount: 11480, chargeCreatedBy },
});

const settled = (order, expected) =>
  order.status === expected && order.pendingMessages === 0 && !order.pendingCompensations?.any
  // A +review order is in ClearSale's own manual analysis (AMA): settled once ClearSale's callback is noted.
  && (expected !== "RiskReview" || order.timeline.some((entry) => entry.event === "PartnerCallbackReceived" && entry.detail?.startsWith("clearsale ")));

const posted = [];
for (const [id, email, method, chargeCreatedBy, expected] of customers) {
  const body = JSON.stringify(sample(id, email, method, chargeCreatedBy));
  const signature = "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
  const response = await fetch(`${base}/api/webhooks/orders`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-hub-signature-256": signature, "x-hub-delivery": randomUUID() },
    body,
  });
  const answer = await response.json();
  console.log(`POST ${id} (${method}, expect ${expected}): ${response.status} ${JSON.stringify(answer)}`);
  if (response.status === 202) posted.push([answer.orderId, expected]);
}

console.log(`following ${posted.length} orders (up to ${patienceMs / 1000} s) ...`);
const started = Date.now();
const orders = new Map();
while (orders.size < posted.length && Date.now() - started < patienceMs) {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const [orderId, expected] of posted) {
    if (orders.has(orderId)) continue;
    const order = await (await fetch(`${base}/api/ops/orders/${orderId}`)).json();
    if (settled(order, expected)) orders.set(orderId, order);
  }
}

for (const [orderId, expected] of posted) {
  const order = orders.get(orderId) ?? await (await fetch(`${base}/api/ops/orders/${orderId}`)).json();
  console.log(`\n${orderId}: ${order.status}${order.status === expected ? "" : ` (expected ${expected})`}${order.attention ? ` — ${order.attention.reason}` : ""}`);
  for (const entry of order.timeline) console.log(`  ${entry.at}  ${entry.event.padEnd(24)} -> ${entry.status.padEnd(15)} (${entry.cause})`);
}
console.log(`\nOps: ${base}/api/ops/orders/<orderId>; approve a review: curl -X POST ${base}/api/ops/orders/<orderId>/risk-decision -H 'Content-Type: application/json' -d '{"decision":"approve"}'`);
