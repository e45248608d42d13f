// azurite-store-patch.cjs over HTTP, on a real Azurite (azurite.js with both preloads, as tools/stack.sh starts it) and a
// data folder: table and blob writes, one autosave (5 s), kill -9, restart, read back; one more write, a clean stop
// (SIGTERM), then an Azurite WITHOUT the patches on the same folder reads everything back (a close leaves the database
// files complete on their own). It uses Azurite's default ports: run it inside /work/bin/netns-run. Prints what it read;
// exits non-zero when something is missing.
//   node tools/emulators/azurite-restart-check.mjs
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
const em = path.dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "azurite-restart-check-"));
const key = Buffer.from( // Azurite's well-known development key
"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "base64");
const acct = "devstoreaccount1";
function start(patched) {
  const pre = patched ? ["--require", `${em}/azurite-queue-patch.cjs`, "--require", `${em}/azurite-store-patch.cjs`] : [];
  return spawn(process.execPath, [...pre, `${em}/node_modules/azurite/dist/src/azurite.js`, "--location", dir, "--silent", "--loose", "--skipApiVersionCheck", "--disableTelemetry"], { stdio: ["ignore", "inherit", "inherit"] });
}
async function table(method, p, body) {
  const date = new Date().toUTCString();
  const sig = createHmac("sha256", key).update(`${date}\n/${acct}/${acct}${p.split("?")[0]}`).digest("base64");
  const r = await fetch(`http://127.0.0.1:10002/${acct}${p}`, { method, body: body && JSON.stringify(body), headers: { "x-ms-date": date, "x-ms-version": "2019-02-02", authorization: `SharedKeyLite ${acct}:${sig}`, accept: "application/json;odata=nometadata", "content-type": "application/json" } });
  return [r.status, await r.text()];
}
async function blob(method, p, body) {
  const date = new Date().toUTCString();
  const len = body ? Buffer.byteLength(body) : "";
  const url = new URL(`http://127.0.0.1:10000/${acct}${p}`);
  const q = [...url.searchParams.keys()].sort().map((k) => `\n${k}:${url.searchParams.get(k)}`).join("");
  const hdr = { "x-ms-date": date, "x-ms-version": "2021-08-06" };
  if (method === "PUT" && body !== undefined) hdr["x-ms-blob-type"] = "BlockBlob";
  const canon = Object.keys(hdr).filter((k) => k.startsWith("x-ms-")).sort().map((k) => `${k}:${hdr[k]}`).join("\n");
  if (body !== undefined) hdr["content-type"] = "application/octet-stream";
  const s = [method, "", "", len === 0 ? "" : len, "", body !== undefined ? "application/octet-stream" : "", "", "", "", "", "", "", canon, `/${acct}${url.pathname}${q}`].join("\n");
  hdr.authorization = `SharedKey ${acct}:${createHmac("sha256", key).update(s).digest("base64")}`;
  const r = await fetch(url, { method, headers: hdr, body });
  return [r.status, (await r.text()).slice(0, 200)];
}
// An Azurite left running by a failed check would keep its ports: stop the one this check started, whatever happens.
let az;
process.on("exit", () => az?.kill("SIGKILL"));
const wait = async () => { for (let i = 0; i < 600; i++) { try { await table("GET", "/Tables"); return; } catch { await new Promise((r) => setTimeout(r, 100)); } } throw new Error("no azurite"); };
az = start(true); await wait();
console.log("create table", (await table("POST", "/Tables", { TableName: "smoke" }))[0]);
console.log("create container", (await blob("PUT", "/cont1?restype=container"))[0]);
for (let i = 0; i < 20; i++) await table("POST", "/smoke", { PartitionKey: `p${i % 3}`, RowKey: `r${i}`, N: i });
console.log("merge", (await table("MERGE", "/smoke(PartitionKey='p0',RowKey='r0')", { M: 1 }))[0]);
for (let i = 0; i < 5; i++) console.log("upload", (await blob("PUT", `/cont1/b${i}.txt`, `hello ${i}`))[0]);
await new Promise((r) => setTimeout(r, 6500)); // one autosave (5 s)
console.log("files", readdirSync(dir).join(" "));
az.kill("SIGKILL"); await new Promise((r) => az.once("exit", r));
az = start(true); await wait();
const [s1, q1] = await table("GET", "/smoke()?$filter=PartitionKey%20eq%20'p0'");
const afterKill = JSON.parse(q1).value.map((e) => `${e.RowKey}:${e.M ?? ""}`).join(",");
console.log("after kill -9: query p0", s1, afterKill);
const [blobStatus, blobText] = await blob("GET", "/cont1/b3.txt");
console.log("after kill -9: blob b3", blobStatus, blobText);
assert.equal(afterKill, "r0:1,r12:,r15:,r18:,r3:,r6:,r9:");
assert.deepEqual([blobStatus, blobText], [200, "hello 3"]);
await table("POST", "/smoke", { PartitionKey: "p9", RowKey: "late", N: 99 });
az.kill("SIGTERM"); await new Promise((r) => az.once("exit", r));
az = start(false); await wait();
const [s2, q2] = await table("GET", "/smoke()");
const entities = JSON.parse(q2).value;
console.log("unpatched after clean stop: entities", s2, entities.length, "late:", entities.some((e) => e.RowKey === "late"));
const last = await blob("GET", "/cont1/b4.txt");
console.log("unpatched: blob b4", ...last);
az.kill("SIGTERM"); await new Promise((r) => az.once("exit", r));
assert.equal(entities.length, 21);
assert.deepEqual(last, [200, "hello 4"]);
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ check: "azurite-restart", result: "data kept after kill -9 and after a clean stop" }));
