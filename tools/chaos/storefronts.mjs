// Orders as the three channels send them, signed the way each signs: the hub's own format (X-Hub-Signature-256),
// Shopify (X-Shopify-Hmac-Sha256 over the raw body) and VTEX (a secret header; the order itself is seeded in the
// sandbox's OMS, as VTEX's hook carries no order data). Shared by the chaos and hostile-input runs.
import { createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

export const settings = JSON.parse(readFileSync(new URL("../../local.settings.json", import.meta.url), "utf8")).Values;
export const appUrl = process.env.BACKOFFICE_APP_URL ?? "http://127.0.0.1:7071";
export const sandboxUrl = process.env.BACKOFFICE_SANDBOX_URL ?? "http://127.0.0.1:7080";

export const hubSignature = (body) => "sha256=" + createHmac("sha256", settings.Hub__WebhookSecret).update(body).digest("hex");
export const shopifySignature = (body) => createHmac("sha256", settings.Shopify__WebhookSecret).update(body).digest("base64");

/** A hub-format order; `method` credit_card (authorized at the checkout) or pix (the hub creates the charge). */
export function hubOrder(id, email, method = "credit_card") {
  return {
    id, placedAt: new Date().toISOString(), currency: "BRL",
    customer: { name: "Cliente Caos", email, document: "529.982.247-25" },
    shippingAddress: { street: "Av. Paulista", number: "1000", district: "Bela Vista", city: "São Paulo", state: "SP", postalCode: "01310-100" },
    items: [{ sku: "CHAOS-CAM-M", title: "Camiseta M", quantity: 2, unitPrice: 4990 }], shipping: 1500, discount: 500, total: 10980,
    payment: { method, amount: 10980, ...(method === "credit_card" ? {} : { chargeCreatedBy: "hub" }) },
  };
}

export function shopifyOrder(id, email) {
  const address = { first_name: "Marina", last_name: "Souza", address1: "Rua Augusta, 1508", address2: "Apto 42", city: "São Paulo",
    province: "São Paulo", province_code: "SP", zip: "01304-001", country: "Brazil", country_code: "BR", phone: "+5511987654321" };
  return {
    id, name: `#${id % 100000}`, email, created_at: new Date().toISOString(), updated_at: new Date().toISOString(), currency: "BRL",
    total_price: "114.80", subtotal_price: "99.80", total_discounts: "0.00", total_tax: "0.00", taxes_included: true,
    shipping_lines: [{ title: "SEDEX", price: "15.00", discounted_price: "15.00" }],
    line_items: [{ id: 1, sku: "CHAOS-CAM-M", title: "Camiseta Básica", quantity: 2, price: "49.90", grams: 300 }],
    customer: { first_name: "Marina", last_name: "Souza", email }, shipping_address: address, billing_address: address,
    note_attributes: [{ name: "CPF", value: "529.982.247-25" }], payment_gateway_names: ["shopify_payments"], financial_status: "authorized",
    cancelled_at: null, cancel_reason: null,
  };
}

export function vtexOrder(orderId, email) {
  return {
    orderId, status: "ready-for-handling", value: 30890, creationDate: new Date().toISOString(),
    totals: [{ id: "Items", value: 32980 }, { id: "Discounts", value: -3290 }, { id: "Shipping", value: 1200 }, { id: "Tax", value: 0 }],
    items: [{ id: "2000535", refId: "CHAOS-TEN-41", name: "Tênis Corrida 41", quantity: 2, price: 14990 },
      { id: "2000610", refId: "CHAOS-MEIA-3P", name: "Meia 3 pares", quantity: 1, price: 3000 }],
    clientProfileData: { email, firstName: "Rodrigo", lastName: "Cunha", documentType: "cpf", document: "11144477735", phone: "+5521972321094" },
    shippingData: { address: { receiverName: "Rodrigo Cunha", postalCode: "22250-040", city: "Rio de Janeiro", state: "RJ", country: "BRA",
      street: "Praia de Botafogo", number: "300", neighborhood: "Botafogo", complement: "Sala 301" } },
    paymentData: { transactions: [{ isActive: true, payments: [{ paymentSystem: "2", paymentSystemName: "Visa", group: "creditCard", value: 30890, installments: 1 }] }] },
    storePreferencesData: { countryCode: "BRA", currencyCode: "BRL" },
  };
}

export const vtexHook = (orderId, lastChange = new Date().toISOString()) => ({
  Domain: "Fulfillment", OrderId: orderId, State: "ready-for-handling", LastState: "window-to-cancel", LastChange: lastChange,
  CurrentChange: lastChange, Origin: { Account: settings.Vtex__Account, Key: settings.Vtex__AppKey },
});

/** One delivery of a webhook: the request a storefront sends, repeatable as it is (same delivery id). */
export function delivery(channel, body, deliveryId = randomUUID()) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const headers = { "content-type": "application/json" };
  let path;
  if (channel === "hub") {
    path = "/api/webhooks/orders";
    Object.assign(headers, { "x-hub-signature-256": hubSignature(text), "x-hub-delivery": deliveryId });
  } else if (channel === "shopify") {
    path = "/api/webhooks/shopify";
    Object.assign(headers, { "x-shopify-hmac-sha256": shopifySignature(text), "x-shopify-topic": "orders/create",
      "x-shopify-shop-domain": "loja-exemplo.myshopify.com", "x-shopify-webhook-id": deliveryId, "x-shopify-event-id": deliveryId });
  } else {
    path = "/api/webhooks/vtex";
    headers[settings.Vtex__HookHeaderName.toLowerCase()] = settings.Vtex__HookHeaderValue;
  }
  return { path, headers, body: text };
}

export async function send({ path, headers, body }, timeoutMs = 15_000) {
  const response = await fetch(appUrl + path, { method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs) });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text };
}

export async function json(url, init = {}) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs ?? 15_000) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

export const postJson = (url, body) => json(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
