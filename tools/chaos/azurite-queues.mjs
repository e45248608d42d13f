// The few Azure Storage queue calls the chaos run needs (list, peek, get, put, delete), signed with the account key
// from AzureWebJobsStorage (SharedKey, as the Storage REST API documents it), so no SDK is needed.
import { createHmac } from "node:crypto";
import { settings } from "./storefronts.mjs";

const parts = Object.fromEntries(settings.AzureWebJobsStorage.split(";").filter(Boolean).map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]));
const account = parts.AccountName;
const key = Buffer.from(parts.AccountKey, "base64");
const endpoint = parts.QueueEndpoint.replace(/\/$/, "");
const version = "2021-08-06";

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
  const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${url.pathname} -> ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

const tags = (xml, tag) => [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1]);

export const listQueues = async () => tags(await call("GET", "/", { comp: "list" }), "Name");

/** Up to 32 messages, taken invisible for `visibility` seconds (so they can be moved), with their text. */
export async function getMessages(queue, visibility = 60) {
  const xml = await call("GET", `/${queue}/messages`, { numofmessages: "32", visibilitytimeout: String(visibility) });
  return tags(xml, "QueueMessage").map((m) => ({ id: tags(m, "MessageId")[0], popReceipt: tags(m, "PopReceipt")[0], text: tags(m, "MessageText")[0] }));
}

export async function peekCount(queue) {
  const xml = await call("GET", `/${queue}/messages`, { numofmessages: "32", peekonly: "true" });
  return tags(xml, "QueueMessage").length;
}

export const putMessage = (queue, text) => call("POST", `/${queue}/messages`, {}, `<QueueMessage><MessageText>${text}</MessageText></QueueMessage>`);

export const deleteMessage = (queue, message) => call("DELETE", `/${queue}/messages/${message.id}`, { popreceipt: message.popReceipt });
