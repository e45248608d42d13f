// What the Azurite patches (azurite-queue-patch.cjs, azurite-store-patch.cjs), their differential tests and their
// micro-benchmarks share.
"use strict";

// Keeps an index ({add(doc), remove(doc)}) true to a LokiJS collection: filled from its data, then fed by its own
// insert, update and delete events, so every path that changes documents (the store's methods, batch removes, the
// GC) reaches it. An update re-files the document (it was changed in place or replaced under the same $loki).
function followCollection(collection, index) {
  for (const doc of collection.data) index.add(doc);
  collection.on("insert", (docs) => (Array.isArray(docs) ? docs : [docs]).forEach((doc) => index.add(doc)));
  collection.on("update", (doc) => {
    index.remove(doc);
    index.add(doc);
  });
  collection.on("delete", (doc) => index.remove(doc));
}

// xorshift32: a random sequence repeatable from its printed seed.
function seededRandom(seed) {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  return { random, pick: (items) => items[Math.floor(random() * items.length)] };
}

// Runs a benchmark at each size, printing one JSON line per size; returns the results.
async function runSizes(sizes, run) {
  const results = [];
  for (const size of sizes) {
    const result = await run(size);
    console.log(JSON.stringify(result));
    results.push(result);
  }
  return results;
}

module.exports = { followCollection, seededRandom, runSizes };
