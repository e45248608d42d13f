// The few Azure Storage queue calls the chaos run needs (list, peek, get, put, delete), signed with the account key
// from AzureWebJobsStorage (SharedKey, as the Storage REST API documents it), so no SDK is needed.
import { createHmac } from "node:crypto";
import { settings } from "./storefronts.mjs";

const version = "2021-08-06";
const tags = (xml, tag) => [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1]);

/** The calls below for the account a connection string names (tools/emulators/queue-backlog-bench.mjs uses its own). */
export function queueClient(connectionString, timeoutMs = 15_000) {
  const parts = Object.fromEntries(connectionString.split(";").filter(Boolean).map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]));
  const account = parts.AccountName;
  const key = Buffer.from(parts.AccountKey, "base64");
  const endpoint = parts.QueueEndpoint.replace(/\/$/, "");

  async function call(method, path, query = {}, body) {
    const url = new URL(endpoint + path);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    const date = new Date().toUTCString();
    const length = body ? Buffer.byteLength(body) : "";
    const canonicalQuery = Object.keys(query).sort().map((name) => `\n${name.toLowerCase()}:${query[name]}`).join("");
    const toSign = [method, "", "", length, "", body ? "application/xml" : "", "", "", "", "", "", "",
      `x-ms-date:${date}\nx-ms-version:${version}`, `/${account}${url.pathname}${canonicalQuery}`].join("\n");
    const headers = { "x-ms-date": date, "x-ms-version": version,
      authorization: `SharedKey ${account}:${createHmac("sha256", key).update(toSign, "utf8").digest("base64")}` };
    if (body) headers["content-type"] = "application/xml";
    const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${url.pathname} -> ${response.status}: ${text.slice(0, 300)}`);
    return text;
  }

  return {
    listQueues: async () => tags(await call("GET", "/", { comp: "list" }), "Name"),

    createQueue: (queue) => call("PUT", `/${queue}`),

    /** Up to `count` messages, taken invisible for `visibility` seconds (so they can be moved), with their text. */
    async getMessages(queue, visibility = 60, count = 32) {
      const xml = await call("GET", `/${queue}/messages`, { numofmessages: String(count), visibilitytimeout: String(visibility) });
      return tags(xml, "QueueMessage").map((m) => ({ id: tags(m, "MessageId")[0], popReceipt: tags(m, "PopReceipt")[0], text: tags(m, "MessageText")[0] }));
    },

    async peekCount(queue) {
      const xml = await call("GET", `/${queue}/messages`, { numofmessages: "32", peekonly: "true" });
      return tags(xml, "QueueMessage").length;
    },

    putMessage: (queue, text) => call("POST", `/${queue}/messages`, {}, `<QueueMessage><MessageText>${text}</MessageText></QueueMessage>`),

    deleteMessage: (queue, message) => call("DELETE", `/${queue}/messages/${message.id}`, { popreceipt: message.popReceipt }),
  };
}

export const { listQueues, getMessages, peekCount, putMessage, deleteMessage } = queueClient(settings.AzureWebJobsStorage);
