// Azurite's CPU per queue message against the backlog: for each size, a fresh Azurite queue service (on a temporary
// folder, as tools/stack.sh runs it) gets N messages, then they are all taken 32 at a time and deleted. Azurite's own
// CPU (utime + stime from /proc/<pid>/stat) is read before and after each phase. Run it with and without the preloaded
// patch (azurite-queue-patch.cjs) to compare; it starts Azurite, so inside /work/bin/netns-run on a shared machine.
//   node tools/emulators/queue-backlog-bench.mjs [--preload <file.cjs> | --no-preload] [--sizes 1000,10000] [--port 20001]
// One JSON line per size, then a summary line.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { queueClient } from "../chaos/azurite-queues.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const preload = args.includes("--no-preload") ? null : path.resolve(option("--preload", path.join(here, "azurite-queue-patch.cjs")));
const sizes = option("--sizes", "1000,10000").split(",").map(Number);
const port = Number(option("--port", "20001"));
const workers = 4; // concurrent receivers, as a host's few listeners
const ticksPerSecond = 100; // getconf CLK_TCK on Linux

const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond; // utime, stime (fields 14, 15)
};

const key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="; // Azurite's well-known dev key
const queues = queueClient(
  `AccountName=devstoreaccount1;AccountKey=${key};QueueEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
  300_000, // unpatched Azurite with a backlog of 10,000 takes longer than the chaos run's 15 s per request
);

async function startAzurite() {
  const location = mkdtempSync(path.join(tmpdir(), "queue-backlog-bench-"));
  const main = path.join(here, "node_modules", "azurite", "dist", "src", "queue", "main.js");
  const node = [...(preload ? ["--require", preload] : []), main];
  const child = spawn(process.execPath, [...node, "--location", location, "--silent", "--loose", "--skipApiVersionCheck",
    "--disableTelemetry", "--queueHost", "127.0.0.1", "--queuePort", String(port)], { stdio: ["ignore", "ignore", "inherit"] });
  for (let attempt = 0; ; attempt++) {
    try {
      await queues.listQueues();
      return { child, location };
    } catch (error) {
      if (attempt > 300 || child.exitCode !== null) throw new Error(`Azurite did not answer on ${port}: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 100)); // polling for the port to open
    }
  }
}

async function inParallel(count, work) {
  let next = 0;
  await Promise.all(Array.from({ length: workers * 4 }, async () => {
    while (next < count) await work(next++);
  }));
}

async function run(size) {
  const { child, location } = await startAzurite();
  try {
    const queue = "backlog";
    await queues.createQueue(queue);
    const fillStart = cpuMs(child.pid);
    await inParallel(size, (i) => queues.putMessage(queue, `message-${i}`));
    const drainStart = cpuMs(child.pid);
    const started = performance.now();
    let taken = 0;
    await Promise.all(Array.from({ length: workers }, async () => {
      for (;;) {
        const messages = await queues.getMessages(queue, 300, 32);
        if (messages.length === 0) return;
        taken += messages.length;
        await Promise.all(messages.map((message) => queues.deleteMessage(queue, message)));
      }
    }));
    const drainEnd = cpuMs(child.pid);
    if (taken !== size) throw new Error(`took ${taken} messages of ${size}`);
    return {
      messages: size,
      patch: preload ? path.basename(preload) : "none",
      send_cpu_ms_per_message: +((drainStart - fillStart) / size).toFixed(3),
      receive_delete_cpu_ms_per_message: +((drainEnd - drainStart) / size).toFixed(3),
      receive_delete_seconds: +((performance.now() - started) / 1000).toFixed(1),
    };
  } finally {
    child.kill();
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", resolve)));
    rmSync(location, { recursive: true, force: true });
  }
}

const results = await require("./patch-support.cjs").runSizes(sizes, run);
const [first, last] = [results[0], results.at(-1)];
console.log(JSON.stringify({
  patch: first.patch,
  receive_delete_cpu_ms_per_message: Object.fromEntries(results.map((r) => [r.messages, r.receive_delete_cpu_ms_per_message])),
  growth: +(last.receive_delete_cpu_ms_per_message / first.receive_delete_cpu_ms_per_message).toFixed(2),
}));
