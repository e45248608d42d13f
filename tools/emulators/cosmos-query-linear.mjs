// Makes the Cosmos emulator's queries linear in the number of documents, with the same answers.
//
// @vercel/cosmosdb-server evaluates SQL with @zeit/cosmosdb-query, which compiles a query to JavaScript. Its FROM and
// JOIN clauses become `collection.reduce(($, c) => typeof c !== "undefined" ? [...$, { c }] : $, [])`: each document
// copies the whole accumulator, so one query over n documents copies n²/2 elements. Measured with
// cosmos-growth-bench.mjs: the ops overview's queries cost 52 ms of CPU at 1,000 orders and 2,056 ms at 10,000, the
// timer sweeps' 12 ms and 358 ms — which is what made the emulator's CPU per order grow fivefold in `./bench.sh 10000`.
//
// The accumulator is always the fresh `[]` that reduce starts from and nothing else sees it, so appending to it in
// place is the same computation: `[...$, a, ...b]` becomes `$h.appendTo($, [a, ...b])` (the same elements, in the same
// order). Only a spread of `$` in first place is rewritten, and only where `$` appears nowhere else in that array.
// The helper that strips `undefined` from every answer had the same shape; it is replaced by one that appends.
import { createRequire } from "node:module";

const vercel = createRequire(createRequire(import.meta.url).resolve("@vercel/cosmosdb-server/package.json"));
const query = createRequire(vercel.resolve("@zeit/cosmosdb-query/package.json"));
const transformer = query("./lib/transformer");
const helpers = query("./lib/helpers");

const ACCUMULATOR = "$";

const isAccumulator = (node) => node?.type === "Identifier" && node.name === ACCUMULATOR;

function mentionsAccumulator(node) {
  if (!node || typeof node !== "object") return false;
  if (isAccumulator(node)) return true;
  return Object.entries(node).some(([key, value]) =>
    key !== "loc" && (Array.isArray(value) ? value.some(mentionsAccumulator) : value && typeof value === "object" && mentionsAccumulator(value)));
}

// `[...$, rest]` with `$` nowhere in rest -> `$h.appendTo($, [rest])`
function appended(node) {
  if (node?.type !== "ArrayExpression" || node.elements.length === 0) return null;
  const [first, ...rest] = node.elements;
  if (first?.type !== "SpreadElement" || !isAccumulator(first.argument) || rest.some(mentionsAccumulator)) return null;
  return {
    type: "CallExpression",
    callee: { type: "MemberExpression", object: { type: "Identifier", name: "$h" }, property: { type: "Identifier", name: "appendTo" }, computed: false },
    arguments: [{ type: "Identifier", name: ACCUMULATOR }, { type: "ArrayExpression", elements: rest }],
  };
}

/** Rewrites, in place, every reducer `($, x) => [...$, ...]` (or `cond ? [...$, ...] : $`) started from `[]`; returns how many. */
export function rewriteAccumulators(node) {
  if (!node || typeof node !== "object") return 0;
  let rewritten = 0;
  if (node.type === "CallExpression" && node.callee?.type === "MemberExpression" && node.callee.property?.name === "reduce") {
    const [reducer, initial] = node.arguments;
    const startsEmpty = initial?.type === "ArrayExpression" && initial.elements.length === 0;
    if (startsEmpty && reducer?.type === "ArrowFunctionExpression" && isAccumulator(reducer.params[0])) {
      const body = reducer.body;
      const direct = appended(body);
      if (direct) {
        reducer.body = direct;
        rewritten += 1;
      } else if (body.type === "ConditionalExpression" && isAccumulator(body.alternate)) {
        const consequent = appended(body.consequent);
        if (consequent) {
          body.consequent = consequent;
          rewritten += 1;
        }
      }
    }
  }

  for (const [key, value] of Object.entries(node)) {
    if (key === "loc") continue;
    if (Array.isArray(value)) for (const child of value) rewritten += rewriteAccumulators(child);
    else if (value && typeof value === "object") rewritten += rewriteAccumulators(value);
  }

  return rewritten;
}

let installed = false;

/** From now on every query the emulator compiles appends in place. Call before the server answers its first query. */
export function installLinearQueries() {
  if (installed) return;
  installed = true;
  helpers.appendTo = (accumulator, items) => {
    for (const item of items) accumulator.push(item);
    return accumulator;
  };
  helpers.stripUndefined = function stripUndefined(value) {
    if (Array.isArray(value)) {
      const kept = [];
      for (const item of value) if (typeof item !== "undefined") kept.push(stripUndefined(item));
      return kept;
    }
    if (value && typeof value === "object") {
      const kept = {};
      for (const [key, item] of Object.entries(value)) if (typeof item !== "undefined") kept[key] = stripUndefined(item);
      return kept;
    }
    return value;
  };
  const transform = transformer.default;
  transformer.default = function linearTransform(...args) {
    const ast = transform.apply(this, args);
    rewriteAccumulators(ast);
    return ast;
  };
}
