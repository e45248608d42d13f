// Signed order webhooks of the three channels, as each storefront sends them, for the scripts that drive the local
// stack (bench, demo). Every order gets a fresh id; `email` picks its outcome in the sandbox (see the README).
import { createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

const settings = JSON.parse(readFileSync(new URL("../../local.settings.json", import.meta.url), "utf8")).Values;

const address = { street: "Av. Paulista", number: "1000", district: "Bela Vista", city: "São Paulo", state: "SP", postalCode: "01310-100" };

/** The hub's own format (POST /api/webhooks/orders), card authorized at the store's checkout. */
export function hubOrder(email) {
  const id = `bench-${randomUUID()}`;
  const body = JSON.stringify({
    id, placedAt: new Date().toISOString(), currency: "BRL",
    customer: { name: "Cliente Bench", email, document: "529.982.247-25" },
    shippingAddress: address,
    items: [{ sku: "SKU-1", title: "Camiseta", quantity: 2, unitPrice: 4990 }], shipping: 1500, discount: 500, total: 10980,
    payment: { method: "credit_card", amount: 10980, chargeCreatedBy: "checkout" },
  });
  return {
    orderId: `hub-${id}`,
    request: { path: "/api/webhooks/orders", body, headers: {
      "content-type": "application/json",
      "x-hub-signature-256": "sha256=" + createHmac("sha256", settings.Hub__WebhookSecret).update(body).digest("hex"),
      "x-hub-delivery": randomUUID(),
    } },
  };
}

/** A Shopify orders/create delivery (REST order JSON), HMAC-signed with the app secret. */
export function shopifyOrder(email) {
  const id = 1_000_000_000_000 + Math.floor(Math.random() * 8_000_000_000_000);
  const shopifyAddress = { first_name: "Marina", last_name: "Souza", address1: "Rua Augusta, 1508", address2: "Apto 42, Consolação",
    city: "São Paulo", province: "São Paulo", province_code: "SP", zip: "01304-001", country: "Brazil", country_code: "BR", phone: "+5511987654321" };
  const now = new Date().toISOString();
  const body = JSON.stringify({
    id, name: `#${id % 100000}`, email, created_at: now, updated_at: now, currency: "BRL",
    total_price: "114.80", subtotal_price: "99.80", total_discounts: "0.00", total_tax: "0.00", taxes_included: true,
    shipping_lines: [{ title: "SEDEX", price: "15.00", discounted_price: "15.00" }],
    line_items: [{ id: 1, sku: "CAM-BAS-AZ-M", title: "Camiseta Básica", quantity: 2, price: "49.90", grams: 300 }],
    customer: { first_name: "Marina", last_name: "Souza", email },
    shipping_address: shopifyAddress, billing_address: shopifyAddress,
    note_attributes: [{ name: "CPF", value: "529.982.247-25" }],
    payment_gateway_names: ["shopify_payments"], financial_status: "authorized", cancelled_at: null,
  });
  return {
    orderId: `shopify-${id}`,
    request: { path: "/api/webhooks/shopify", body, headers: {
      "content-type": "application/json",
      "x-shopify-hmac-sha256": createHmac("sha256", settings.Shopify__WebhookSecret).update(body).digest("base64"),
      "x-shopify-topic": "orders/create",
      "x-shopify-shop-domain": "loja-exemplo.myshopify.com",
      "x-shopify-webhook-id": randomUUID(),
      "x-shopify-event-id": randomUUID(),
    } },
  };
}

/** A VTEX order: `seed` is the OMS order the sandbox must serve first, `request` the hook notification about it. */
export function vtexOrder(email) {
  const vtexId = `${1_000_000_000_000 + Math.floor(Math.random() * 8_999_999_999_999)}-01`;
  const seed = JSON.stringify({
    orderId: vtexId, status: "ready-for-handling", value: 30890, creationDate: new Date().toISOString(),
    totals: [{ id: "Items", name: "Total dos Itens", value: 32980 }, { id: "Discounts", name: "Total dos Descontos", value: -3290 },
      { id: "Shipping", name: "Total do Frete", value: 1200 }, { id: "Tax", name: "Total da Taxa", value: 0 }],
    items: [{ id: "2000535", refId: "TEN-COR-LEV-41", name: "Tênis Corrida Leve 41", quantity: 2, price: 14990 },
      { id: "2000610", refId: "MEI-ESP-3P", name: "Meia Esportiva 3 pares", quantity: 1, price: 3000 }],
    clientProfileData: { email, firstName: "Rodrigo", lastName: "Cunha", documentType: "cpf", document: "11144477735", phone: "+5521972321094" },
    shippingData: { address: { receiverName: "Rodrigo Cunha", postalCode: "22250-040", city: "Rio de Janeiro", state: "RJ", country: "BRA",
      street: "Praia de Botafogo", number: "300", neighborhood: "Botafogo", complement: "Sala 301" } },
    paymentData: { transactions: [{ isActive: true, payments: [{ paymentSystem: "2", paymentSystemName: "Visa", group: "creditCard", value: 30890, installments: 1 }] }] },
    storePreferencesData: { countryCode: "BRA", currencyCode: "BRL" },
  });
  const now = new Date().toISOString();
  const body = JSON.stringify({ Domain: "Fulfillment", OrderId: vtexId, State: "ready-for-handling", LastState: "window-to-cancel",
    LastChange: now, CurrentChange: now, Origin: { Account: settings.Vtex__Account, Key: settings.Vtex__AppKey } });
  return {
    orderId: `vtex-${vtexId.toLowerCase()}`,
    seed: { path: "/_sandbox/vtex/orders", body: seed },
    request: { path: "/api/webhooks/vtex", body, headers: { "content-type": "application/json", [settings.Vtex__HookHeaderName]: settings.Vtex__HookHeaderValue } },
  };
}

/** The channel of the i-th order of a run: the three channels in turn. */
export const channels = [hubOrder, shopifyOrder, vtexOrder];
