// Sends sample orders to the running hub, signed as a storefront would sign them, and prints where each one ends up.
import { createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const base = process.argv[2] ?? "http://127.0.0.1:7071";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const secret = JSON.parse(readFileSync(join(root, "local.settings.json"), "utf8")).Values.Hub__WebhookSecret;

const customers = [
  ["demo-happy", "maria.demo@example.com", "credit_card"],
  ["demo-pix", "joao.demo@example.com", "pix"],
  ["demo-review", "ana.demo+review@example.com", "boleto"],
];

const sample = (id, email, method) => ({
  id: `${id}-${Date.now()}`,
  placedAt: new Date().toISOString(),
  currency: "BRL",
  customer: { name: "Cliente Demo", email, document: "529.982.247-25" },
  shippingAddress: { street: "Av. Paulista", number: "1000", district: "Bela Vista", city: "São Paulo", state: "SP", postalCode: "01310-100" },
  items: [{ sku: "CAMISETA-P", title: "Camiseta P", quantity: 2, unitPrice: 4990 }],
  shipping: 1500,
  discount: 0,
  total: 11480,
  payment: { method, amount: 11480 },
});

for (const [id, email, method] of customers) {
  const body = JSON.stringify(sample(id, email, method));
  const signature = "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
  const response = await fetch(`${base}/api/webhooks/orders`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-hub-signature-256": signature, "x-hub-delivery": randomUUID() },
    body,
  });
  const answer = await response.json();
  console.log(`POST ${id}: ${response.status} ${JSON.stringify(answer)}`);
  if (response.status !== 202) continue;

  let order;
  for (let attempt = 0; attempt < 20; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    order = await (await fetch(`${base}/api/ops/orders/${answer.orderId}`)).json();
    if (order.status !== "Received") break;
  }
  console.log(`  ${order.orderId}: ${order.status}`);
  for (const entry of order.timeline) console.log(`    ${entry.at}  ${entry.event.padEnd(22)} -> ${entry.status}  (${entry.cause})`);
}
