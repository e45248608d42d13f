// Preloaded into Azurite (node --require, tools/stack.sh), next to azurite-queue-patch.cjs: the pinned azurite 3.37.0
// table store and the persistence of its table and blob databases made to cost the same per operation whatever the
// data held, same observable behaviour. Measured by tools/emulators/azurite-store-bench.mjs (figures in README).
//
// 1. Persistence (LokiTableMetadataStore.js:25-31, LokiBlobMetadataStore.js:67-75): each database is a LokiJS fs
//    database with autosave every 5 s, and every save serialises the WHOLE database (lokijs saveDatabaseInternal,
//    "normal" mode: JSON.stringify of every document) and rewrites the file. One save at 10,000 orders' data costs
//    seconds of CPU, every 5 s: O(data) per save, O(n²) over a run. Here a save appends only the documents changed
//    since the last save (LokiJS's own per-collection dirtyIds, pushed by insert/update/remove/removeBatch) to a
//    journal file next to the database file ("<db>.journal", one JSON line per save); the whole database is written
//    (exactly upstream's file: serialize(), written to "<db>~" and renamed, lokijs LokiFsAdapter.saveDatabase) only on
//    the first save after a load, when a collection is added or removed or changed other than by a document, on close,
//    and when the journal has grown past the database's size: amortised O(1) per change. Loading reads the database
//    file and replays the journal whose header names that file's snapshot id (a journal left by a crash between the
//    rename and the journal's reset names the previous snapshot and is ignored: the file already holds it); a torn
//    last line (a kill -9 during the append) is dropped, as upstream loses a save it did not finish. A save happens at
//    the same moments as upstream's (same autosave timer, same dirty flags), so what survives a kill -9 is the same,
//    and a journal append takes milliseconds where upstream's save took seconds at that size.
// 2. Table entities (LokiTableMetadataStore.js): an entity is found with findOne({RowKey, PartitionKey}) (insert 187,
//    delete 262, point read 352, update 694, merge 722, batch rollback 773): LokiJS narrows with the binary index of
//    RowKey only, then compares PartitionKey row by row; our store-event log uses one row key for every order ("log"),
//    so that is a scan of the table; and every update is a remove + insert that walks both binary indices linearly
//    (lokijs adaptiveBinaryIndexRemove/getBinaryIndexPosition). Here each entity collection gets a map
//    PartitionKey → RowKey → entity fed by LokiJS's collection events (insert, update, delete; built from the data on
//    first use, after a reload too) that answers exactly those findOne calls (same strict equality as LokiJS's $eq,
//    lokijs Resultset.find: index range then LokiOps.$eq; null when absent), and the collection's binary indices are
//    dropped (nothing else reads them). A query (queryTableEntities, 280) filtered every entity of the table; when the
//    filter requires PartitionKey eq '<string>' (as an and-term at the top), only that partition's entities are
//    filtered, with upstream's where functions, sort and limit, so answers and continuation tokens are the same.
"use strict";
const fs = require("fs");
const path = require("path");
const { randomUUID } = require("crypto");
const { followCollection } = require("./patch-support.cjs");

const azurite = path.join(__dirname, "node_modules", "azurite");
const expected = "3.37.0";
const version = require(path.join(azurite, "package.json")).version;
const src = path.join(azurite, "dist", "src");
const tableStorePath = path.join(src, "table", "persistence", "LokiTableMetadataStore.js");
const blobStorePath = path.join(src, "blob", "persistence", "LokiBlobMetadataStore.js");
const queryNodes = path.join(src, "table", "persistence", "QueryInterpreter");

// ---------------------------------------------------------------------------------------------------------------------
// 1. Journal persistence for one LokiJS fs database.

const journalHeader = (snapshot) => `${JSON.stringify({ snapshot })}\n`;

