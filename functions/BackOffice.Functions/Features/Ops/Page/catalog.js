// The ops page's catalog section: stock at or below its reorder point, and the latest stock and price sync runs.
// Loaded after ops.js and built with its helpers (el, call); API strings go in through textContent only.
"use strict";

async function renderCatalog() {
  const section = document.getElementById("catalog");
  if (!section) return;
  try {
    const [low, runs] = await Promise.all([call("GET", "/stock/low?limit=50"), call("GET", "/catalog/runs?limit=10")]);
    section.replaceChildren(
      el("h2", {}, "Low stock"),
      low.length === 0
        ? el("p", { class: "muted", "data-testid": "low-stock-none" }, "No SKU is at or below its reorder point.")
        : el("table", { "data-testid": "low-stock" },
            el("thead", {}, el("tr", {}, ["SKU", "On hand", "Reserved", "Available", "Reorder at", "Sold 7 d", "Sold 30 d"].map((name) => el("th", {}, name)))),
            el("tbody", {}, low.map((item) => el("tr", { "data-sku": item.sku },
              [item.sku, item.onHand, item.reserved, item.available, item.reorderPoint, item.soldLast7Days, item.soldLast30Days].map((value) => el("td", {}, value)))))),
      el("h2", {}, "Catalog sync runs"),
      runs.length === 0
        ? el("p", { class: "muted" }, "No stock or price sync has run yet.")
        : el("table", { "data-testid": "catalog-runs" },
            el("thead", {}, el("tr", {}, ["Started", "Sync", "Outcome", "Read", "Changed", "Pushed", "Failed", "Refused", "ms", "Problems"].map((name) => el("th", {}, name)))),
            el("tbody", {}, runs.map((run) => el("tr", { class: run.failed + run.refused > 0 || run.outcome === "Interrupted" ? "attention" : undefined },
              [when(run.started), run.kind, run.outcome, run.skusRead, run.changed, run.pushed, run.failed, run.refused, run.durationMs, (run.problems || []).join("; ")]
                .map((value) => el("td", {}, value)))))));
  } catch (error) {
    section.replaceChildren(el("h2", {}, "Catalog"), el("p", { class: "error" }, `Catalog unavailable: ${error.message}`));
  }
}

// The catalog waits for the page's own first view, so its reads never hold up (or race) what ops opened the page for.
document.addEventListener("DOMContentLoaded", () => {
  const main = document.getElementById("view");
  const first = new MutationObserver(() => {
    first.disconnect();
    renderCatalog();
  });
  first.observe(main, { childList: true });
  document.getElementById("refresh")?.addEventListener("click", renderCatalog);
});
