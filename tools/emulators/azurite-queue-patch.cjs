// Preloaded into Azurite (node --require, tools/stack.sh): one performance fix to the pinned azurite 3.37.0 queue
// store, same behaviour.
//
// Every queue get, peek, update and delete first calls LokiQueueMetadataStore.clearExpiredMessages
// (azurite/dist/src/queue/persistence/LokiQueueMetadataStore.js line 688), which passes the expired messages it
// found to Collection.remove even when there are none. LokiJS's removeBatch then maps and filters every stored message
// and, because the messages collection has binary indices, flags all four of them dirty (lokijs/src/lokijs.js
// removeBatchByPositions, `adaptiveOverride` → flagBinaryIndexesDirty), so the next query re-sorts every index:
// O(n log n) per message handled, n = every message the account holds. With a backlog of a few thousand messages
// this became most of Azurite's CPU and the reason its cost per order grew with the run. Removing nothing now does
// nothing; expired messages are still removed exactly as before.
"use strict";
const path = require("path");

const azurite = path.join(__dirname, "node_modules", "azurite");
const expected = "3.37.0";
const version = require(path.join(azurite, "package.json")).version;
if (version !== expected) {
  // The patch is written against one version's code: on another, leave Azurite as it is and say so.
  console.error(`[azurite-queue-patch] azurite ${version} is not ${expected}; not patched`);
} else {
  const store = require(path.join(azurite, "dist", "src", "queue", "persistence", "LokiQueueMetadataStore.js")).default;
  store.prototype.clearExpiredMessages = async function clearExpiredMessages(account, queue, context) {
    this.checkQueueExist(account, queue, context);
    const messages = this.db.getCollection(this.MESSAGES_COLLECTION);
    const expired = messages
      .chain()
      .find({ accountName: account, queueName: queue, expirationTime: { $lte: new Date().getTime() } })
      .data();
    if (expired.length > 0) {
      messages.remove(expired);
    }
  };
}