// Where the document with this $loki is, or would go, in a data array sorted by $loki (LokiJS keeps data in $loki
// order: inserts push a new, larger $loki; removes splice; updates replace in place).
function lokiPosition(data, id) {
  let low = 0;
  let high = data.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (data[mid].$loki < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Applies the journal's lines to the collections LokiJS has just loaded from the database file, the way LokiJS applied
// the changes when they were made, so the binary indices come out as upstream's file would hold them (their order
// among equal values is what a listing's ties follow). A document changed or added replaces/joins the data at its
// $loki place and is re-filed with LokiJS's own adaptive functions (insert and update file it at the start of its
// value's range, lokijs adaptiveBinaryIndexInsert/Update), in the order of each document's last change. When LokiJS
// rebuilt every index meanwhile (a batch remove or a batch update sorts them all again: removeBatchByPositions,
// adaptiveBatchOverride), the changes made before it only change data, then the indices are rebuilt the same way, then
// the later changes are re-filed one by one.
function replayJournal(db, text, file, snapshot) {
  const lines = text.split("\n");
  let header;
  try {
    header = JSON.parse(lines[0]);
  } catch {
    return; // torn while being reset: the database file holds everything
  }
  if (header.snapshot !== snapshot) return; // the journal of an earlier snapshot, which the file holds
  for (let at = 1; at < lines.length - 1; at++) { // the last piece is "" (after the final newline) or a torn line
    const line = JSON.parse(lines[at]); // a complete line that does not parse is corruption: fail loudly
    for (const [name, maxId, changes, rebuiltAfter] of line.changes) {
      const collection = db.getCollection(name);
      if (!collection) throw new Error(`[azurite-store-patch] ${file}: the journal names unknown collection ${name}`);
      const { data } = collection;
      const indexNames = Object.keys(collection.binaryIndices);
      changes.forEach((change, order) => {
        if (order === rebuiltAfter) rebuildIndices(collection);
        const refile = rebuiltAfter === null || order >= rebuiltAfter ? indexNames : [];
        const id = typeof change === "number" ? change : change.$loki;
        const position = lokiPosition(data, id);
        const present = data[position]?.$loki === id;
        if (typeof change === "number") {
          if (!present) return;
          for (const index of refile) collection.adaptiveBinaryIndexRemove(position, index);
          data.splice(position, 1);
        } else if (present) {
          data[position] = change;
          for (const index of refile) collection.adaptiveBinaryIndexUpdate(position, index);
        } else {
          data.splice(position, 0, change);
          // Upstream only ever appends (a new $loki is the largest); here a document added and changed again after
          // later ones were added comes back in the order of its last change, before them: the positions after it move.
          if (position < data.length - 1) {
            for (const index of indexNames) {
              const { values } = collection.binaryIndices[index];
              for (let at = 0; at < values.length; at++) if (values[at] >= position) values[at] += 1;
            }
          }
          for (const index of refile) collection.adaptiveBinaryIndexInsert(position, index);
        }
      });
      if (rebuiltAfter === changes.length) rebuildIndices(collection);
      collection.idIndex = null; // rebuilt from data on first use (lokijs Collection.get → ensureId)
      collection.maxId = Math.max(collection.maxId ?? 0, maxId);
    }
  }
}

// As removeBatchByPositions does it (lokijs: adaptiveBinaryIndices off, ensureAllIndexes(true), on again).
function rebuildIndices(collection) {
  const adaptive = collection.adaptiveBinaryIndices;
  collection.adaptiveBinaryIndices = false;
  collection.ensureAllIndexes(true);
  collection.adaptiveBinaryIndices = adaptive;
}

function attachJournal(db) {
  const adapter = db.persistenceAdapter;
  if (!adapter || db.options.persistenceMethod !== "fs") return; // in-memory: nothing to persist
  const journal = `${db.filename}.journal`;
  const state = { snapshotNeeded: true, journalBytes: 0, snapshotBytes: 0, collections: [] };
  // The collection objects the files hold: a table deleted and created again is a new object under the same name.
  const sameCollections = () =>
    state.collections.length === db.collections.length && db.collections.every((collection, at) => state.collections[at] === collection);
  const rebuilds = new WeakMap(); // collection → dirtyIds.length when LokiJS last rebuilt all its binary indices

  // Replaces LokiFsAdapter.loadDatabase: the same file, parsed here (as lokijs loadJSON does; loadDatabaseInternal hands
  // an object to loadJSONObject) to read the snapshot id the journal must name.
  adapter.loadDatabase = function loadDatabase(dbname, callback) {
    fs.readFile(dbname, "utf8", (error, text) => {
      if (error) return callback(error.code === "ENOENT" ? null : new Error(error));
      let database;
      try {
        database = text.length === 0 ? {} : JSON.parse(text);
      } catch (failure) {
        return callback(failure);
      }
      state.loadedSnapshot = database.journalSnapshot;
      callback(database);
    });
  };
  const load = db.loadDatabase;
  db.loadDatabase = function loadDatabase(options, callback) {
    return load.call(this, options, (error) => {
      if (!error) {
        try {
          if (fs.existsSync(journal)) replayJournal(db, fs.readFileSync(journal, "utf8"), journal, state.loadedSnapshot);
        } catch (failure) {
          return callback?.(failure);
        }
        state.snapshotNeeded = true;
      }
      callback?.(error);
    });
  };

  function snapshot(callback) {
    const id = randomUUID();
    db.journalSnapshot = id; // serialised with the database, read back by loadDatabase below
    for (const collection of db.collections) {
      collection.dirtyIds = [];
      rebuilds.delete(collection);
    }
    db.autosaveClearFlags(); // as upstream's "normal" mode does before its save
    const text = db.serialize();
    const collections = [...db.collections];
    adapter.saveDatabase(db.filename, text, (error) => {
      if (error) {
        state.snapshotNeeded = true;
        return callback(error);
      }
      fs.writeFile(`${journal}~`, journalHeader(id), (writeError) => {
        if (writeError) return callback(writeError);
        fs.rename(`${journal}~`, journal, (renameError) => {
          if (!renameError) Object.assign(state, { snapshotNeeded: false, journalBytes: 0, snapshotBytes: text.length, collections });
          else state.snapshotNeeded = true;
          callback(renameError ?? undefined);
        });
      });
    });
  }

  function append(callback) {
    const changes = [];
    for (const collection of db.collections) {
      const mark = rebuilds.get(collection);
      if (collection.dirtyIds.length === 0 && mark === undefined) continue;
      // Each changed document once, in the order of its last change: the document as it is now, or its $loki if gone.
      const last = new Map(); // $loki → where its last change is in dirtyIds
      collection.dirtyIds.forEach((id, at) => last.set(id, at));
      const ids = [...last.keys()].sort((a, b) => last.get(a) - last.get(b));
      // How many of them changed last before LokiJS last rebuilt the indices (null: no rebuild since the last save).
      const rebuiltAfter = mark === undefined ? null : ids.filter((id) => last.get(id) < mark).length;
      changes.push([collection.name, collection.maxId, ids.map((id) => collection.get(id) ?? id), rebuiltAfter]);
      rebuilds.delete(collection);
      collection.dirtyIds = [];
    }
    db.autosaveClearFlags();
    // Upstream's replacer (lokijs Loki.serializeReplacer) applies to every key of every document: same bytes per doc.
    const line = `${JSON.stringify({ changes }, db.serializeReplacer)}\n`;
    fs.appendFile(journal, line, (error) => {
      if (error) state.snapshotNeeded = true;
      else state.journalBytes += line.length;
      callback(error ?? undefined);
    });
  }

  // Replaces Loki.saveDatabaseInternal for this database (called by saveDatabase, its throttle, autosave and close).
  db.saveDatabaseInternal = function saveDatabaseInternal(callback) {
    const done = callback || ((error) => {
      if (error) throw error;
    });
    // A collection marked dirty without a changed document or a rebuild of its indices changed some other way: save it
    // all, as upstream.
    const otherChange = db.collections.some((collection) =>
      collection.dirty && collection.dirtyIds.length === 0 && !rebuilds.has(collection));
    const full = state.snapshotNeeded || otherChange || !sameCollections() ||
      state.journalBytes > Math.max(state.snapshotBytes, 1 << 20);
    if (full) snapshot(done);
    else append(done);
  };

  // A close leaves the database file complete on its own (what an unpatched Azurite would read).
  const close = db.close;
  db.close = function closeDatabase(callback) {
    state.snapshotNeeded = true; // the save close makes when something is unsaved writes the whole file
    if (state.journalBytes > 0 && !db.autosaveDirty()) {
      return db.saveDatabase((error) => (error ? callback?.(error) : close.call(db, callback)));
    }
    return close.call(db, callback);
  };

  const addCollection = db.addCollection;
  db.addCollection = function addTrackedCollection(...args) {
    const collection = addCollection.apply(this, args);
    collection.isIncremental = true; // makes LokiJS record the $loki of every changed document in dirtyIds
    const ensureAllIndexes = collection.ensureAllIndexes;
    Object.defineProperty(collection, "ensureAllIndexes", {
      enumerable: false,
      configurable: true,
      value(force) {
        const indices = Object.values(this.binaryIndices);
        if (indices.length > 0 && (force || indices.some((index) => index.dirty))) rebuilds.set(this, this.dirtyIds.length);
        return ensureAllIndexes.call(this, force);
      },
    });
    return collection;
  };
}

function patchPersistence(Store) {
  const init = Store.prototype.init;
  Store.prototype.init = function initWithJournal(...args) {
    attachJournal(this.db);
    return init.apply(this, args);
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// 2. Table entities by key, queries by partition.

// One index per entity collection object (a reload or a re-created table makes a new one), fed by its events.
class EntityIndex {
  constructor(collection) {
    this.partitions = new Map(); // PartitionKey → Map RowKey → entity
    this.keys = new Map(); // $loki → [PartitionKey, RowKey] the entity is filed under
    followCollection(collection, this);
  }

  add(doc) {
    let rows = this.partitions.get(doc.PartitionKey);
    if (!rows) {
      rows = new Map();
      this.partitions.set(doc.PartitionKey, rows);
    }
    // First one wins, as findOne returns the first match in index order (keys are unique in the store anyway).
    if (!rows.has(doc.RowKey)) rows.set(doc.RowKey, doc);
    this.keys.set(doc.$loki, [doc.PartitionKey, doc.RowKey]);
  }

  remove(doc) {
    const [partitionKey, rowKey] = this.keys.get(doc.$loki);
    const rows = this.partitions.get(partitionKey);
    if (rows.get(rowKey)?.$loki === doc.$loki) rows.delete(rowKey);
    if (rows.size === 0) this.partitions.delete(partitionKey);
    this.keys.delete(doc.$loki);
  }

  find(partitionKey, rowKey) {
    return this.partitions.get(partitionKey)?.get(rowKey) ?? null;
  }
}

// The partition key a query tree requires, if it has the form `PartitionKey eq '<string>'`, alone or as a term of
// top-level ands. EqualsNode.evaluate compares an IdentifierNode and a ConstantNode with ===, and IdentifierNode
// reads entity.PartitionKey, so no entity of another partition can match.
function requiredPartition(tree, nodes) {
  if (tree instanceof nodes.AndNode) return requiredPartition(tree.left, nodes) ?? requiredPartition(tree.right, nodes);
  if (!(tree instanceof nodes.EqualsNode)) return undefined;
  const sides = [[tree.left, tree.right], [tree.right, tree.left]];
  for (const [identifier, constant] of sides) {
    if (identifier instanceof nodes.IdentifierNode && identifier.identifier === "PartitionKey" &&
      constant.constructor === nodes.ConstantNode && typeof constant.value === "string") {
      return constant.value;
    }
  }
  return undefined;
}

function patchTable(Store) {
  const queryNode = (name) => require(path.join(queryNodes, "QueryNodes", `${name}.js`)).default;
  const nodes = Object.fromEntries(["AndNode", "EqualsNode", "IdentifierNode", "ConstantNode"].map((name) => [name, queryNode(name)]));
  const parseQuery = require(path.join(queryNodes, "QueryParser.js")).default;
  const QueryGenerator = require(path.join(src, "table", "persistence", "LokiTableStoreQueryGenerator.js")).default;
  const indices = new WeakMap();
  const proto = Store.prototype;

  proto.entityIndex = function entityIndex(collection) {
    let index = indices.get(collection);
    if (!index) {
      collection.binaryIndices = {};
      index = new EntityIndex(collection);
      indices.set(collection, index);
      const findOne = collection.findOne;
      // Only the exact shape the store uses for an entity by key; anything else goes to LokiJS.
      Object.defineProperty(collection, "findOne", {
        enumerable: false,
        configurable: true,
        value(query) {
          const keys = query && Object.keys(query);
          if (keys?.length === 2 && keys[0] === "RowKey" && keys[1] === "PartitionKey" &&
            typeof query.RowKey === "string" && typeof query.PartitionKey === "string") {
            return index.find(query.PartitionKey, query.RowKey);
          }
          return findOne.call(this, query);
        },
      });
    }
    return index;
  };

  // Replaces LokiTableMetadataStore.getEntityCollection (the way every entity operation reaches its collection).
  const getEntityCollection = proto.getEntityCollection;
  proto.getEntityCollection = function getIndexedEntityCollection(account, table, context) {
    const collection = getEntityCollection.call(this, account, table, context);
    this.entityIndex(collection);
    return collection;
  };

  // Replaces LokiTableMetadataStore.queryTableEntities (280-340): same filters, sort and limit over the entities of
  // the one partition the filter requires, or over all of them.
  proto.queryTableEntities = async function queryTableEntities(context, account, table, queryOptions, nextPartitionKey, nextRowKey) {
    const tableEntityCollection = this.getEntityCollection(account, table, context);
    const queryWhere = QueryGenerator.generateQueryForPersistenceLayer(queryOptions, context); // throws upstream's error
    const filter = queryOptions.filter;
    const partition = filter === undefined || filter === "" || filter === "true" || filter === "false"
      ? undefined
      : requiredPartition(parseQuery(filter), nodes);
    const maxResults = this.getMaxResultsOption(queryOptions);
    const decodedNextPartitionKey = this.decodeContinuationHeader(nextPartitionKey);
    const decodedNextRowKey = this.decodeContinuationHeader(nextRowKey);
    const candidates = partition === undefined
      ? tableEntityCollection.data
      : [...(this.entityIndex(tableEntityCollection).partitions.get(partition)?.values() ?? [])];
    const afterContinuation = (data) => {
      if (decodedNextPartitionKey !== undefined) {
        if (data.PartitionKey > decodedNextPartitionKey) return true;
      }
      if (decodedNextRowKey !== undefined) {
        return data.RowKey >= decodedNextRowKey &&
          (data.PartitionKey === decodedNextPartitionKey || data.PartitionKey === undefined);
      }
      if (decodedNextPartitionKey !== undefined) {
        if (data.PartitionKey < decodedNextPartitionKey) return false;
      }
      return true;
    };
    const byKeys = (obj1, obj2) => {
      if (obj1.PartitionKey > obj2.PartitionKey) return 1;
      if (obj1.PartitionKey === obj2.PartitionKey) {
        if (obj1.RowKey > obj2.RowKey) return 1;
        return obj1.RowKey === obj2.RowKey ? 0 : -1;
      }
      return -1;
    };
    const result = candidates.filter((doc) => queryWhere(doc) && afterContinuation(doc)).sort(byKeys).slice(0, maxResults + 1);
    const response = this.adjustQueryResultforTop(result, maxResults);
    return [result, response.nextPartitionKeyResponse, response.nextRowKeyResponse];
  };

  patchPersistence(Store);
}

function patchBlob(Store) {
  patchPersistence(Store);
}

if (version !== expected) {
  // The patch is written against one version's code: on another, leave Azurite as it is and say so.
  console.error(`[azurite-store-patch] azurite ${version} is not ${expected}; not patched`);
} else if (process.env.AZURITE_STORE_PATCH !== "off") {
  // "off": the test and the benchmark load this file to patch subclasses, or to run upstream for comparison.
  patchTable(require(tableStorePath).default);
  patchBlob(require(blobStorePath).default);
}

module.exports = { patchTable, patchBlob, tableStorePath, blobStorePath, expected, version };
