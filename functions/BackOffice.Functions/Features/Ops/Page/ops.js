// The ops page: plain JS over the ops API. Every string from the API goes in through textContent, never as HTML.
"use strict";

const api = "/api/ops";
// In Azure the page is opened as /api/ops?code=<function key>; the key goes along on every API call.
const functionKey = new URLSearchParams(location.search).get("code");
const view = document.getElementById("view");

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function headers(extra) {
  const all = { Accept: "application/json", ...extra };
  if (functionKey) all["x-functions-key"] = functionKey;
  const person = document.getElementById("person").value.trim();
  if (person) all["X-Ops-User"] = person; // believed locally only; in Azure the signed-in identity is used
  return all;
}

async function call(method, path, body) {
  const response = await fetch(api + path, {
    method,
    headers: headers(body === undefined ? {} : { "Content-Type": "application/json" }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error((json && (json.detail || json.title)) || `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return json;
}

function say(text, isError) {
  const box = document.getElementById("message");
  box.textContent = text;
  box.className = isError ? "error" : "";
  box.hidden = !text;
}

function when(value) {
  return value ? new Date(value).toLocaleString() : "";
}

function ago(value) {
  const minutes = Math.round((Date.now() - new Date(value).getTime()) / 60000);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} d`;
}

function money(cents, currency) {
  return new Intl.NumberFormat("pt-BR", { style: "currency", currency: currency || "BRL" }).format(cents / 100);
}

function orderLink(orderId) {
  return el("a", { href: "#" + orderId, "data-testid": "order-link" }, orderId);
}

function status(name) {
  return el("span", { class: "status " + name, "data-testid": "status" }, name);
}

function table(columns, rows, testId) {
  if (!rows.length) return el("p", { class: "muted" }, "None.");
  return el("table", { "data-testid": testId },
    el("thead", {}, el("tr", {}, columns.map(column => el("th", {}, column)))),
    el("tbody", {}, rows.map(cells => el("tr", {}, cells.map(cell => el("td", { class: "wrap" }, cell))))));
}

// Asks before acting; resolves to the reason typed (or "" when none is asked), or null when the person backs out.
function confirmAction(text, askReason) {
  const dialog = document.getElementById("confirm");
  const reason = document.getElementById("confirm-reason");
  document.getElementById("confirm-text").textContent = text;
  document.getElementById("confirm-reason-label").hidden = !askReason;
  reason.value = "";
  reason.required = !!askReason;
  return new Promise(resolve => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok" ? reason.value.trim() : null), { once: true });
    dialog.showModal();
    (askReason ? reason : dialog.querySelector("[data-testid=confirm-yes]")).focus();
  });
}

async function act(text, askReason, run) {
  const reason = await confirmAction(text, askReason);
  if (reason === null || (askReason && !reason)) return;
  try {
    await run(reason);
    say("Done: " + text);
  } catch (error) {
    say(error.message, true);
  }
  await route();
}

async function showHome() {
  const paint = painter();
  const [overview, deadLetters] = await Promise.all([call("GET", "/overview"), call("GET", "/dead-letters?limit=100")]);
  paint(
    el("section", { "data-testid": "counts" }, el("h2", {}, "Orders per status"),
      el("div", { class: "counts" }, Object.entries(overview.counts).map(([name, count]) =>
        el("a", { class: "count" + (name === "NeedsAttention" && count ? " attention" : ""), href: "#status=" + name, "data-testid": "count-" + name },
          el("b", {}, count), name)))),
    el("section", { "data-testid": "needs-attention" }, el("h2", {}, "Needs attention"),
      table(["Order", "Reason", "Step", "Waiting"], overview.needsAttention.map(order =>
        [orderLink(order.orderId), order.attentionReason || "", order.attentionStep || "", ago(order.updatedAt)]), "attention-table")),
    el("section", { "data-testid": "stuck" }, el("h2", {}, "Stuck (longer than expected in their status, oldest first)"),
      overview.stuck.length ? overview.stuck.map(list => [
        el("h3", {}, `${list.status} (expected within ${list.expectedWithin})`),
        table(["Order", "Since", "Waiting"], list.orders.map(order => [orderLink(order.orderId), when(order.updatedAt), ago(order.updatedAt)]), "stuck-" + list.status),
      ]) : el("p", { class: "muted" }, "None.")),
    deadLetterSection(deadLetters));
}

function deadLetterSection(list) {
  const types = [...new Set(list.deadLetters.map(letter => letter.type).filter(Boolean))];
  const typeSelect = el("select", { "data-testid": "replay-type" }, types.map(type => el("option", { value: type }, type)));
  return el("section", { "data-testid": "dead-letters" },
    el("h2", {}, `Dead letters in ${list.source} (${list.count}${list.total > list.count ? " of " + list.total : ""})`),
    types.length ? el("div", { class: "actions" }, typeSelect, el("button", {
      type: "button", "data-testid": "replay-all",
      onclick: () => act(`Replay every dead letter of type ${typeSelect.value}?`, false,
        () => call("POST", "/dead-letters/replay", { type: typeSelect.value })),
    }, "Replay all of this type")) : null,
    table(["Order", "Type", "Reason", "Deliveries", "Dead since", ""], list.deadLetters.map(letter => [
      letter.orderId ? orderLink(letter.orderId) : el("span", { class: "muted" }, "(unreadable)"),
      letter.type || "", letter.reason, letter.deliveryCount ?? "", when(letter.deadLetteredAt),
      el("button", {
        type: "button", "data-testid": "replay", "data-id": letter.id,
        onclick: () => act(`Replay ${letter.type || "message"} of ${letter.orderId || "an unknown order"}?`, false,
          () => call("POST", `/dead-letters/${encodeURIComponent(letter.id)}/replay`)),
      }, "Replay"),
    ]), "dead-letter-table"));
}

async function showStatus(name) {
  const paint = painter();
  const list = await call("GET", `/orders?status=${encodeURIComponent(name)}&limit=200`);
  paint(el("section", { "data-testid": "status-list" }, el("h2", {}, `${name}: ${list.count}`),
    table(["Order", "Total", "Received", "Updated"], list.orders.map(order =>
      [orderLink(order.orderId), money(order.totalCents, order.currency), when(order.receivedAt), when(order.updatedAt)]), "status-table")));
}

async function showCustomer(query) {
  const paint = painter();
  const result = await call("POST", "/customers/search", { query });
  paint(el("section", { "data-testid": "customer-history" },
    el("h2", {}, `Orders of this customer: ${result.count}`),
    table(["Order", "Status", "Placed", "Total", "Problems"], result.orders.map(order => [
      orderLink(order.orderId), status(order.status), when(order.placedAt), money(order.totalCents, order.currency),
      order.problems.length ? el("ul", {}, order.problems.map(problem => el("li", {}, problem))) : "",
    ]), "customer-table")));
}

function documentLink(orderId, kind, label) {
  const key = functionKey ? "?code=" + encodeURIComponent(functionKey) : "";
  return el("a", { href: `${api}/orders/${encodeURIComponent(orderId)}/documents/${kind}${key}`, target: "_blank", "data-testid": "doc-" + kind }, label);
}

function references(order) {
  const items = [];
  const add = (name, ...value) => items.push(el("dt", {}, name), el("dd", {}, ...value));
  if (order.charge) add("Charge", `${order.charge.chargeId} (${order.charge.state})`);
  if (order.risk) add("Risk", `${order.risk.status ?? ""} ${order.risk.providerCode ?? ""}`.trim());
  if (order.invoice) {
    add("NF-e", `${order.invoice.state} · ref ${order.invoice.reference}`, order.invoice.rejectionReason ? ` · ${order.invoice.rejectionReason}` : "");
    if (order.invoice.accessKey) add("NF-e key", el("span", { "data-testid": "nfe-key" }, order.invoice.accessKey));
    if (order.invoice.xmlLocation || order.invoice.danfeLocation) {
      add("Documents", order.invoice.xmlLocation ? documentLink(order.orderId, "xml", "XML") : "", " ",
        order.invoice.danfeLocation ? documentLink(order.orderId, "danfe", "DANFE") : "");
    }
  }
  if (order.shipment) {
    add("Label", order.shipment.labelId, " ", order.shipment.labelLocation ? documentLink(order.orderId, "label", "PDF") : "");
    if (order.shipment.trackingCode) add("Tracking", el("span", { "data-testid": "tracking" }, order.shipment.trackingCode));
    if (order.shipment.failureReason) add("Delivery failure", order.shipment.failureReason);
  }
  if (order.attention) add("Needs attention", el("span", { "data-testid": "attention-reason" }, `${order.attention.reason} (step: ${order.attention.resumeTo})`));
  const pending = Object.entries(order.pendingCompensations || {}).filter(([name, due]) => due === true && name !== "any").map(([name]) => name);
  if (pending.length) add("Still undoing", pending.join(", "));
  return items.length ? el("dl", { class: "refs", "data-testid": "references" }, items) : el("p", { class: "muted" }, "No partner references yet.");
}

function orderActions(order) {
  const id = encodeURIComponent(order.orderId);
  const buttons = [];
  if (order.status === "RiskReview") {
    buttons.push(
      el("button", { type: "button", class: "primary", "data-testid": "approve",
        onclick: () => act(`Approve the risk review of ${order.orderId}?`, false, () => call("POST", `/orders/${id}/risk-decision`, { decision: "approve" })) }, "Approve review"),
      el("button", { type: "button", class: "danger", "data-testid": "deny",
        onclick: () => act(`Deny ${order.orderId} (it will be cancelled)?`, false, () => call("POST", `/orders/${id}/risk-decision`, { decision: "deny" })) }, "Deny review"));
  }
  if (!["Delivered", "Cancelled"].includes(order.status)) {
    buttons.push(el("button", { type: "button", "data-testid": "retry",
      onclick: () => act(`Retry ${order.orderId} at the step where it stopped?`, false, () => call("POST", `/orders/${id}/retry`)) }, "Retry"));
    buttons.push(el("button", { type: "button", class: "danger", "data-testid": "cancel",
      onclick: () => act(`Cancel ${order.orderId}? Give a reason.`, true, reason => call("POST", `/orders/${id}/cancel`, { reason })) }, "Cancel order"));
  }
  return el("div", { class: "actions", "data-testid": "actions" }, buttons);
}

async function showOrder(orderId) {
  const paint = painter();
  const id = encodeURIComponent(orderId);
  const [order, payloads] = await Promise.all([call("GET", `/orders/${id}`), call("GET", `/orders/${id}/payloads`).catch(() => [])]);
  const customer = el("div", { "data-testid": "customer" },
    `${order.customer.email}${order.customer.document ? " · " + order.customer.document : ""} `,
    el("button", { type: "button", "data-testid": "reveal", onclick: async event => {
      const data = await call("GET", `/orders/${id}/customer`);
      const address = data.shippingAddress;
      event.target.parentElement.replaceChildren(el("dl", { class: "refs", "data-testid": "personal-data" },
        el("dt", {}, "Name"), el("dd", {}, data.name), el("dt", {}, "E-mail"), el("dd", {}, data.email),
        el("dt", {}, "CPF/CNPJ"), el("dd", {}, data.document || ""), el("dt", {}, "Phone"), el("dd", {}, data.phone || ""),
        el("dt", {}, "Address"), el("dd", {}, address ? `${address.street}, ${address.number} ${address.complement || ""} – ${address.district}, ${address.city}/${address.state} ${address.postalCode}` : "")));
    } }, "Show personal data"));
  paint(
    el("section", { "data-testid": "order" },
      el("h2", {}, el("span", { "data-testid": "order-id" }, order.orderId), " ", status(order.status)),
      el("p", { class: "muted" }, `${order.channel} ${order.externalId} · placed ${when(order.placedAt)} · ${money(order.totals.totalCents, order.totals.currency)} · ${order.paymentMethod}`),
      orderActions(order), customer),
    el("section", {}, el("h2", {}, "Partner references"), references(order)),
    el("section", {}, el("h2", {}, "Timeline"),
      table(["When", "What", "Status", "Cause", "Detail"], order.timeline.map(entry =>
        [when(entry.at), entry.event, entry.status, entry.cause, entry.detail || ""]), "timeline")),
    el("section", {}, el("h2", {}, "Items"),
      table(["SKU", "Title", "Qty", "Unit"], order.items.map(item => [item.sku, item.title, item.quantity, money(item.unitPriceCents, order.totals.currency)]), "items")),
    el("section", { "data-testid": "payloads" }, el("h2", {}, "Raw payloads"),
      payloads.length ? payloads.map(payload => el("details", {}, el("summary", {}, `${payload.source} · ${payload.deliveryId} · ${when(payload.receivedAt)}`), el("pre", {}, pretty(payload.body))))
        : el("p", { class: "muted" }, "None kept.")));
}

function pretty(body) {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

// A view paints only when no newer navigation began while it loaded: a slow first view must not replace a search typed
// meanwhile.
let routeToken = 0;

function painter() {
  const token = routeToken;
  return (...children) => {
    if (token === routeToken) view.replaceChildren(...children);
  };
}

async function route() {
  routeToken++;
  const paint = painter();
  const hash = decodeURIComponent(location.hash.slice(1));
  try {
    if (!hash) await showHome();
    else if (hash.startsWith("status=")) await showStatus(hash.slice(7));
    else if (hash.startsWith("customer=")) await showCustomer(sessionStorage.getItem("customerQuery") || "");
    else if (hash === "expedition") await showExpedition(); // expedition.js
    else await showOrder(hash);
  } catch (error) {
    paint(el("section", {}, el("h2", {}, "Could not load"), el("p", { "data-testid": "error" }, error.message)));
  }
}

document.getElementById("search").addEventListener("submit", event => {
  event.preventDefault();
  const query = document.getElementById("search-input").value.trim();
  if (!query) return;
  say("");
  if (/^[a-z]+-[a-z0-9._-]+$/.test(query) && !query.includes("@")) {
    location.hash = query;
    return;
  }
  // The e-mail or CPF stays out of the URL (and so out of history and logs): kept in this tab only.
  sessionStorage.setItem("customerQuery", query);
  if (location.hash === "#customer=") route();
  else location.hash = "customer=";
});
document.getElementById("refresh").addEventListener("click", route);
const personInput = document.getElementById("person");
personInput.value = localStorage.getItem("opsPerson") || "";
personInput.addEventListener("change", () => localStorage.setItem("opsPerson", personInput.value.trim()));
window.addEventListener("hashchange", () => { say(""); route(); });
route();
