// Durable storage for @vercel/cosmosdb-server, which keeps everything in memory.
//
// Every change to a database, container or document is appended to a journal (one JSON line per change) and the
// journal is written and fdatasync'ed before the server answers the request that made the change (group commit:
// one write and one sync for whatever changed meanwhile). At start the snapshot is loaded and the journal replayed on
// top of it (a torn last line from a crash is ignored), then both are compacted into a new snapshot: written to a
// temporary file, synced, renamed over the old one (atomic), the directory synced, and only then the journal emptied.
// Replaying a journal over a snapshot that already holds it changes nothing (records are keyed by resource id), so a
// crash between those steps loses nothing. The same compaction runs when the journal grows past its limit: 64 MiB, or
// the size of the last snapshot when that is larger, so that the snapshots written cost at most one byte per byte
// journaled however much the store holds (a fixed limit made each change cost more as the data grew: at 10,000 orders
// the snapshot is larger than 64 MiB). COSMOS_COMPACT_BYTES sets the 64 MiB (tests).
//
// Resource ids, ETags and timestamps are kept as they were, so clients' ETags stay valid across a restart.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const lib = (name) => require(`@vercel/cosmosdb-server/lib/account/${name}`);
const Items = lib("items").default;
const Databases = lib("databases").default;
const Collections = lib("collections").default;
const Documents = lib("documents").default;
const accountModule = lib("index");

const SNAPSHOT = "snapshot.json";
const JOURNAL = "journal.jsonl";
const COMPACT_BYTES = Number(process.env.COSMOS_COMPACT_BYTES) || 64 * 1024 * 1024;
const JOURNAL_PER_SNAPSHOT = 4;

/**
 * Makes the server's account durable in `dir`. Call before the server starts listening; returns
 * `deferUntilDurable(res)`, which holds a response's end until every change made so far is on disk.
 */
