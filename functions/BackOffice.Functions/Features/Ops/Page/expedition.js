// The ops page's expedition view (#expedition): today's batches and the orders waiting for one. Uses ops.js's helpers.
"use strict";

function batchPdfLink(batch) {
  const key = functionKey ? "?code=" + encodeURIComponent(functionKey) : "";
  return el("a", { href: `${api}/expedition/batches/${encodeURIComponent(batch.batchId)}/pdf${key}`, target: "_blank", "data-testid": "batch-pdf" }, "PDF");
}

// Called by ops.js's route() for #expedition.
async function showExpedition() {
  const paint = painter();
  const [batches, waiting] = await Promise.all([call("GET", "/expedition/batches"), call("GET", "/expedition/waiting")]);
  const makeBatch = el("button", {
    type: "button", class: "primary", "data-testid": "make-batch", disabled: !waiting.count,
    onclick: () => act(`Make a batch of the ${waiting.count} orders waiting (one PDF: DANFEs, labels, pick list, romaneio)?`, false,
      async () => {
        const batch = await call("POST", "/expedition/batches", {});
        window.open(batch.pdfUrl + (functionKey ? "?code=" + encodeURIComponent(functionKey) : ""), "_blank");
      }),
  }, "Make batch");
  paint(
    el("section", { "data-testid": "expedition-batches" }, el("h2", {}, `Today's batches: ${batches.length}`),
      table(["Batch", "Made", "Orders", "Handed to carrier", ""], batches.map(batch => [
        batch.batchId, when(batch.createdAt), batch.orderCount,
        batch.handedOverAt ? `${when(batch.handedOverAt)} by ${batch.handedOverBy}` : "",
        el("span", {}, batchPdfLink(batch), " ", batch.handedOverAt ? "" : el("button", {
          type: "button", "data-testid": "handover",
          onclick: () => act(`Record that batch ${batch.batchId} (${batch.orderCount} parcels) was handed to the carrier?`, false,
            () => call("POST", `/expedition/batches/${encodeURIComponent(batch.batchId)}/handover`)),
        }, "Handed over")),
      ]), "batch-table")),
    el("section", { "data-testid": "expedition-waiting" }, el("h2", {}, `Waiting for a batch: ${waiting.count}`),
      el("div", { class: "actions" }, makeBatch),
      table(["Order", "Total", "Received", "Ready since"], waiting.orders.map(order =>
        [orderLink(order.orderId), money(order.totalCents, order.currency), when(order.receivedAt), when(order.updatedAt)]), "waiting-table")));
}
