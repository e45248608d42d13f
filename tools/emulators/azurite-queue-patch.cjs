// Preloaded into Azurite (node --require, tools/stack.sh): the pinned azurite 3.37.0 queue store made O(log n + k) per
// queue operation (n = messages the account holds, k = messages returned), same observable behaviour.
//
// Upstream (azurite/dist/src/queue/persistence/LokiQueueMetadataStore.js, "LQMS" below) every queue operation cost
// O(n) or O(n log n), n = every message of the account, so Azurite's CPU per message grew with the backlog:
// - clearExpiredMessages (LQMS:688), called first by peek (422), get (465), delete (513) and update (541), runs
//   find({accountName, queueName, expirationTime: {$lte: now}}): LokiJS narrows with the binary index of the FIRST
//   key only and every message has the same accountName, so it scans every message; then remove([]) of nothing still
//   flags every binary index dirty (lokijs removeBatchByPositions, adaptiveOverride) and the next query re-sorts them.
// - peekMessages (LQMS:420)/getMessages (LQMS:463) scan the same way, compoundsort ALL visible messages of the queue
//   by (timeNextVisible, $loki) and keep the first k; getMessages then updates them as a batch, which makes LokiJS
//   rebuild (sort) every binary index (lokijs Collection.update, adaptiveBatchOverride → ensureAllIndexes).
// - every remove and update walks each of the four binary indices of the messages collection (LQMS:94; lokijs
//   adaptiveBinaryIndexRemove/Update), and "visibleTime" is not even a field of a message (it is timeNextVisible).
//
// Here each queue keeps its messages in two sorted arrays, by (timeNextVisible, $loki) — exactly upstream's sort — and
// by (expirationTime, $loki), plus a map by messageId. They are fed by LokiJS's own collection events (insert, update,
// delete), so every path that changes messages (insert, delete queue, clear messages, the GC) keeps them true, and are
// built from the collection on first use (after a restart too). peek/get take the first k visible ones, expiry removes
// the expired prefix (nothing to do unless the earliest expiration has passed), delete/update find the message by id.
// The messages collection's binary indices are dropped: nothing reads them any more, and they cost O(n) per write.
// What is left linear is the memmove of an array splice (LokiJS's own data array does the same), microseconds at 10^4.
"use strict";
const path = require("path");
const { followCollection } = require("./patch-support.cjs");

const azurite = path.join(__dirname, "node_modules", "azurite");
const expected = "3.37.0";
const version = require(path.join(azurite, "package.json")).version;
const storePath = path.join(azurite, "dist", "src", "queue", "persistence", "LokiQueueMetadataStore.js");
const errorsPath = path.join(azurite, "dist", "src", "queue", "errors", "StorageErrorFactory.js");

// Upstream compares with LokiJS's $lte (ltHelper): a Date or number by its time; an ISO string (what a Date becomes once
// the database is reloaded from disk) is NaN there and never "<=" a number, so such a message never expires. Same here.
function timeKey(value) {
  const time = Number(value);
  return Number.isNaN(time) ? Infinity : time;
}

// An array of {key, id, doc} kept sorted by (key, id): id is $loki, upstream's tie-break.
class SortedEntries {
  constructor() {
    this.items = [];
  }

