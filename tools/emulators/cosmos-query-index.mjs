// An equality index for the Cosmos emulator's queries, as Cosmos DB's own index serves them.
//
// Cosmos DB indexes every path by default and answers `WHERE c.status = @status` from the index, without reading the
// other documents; @vercel/cosmosdb-server evaluates every query over every document of the container. The queries
// that poll (the ops overview's COUNT per status and its lists, the timer sweeps' pending flags) then cost in
// proportion to every order ever stored, and their share of the emulator's CPU per order grows with the run.
//
// Here a container keeps, for each top-level field an equality query has named, which documents hold which scalar
// value (maintained by the container's own Map of documents, so every write, delete and journal replay keeps it true).
// A query whose WHERE is `c.f = <scalar>` (alone or ANDed with more conditions, no JOIN) is run on the documents with
// that value only: it still evaluates its whole WHERE on them, and its rows are ordered by the query's ORDER BY and
// the resource id, never by the order documents are handed in, so the answer is the same. `SELECT VALUE COUNT(1)`
// with only that condition is answered from the index's size. Everything else runs as before.
import { createRequire } from "node:module";

const vercel = createRequire(createRequire(import.meta.url).resolve("@vercel/cosmosdb-server/package.json"));
const Items = vercel("./lib/account/items").default;
const Documents = vercel("./lib/account/documents").default;

const isScalar = (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/** The documents of one container, with their equality indexes: a Map of resource id to document, as before. */
class IndexedDocuments extends Map {
  constructor(entries) {
    super();
    this.indexes = new Map(); // field -> value -> Set of resource ids
    for (const [rid, item] of entries) this.set(rid, item);
  }

  set(rid, item) {
    if (this.indexes.size > 0) {
      const before = super.get(rid)?.read();
      const after = item.read();
      for (const [field, index] of this.indexes) {
        if (before && before[field] === after[field] && isScalar(after[field])) continue;
        if (before) remove(index, before[field], rid);
        add(index, after[field], rid);
      }
    }
    return super.set(rid, item);
  }

  delete(rid) {
    const before = super.get(rid)?.read();
    if (before) for (const [field, index] of this.indexes) remove(index, before[field], rid);
    return super.delete(rid);
  }

  clear() {
    for (const index of this.indexes.values()) index.clear();
    super.clear();
  }

  /** Resource ids of the documents whose `field` is `value` (a scalar); the index is built on first use. */
  matching(field, value) {
    let index = this.indexes.get(field);
    if (!index) {
      index = new Map();
      for (const [rid, item] of this) add(index, item.read()[field], rid);
      this.indexes.set(field, index);
    }
    return index.get(value) ?? new Set();
  }
}

function add(index, value, rid) {
  if (!isScalar(value)) return;
  let rids = index.get(value);
  if (!rids) index.set(value, (rids = new Set()));
  rids.add(rid);
}

function remove(index, value, rid) {
  const rids = isScalar(value) ? index.get(value) : undefined;
  if (!rids) return;
  rids.delete(rid);
  if (rids.size === 0) index.delete(value);
}

// ---- which queries the index serves -----------------------------------------------------------------------------

const scalarOf = (node, parameters) => {
  switch (node?.type) {
    case "parameter_name": {
      const parameter = (parameters ?? []).find((p) => p.name === node.name);
      return parameter && isScalar(parameter.value) ? { value: parameter.value } : null;
    }
    case "string_constant":
    case "number_constant":
    case "boolean_constant":
      return isScalar(node.value) ? { value: node.value } : null;
    default:
      return null;
  }
};

const conjuncts = (node) =>
  node?.type === "scalar_binary_expression" && node.operator === "AND" ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];

/** `{ field, value, alone }` when the query filters one container on `c.field = scalar`; otherwise null. */
export function equalityOf(ast, parameters) {
  const query = ast?.body;
  const source = query?.from?.source;
  const collection = source?.expression;
  if (query?.type !== "select_query" || !query.where || source.alias || (query.from.joins ?? []).length > 0 ||
      collection?.type !== "collection_expression" || collection.expression?.type !== "identifier") return null;
  const root = collection.expression.name;
  const terms = conjuncts(query.where.condition);
  for (const term of terms) {
    const member = term?.left;
    if (term?.type !== "scalar_binary_expression" || term.operator !== "=" || member?.type !== "scalar_member_expression" ||
        member.computed || member.object?.type !== "identifier" || member.object.name !== root || member.property?.type !== "identifier") continue;
    const scalar = scalarOf(term.right, parameters);
    if (scalar) return { field: member.property.name, value: scalar.value, alone: terms.length === 1 };
  }
  return null;
}

/** `SELECT VALUE COUNT(<constant>) FROM c WHERE <one condition>`: no TOP, no ORDER BY. */
function isCountOnly(ast) {
  const { top, select, orderBy } = ast.body;
  const count = select?.value;
  return !top && !orderBy && count?.type === "scalar_function_expression" && count.name?.name?.toUpperCase() === "COUNT" &&
    count.arguments?.length === 1 && ["number_constant", "string_constant", "boolean_constant"].includes(count.arguments[0].type);
}

let installed = false;

/** From now on containers answer equality queries from their index. Call before the server takes requests. */
export function installQueryIndex() {
  if (installed) return;
  installed = true;
  const query = Items.prototype.query;
  Items.prototype.query = function indexedQuery(params, { maxItemCount, continuation }) {
    if (!this._parent.read()) return null;
    const compiled = this._getQuery(params.query);
    const equality = equalityOf(compiled.ast, params.parameters); // documents only: databases and containers are few
    if (!equality || !(this instanceof Documents)) return query.call(this, params, { maxItemCount, continuation });
    if (!(this._data instanceof IndexedDocuments)) this._data = new IndexedDocuments(this._data);
    const rids = this._data.matching(equality.field, equality.value);
    if (equality.alone && isCountOnly(compiled.ast)) return { result: [rids.size], continuation: null };
    // What upstream's Items.query does, on the documents that can match instead of all of them.
    const documents = [];
    for (const rid of rids) documents.push(this._data.get(rid).read());
    const parent = this._parent.read();
    const compositeIndexes = (parent.indexingPolicy ? parent.indexingPolicy.compositeIndexes : null) || [];
    try {
      return compiled.exec(documents, { parameters: params.parameters, udf: this._userDefinedFunctions(), maxItemCount, continuation, compositeIndexes });
    } catch (err) {
      err.badRequest = true;
      throw err;
    }
  };
}