export function attachStore(dir, log) {
  fs.mkdirSync(dir, { recursive: true });
  const journalPath = path.join(dir, JOURNAL);
  const snapshotPath = path.join(dir, SNAPSHOT);
  let account = null;
  let replaying = false;
  let fd = -1;
  let journalBytes = 0;
  let snapshotBytes = 0;
  let pending = [];
  let written = 0; // changes appended
  let durable = 0; // changes on disk
  let flushing = false;
  const waiters = [];

  const fatal = (what, err) => {
    // A change we cannot make durable must not be answered as done.
    console.error(`[cosmos-store] FATAL: ${what}: ${err && err.stack ? err.stack : err}`);
    process.exit(70);
  };

  // ---- what a change is ----------------------------------------------------------------------
  const where = (items) => {
    if (items instanceof Databases) return { k: "db" };
    if (items instanceof Collections) return { k: "coll", db: items._parent.read().id };
    if (items instanceof Documents) return { k: "doc", db: items._parent.__db, coll: items._parent.read().id };
    return null; // partition key ranges and functions are derived or unused
  };

  const originalSet = Items.prototype._set;
  const originalDelete = Items.prototype.delete;
  Items.prototype._set = function persistentSet(data) {
    const result = originalSet.call(this, data);
    if (this instanceof Collections) this._data.get(data._rid).__db = this._parent.read().id;
    const at = !replaying && where(this);
    if (at) append({ ...at, op: "set", n: this._ridCount, d: data });
    return result;
  };
  Items.prototype.delete = function persistentDelete(idOrRid, partition) {
    const data = this._item("/id", idOrRid, partition).read();
    const result = originalDelete.call(this, idOrRid, partition);
    const at = !replaying && data && where(this);
    if (at) append({ ...at, op: "del", rid: data._rid });
    return result;
  };

  // ---- journal with group commit ---------------------------------------------------------------
  function append(record) {
    pending.push(JSON.stringify(record) + "\n");
    written += 1;
    if (!flushing) {
      flushing = true;
      setImmediate(flush);
    }
  }

  function flush() {
    const upTo = written;
    const bytes = Buffer.from(pending.join(""), "utf8");
    pending = [];
    writeAll(bytes, 0, (err) => {
      if (err) return fatal("journal write", err);
      fs.fdatasync(fd, (syncErr) => {
        if (syncErr) return fatal("journal sync", syncErr);
        journalBytes += bytes.length;
        durable = upTo;
        while (waiters.length && waiters[0].at <= durable) waiters.shift().done();
        if (journalBytes > Math.max(COMPACT_BYTES, JOURNAL_PER_SNAPSHOT * snapshotBytes)) compact();
        if (pending.length) setImmediate(flush);
        else flushing = false;
      });
    });
  }

  function writeAll(bytes, offset, done) {
    if (offset >= bytes.length) return done(null);
    fs.write(fd, bytes, offset, bytes.length - offset, null, (err, n) => (err ? done(err) : writeAll(bytes, offset + n, done)));
  }

  function deferUntilDurable(res) {
    const end = res.end;
    res.end = function endWhenDurable(...args) {
      const at = written;
      if (durable >= at) return end.apply(this, args);
      waiters.push({ at, done: () => end.apply(this, args) });
      return this;
    };
  }

  // ---- snapshot, replay, compaction -----------------------------------------------------------
  function snapshotOf() {
    const dump = (items, each) => ({ n: items._ridCount, items: [...items._data.values()].map(each) });
    return {
      version: 1,
      databases: dump(account.databases, (db) => ({
        d: db.read(),
        collections: dump(db.collections, (coll) => ({ d: coll.read(), documents: dump(coll.documents, (doc) => doc.read()) })),
      })),
    };
  }

  function writeFileDurably(file, text) {
    const tmp = `${file}.${process.pid}.tmp`;
    const tfd = fs.openSync(tmp, "w", 0o600);
    try {
      fs.writeSync(tfd, text);
      fs.fsyncSync(tfd);
    } finally {
      fs.closeSync(tfd);
    }
    fs.renameSync(tmp, file);
    const dfd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  }

  function compact() {
    const started = performance.now();
    const snapshot = JSON.stringify(snapshotOf());
    writeFileDurably(snapshotPath, snapshot);
    const compactedBytes = journalBytes;
    snapshotBytes = snapshot.length;
    if (fd >= 0) fs.closeSync(fd);
    fd = fs.openSync(journalPath, "w"); // emptied only once the snapshot holds everything
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = fs.openSync(journalPath, "a");
    journalBytes = 0;
    log(`compacted ${(compactedBytes / 1048576).toFixed(1)} MiB of journal into a snapshot of ${(snapshotBytes / 1048576).toFixed(1)} MiB in ${Math.round(performance.now() - started)} ms`);
  }

  const setItem = (items, data, n) => {
    const existing = items._data.get(data._rid);
    if (existing && !(items instanceof Documents)) existing._data = data; // keep its containers / documents
    else originalSet.call(items, data);
    if (items instanceof Collections) items._data.get(data._rid).__db = items._parent.read().id;
    items._ridCount = Math.max(items._ridCount, n || 0);
  };
  const deleteItem = (items, rid) => {
    const data = items._data.get(rid)?.read();
    if (data) originalDelete.call(items, data.id, items._getPartition(data));
  };
  const itemsOf = (r) => {
    if (r.k === "db") return account.databases;
    const db = account.database(r.db);
    if (!db.read()) return null;
    if (r.k === "coll") return db.collections;
    const coll = db.collection(r.coll);
    return coll.read() ? coll.documents : null;
  };

  function load() {
    replaying = true;
    let documents = 0;
    let changes = 0;
    if (fs.existsSync(snapshotPath)) {
      const snap = JSON.parse(fs.readFileSync(snapshotPath, "utf8"));
      for (const db of snap.databases.items) {
        setItem(account.databases, db.d, snap.databases.n);
        const database = account.database(db.d.id);
        for (const coll of db.collections.items) {
          setItem(database.collections, coll.d, db.collections.n);
          const collection = database.collection(coll.d.id);
          for (const doc of coll.documents.items) setItem(collection.documents, doc, coll.documents.n);
          collection.documents._ridCount = Math.max(collection.documents._ridCount, coll.documents.n);
          documents += coll.documents.items.length;
        }
      }
    }
    if (fs.existsSync(journalPath)) {
      const lines = fs.readFileSync(journalPath, "utf8").split("\n").filter((line) => line.length > 0);
      lines.forEach((line, i) => {
        let r;
        try {
          r = JSON.parse(line);
        } catch (err) {
          if (i === lines.length - 1) return log(`ignored a torn last journal line (${line.length} bytes)`);
          throw new Error(`journal line ${i + 1} is not JSON: ${err.message}`);
        }
        const items = itemsOf(r);
        if (!items) return;
        if (r.op === "set") setItem(items, r.d, r.n);
        else deleteItem(items, r.rid);
        changes += 1;
      });
    }
    replaying = false;
    compact();
    log(`loaded ${documents} documents from the snapshot and ${changes} journal changes from ${dir}`);
  }

  // The server creates its account when it starts listening; take it over right there.
  const BaseAccount = accountModule.default;
  accountModule.default = class PersistentAccount extends BaseAccount {
    constructor(...args) {
      super(...args);
      account = this;
      try {
        load();
      } catch (err) {
        fatal(`cannot load ${dir} (move it away to start empty)`, err);
      }
    }
  };

  return { deferUntilDurable };
}