  lowerBound(key, id) {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const item = this.items[mid];
      if (item.key < key || (item.key === key && item.id < id)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  add(key, doc) {
    this.items.splice(this.lowerBound(key, doc.$loki), 0, { key, id: doc.$loki, doc });
  }

  delete(key, doc) {
    const at = this.lowerBound(key, doc.$loki);
    if (this.items[at]?.doc !== doc) throw new Error(`[azurite-queue-patch] message ${doc.$loki} missing from its index`);
    this.items.splice(at, 1);
  }

  // The docs of the leading entries whose key is <= limit, at most count of them.
  leading(limit, count) {
    const docs = [];
    for (const item of this.items) {
      if (docs.length >= count || item.key > limit) break;
      docs.push(item.doc);
    }
    return docs;
  }
}

class QueueMessages {
  constructor() {
    this.byVisibility = new SortedEntries();
    this.byExpiry = new SortedEntries();
    this.byId = new Map();
  }
}

// One index per messages collection object (a reload from disk makes a new one), fed by that collection's events.
class MessageIndex {
  constructor(collection) {
    this.queues = new Map();
    this.keys = new Map(); // $loki → the keys the message is filed under (a doc is changed in place before update())
    followCollection(collection, this);
  }

  queue(account, queue) {
    const name = `${account}/${queue}`;
    let messages = this.queues.get(name);
    if (!messages) {
      messages = new QueueMessages();
      this.queues.set(name, messages);
    }
    return messages;
  }

  add(doc) {
    const messages = this.queue(doc.accountName, doc.queueName);
    const keys = { messages, visible: Number(doc.timeNextVisible), expires: timeKey(doc.expirationTime) };
    messages.byVisibility.add(keys.visible, doc);
    messages.byExpiry.add(keys.expires, doc);
    messages.byId.set(doc.messageId, doc);
    this.keys.set(doc.$loki, keys);
  }

  remove(doc) {
    const keys = this.keys.get(doc.$loki);
    keys.messages.byVisibility.delete(keys.visible, doc);
    keys.messages.byExpiry.delete(keys.expires, doc);
    keys.messages.byId.delete(doc.messageId);
    this.keys.delete(doc.$loki);
  }
}

function patch(Store) {
  const errors = require(errorsPath).default;
  const indices = new WeakMap();
  const requestId = (context) => (context ? context.contextID : undefined);
  const proto = Store.prototype;

  proto.queueMessages = function queueMessages(account, queue) {
    const collection = this.db.getCollection(this.MESSAGES_COLLECTION);
    let index = indices.get(collection);
    if (!index) {
      collection.binaryIndices = {};
      index = new MessageIndex(collection);
      indices.set(collection, index);
    }
    return index.queue(account, queue);
  };

  // Replaces LQMS:679-691: removes the same messages (expirationTime <= now), found as a sorted prefix.
  proto.clearExpiredMessages = async function clearExpiredMessages(account, queue, context) {
    this.checkQueueExist(account, queue, context);
    const expired = this.queueMessages(account, queue).byExpiry.leading(new Date().getTime(), Infinity);
    if (expired.length > 0) {
      this.db.getCollection(this.MESSAGES_COLLECTION).remove(expired);
    }
  };

  // The first count messages visible at queryDate, in upstream's order (timeNextVisible, then $loki).
  proto.visibleMessages = function visibleMessages(account, queue, count, queryDate) {
    const queryTime = queryDate ? queryDate.getTime() : new Date().getTime();
    return this.queueMessages(account, queue).byVisibility.leading(queryTime, count);
  };

  // Replaces LQMS:420-447.
  proto.peekMessages = async function peekMessages(account, queue, numOfMessages, queryDate, context) {
    this.checkQueueExist(account, queue, context);
    this.clearExpiredMessages(account, queue, context);
    const count = numOfMessages === undefined ? 1 : numOfMessages;
    return this.visibleMessages(account, queue, count, queryDate).map((doc) => this.messageCopy(doc));
  };

  // Replaces LQMS:463-496; updates the messages one by one (a batch update re-sorts every binary index).
  proto.getMessages = async function getMessages(account, queue, timeNextVisible, popReceipt, numOfMessages, queryDate, context) {
    this.checkQueueExist(account, queue, context);
    this.clearExpiredMessages(account, queue, context);
    const count = numOfMessages === undefined || numOfMessages < 1 ? 1 : numOfMessages;
    const docs = this.visibleMessages(account, queue, count, queryDate);
    const collection = this.db.getCollection(this.MESSAGES_COLLECTION);
    for (const doc of docs) {
      doc.timeNextVisible = timeNextVisible.getTime();
      doc.popReceipt = popReceipt;
      doc.dequeueCount = Number(doc.dequeueCount) + 1;
      collection.update(doc);
    }
    return docs.map((doc) => this.messageCopy(doc));
  };

  // The message a delete or update names, with upstream's errors (LQMS:515-527, 543-555).
  proto.receiptMessage = function receiptMessage(account, queue, messageId, validatingPopReceipt, context) {
    const doc = this.queueMessages(account, queue).byId.get(messageId);
    if (!doc) throw errors.getMessageNotFound(requestId(context));
    if (doc.popReceipt !== validatingPopReceipt) throw errors.getPopReceiptMismatch(requestId(context));
    return doc;
  };

  // Replaces LQMS:511-529.
  proto.deleteMessage = async function deleteMessage(account, queue, messageId, validatingPopReceipt, context) {
    this.checkQueueExist(account, queue, context);
    this.clearExpiredMessages(account, queue, context);
    const doc = this.receiptMessage(account, queue, messageId, validatingPopReceipt, context);
    this.db.getCollection(this.MESSAGES_COLLECTION).remove(doc);
  };

  // Replaces LQMS:539-562.
  proto.updateMessage = async function updateMessage(message, validatingPopReceipt, context) {
    this.checkQueueExist(message.accountName, message.queueName, context);
    this.clearExpiredMessages(message.accountName, message.queueName, context);
    const doc = this.receiptMessage(message.accountName, message.queueName, message.messageId, validatingPopReceipt, context);
    doc.popReceipt = message.popReceipt;
    doc.timeNextVisible = message.timeNextVisible.getTime();
    if (message.persistency !== undefined) {
      doc.persistency = message.persistency;
    }
    this.db.getCollection(this.MESSAGES_COLLECTION).update(doc);
  };

  // Replaces LQMS:376-387 (a count over a scan): every message of the queue, expired or not, as upstream counts.
  proto.getMessagesCount = async function getMessagesCount(account, queue, context) {
    this.checkQueueExist(account, queue, context);
    return this.queueMessages(account, queue).byVisibility.items.length;
  };
}

if (version !== expected) {
  // The patch is written against one version's code: on another, leave Azurite as it is and say so.
  console.error(`[azurite-queue-patch] azurite ${version} is not ${expected}; not patched`);
} else if (process.env.AZURITE_QUEUE_PATCH !== "off") {
  // "off": the test and the benchmark load this file to patch a subclass, or to run upstream for comparison.
  patch(require(storePath).default);
}

module.exports = { patch, storePath, expected, version };
