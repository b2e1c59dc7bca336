// An http-mode app (real HTTP on 127.0.0.1, real knowledge store over a temp copy of knowledge/)
// with an Ed25519 keypair generated per run, the Discord stand-in for follow-ups, and a client
// that signs interaction requests like Discord does. `interact` also plays Discord's part after
// the response: it hands the response to the stand-in's callback route, which validates it as
// Discord would and creates the original message that deferred follow-ups then edit.
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { rmSync } from "node:fs";
import { loadBotConfig, type BotConfig } from "../../../src/config/bot.js";
import { createEngine, type Engine } from "../../../src/answering/engine.js";
import { KnowledgeStore } from "../../../src/knowledge/store.js";
import { createLogger } from "../../../src/logger.js";
import { startApp, type App } from "../../../src/surfaces/app.js";
import { publicKeyToHex } from "../../../src/surfaces/http/verify.js";
import {
  startDiscordStandin,
  type DiscordStandin,
  type InteractionSpec,
  type Json,
} from "../../support/discord/standin.js";
import { copyKnowledge } from "../../discord/support/harness.js";

export const TOKEN = "test-token-for-the-report-bot";

export type Keys = { publicKey: KeyObject; privateKey: KeyObject; hex: string };
export function newKeys(): Keys {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return { publicKey, privateKey, hex: publicKeyToHex(publicKey) };
}

export function signRequest(
  privateKey: KeyObject,
  body: string | Buffer,
  timestamp = String(Math.floor(Date.now() / 1000)),
) {
  const signature = sign(
    null,
    Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]),
    privateKey,
  ).toString("hex");
  return { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp };
}

export type HttpHarness = {
  app: App;
  url: string;
  keys: Keys;
  standin: DiscordStandin;
  store: KnowledgeStore<Engine>;
  dir: string;
  logs: Record<string, unknown>[];
  /** The clock of the cooldown and the knowledge checks. */
  clock: { now: number };
  /** POSTs a payload to /interactions, signed with `keys` (or as told). */
  post(
    payload: unknown,
    o?: { privateKey?: KeyObject; timestamp?: string; headers?: Record<string, string>; body?: string },
  ): Promise<Response>;
  /** Builds the interaction in the stand-in, POSTs it signed, relays the response to the stand-in; returns both. */
  interact(spec: InteractionSpec): Promise<{ payload: Json; status: number; body: Json }>;
  close(): Promise<void>;
};

/** The HTTP mode's settings against a stand-in: its REST URL and application, these keys, this knowledge. */
export function httpConfig(
  standin: DiscordStandin,
  keys: Keys,
  dir: string,
  env: Record<string, string> = {},
): BotConfig {
  return loadBotConfig({
    MODE: "http",
    HOST: "127.0.0.1",
    PORT: "0",
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: standin.applicationId,
    DISCORD_PUBLIC_KEY: keys.hex,
    DISCORD_API_URL: standin.restUrl,
    KNOWLEDGE_DIR: dir,
    ASK_COOLDOWN_SECONDS: "0",
    ...env,
  });
}

export async function startHttpHarness(
  o: {
    env?: Record<string, string>;
    commands?: unknown[];
    dir?: string;
    standin?: DiscordStandin;
    keys?: Keys;
  } = {},
): Promise<HttpHarness> {
  const dir = o.dir ?? copyKnowledge();
  const store = KnowledgeStore.open(dir, { createEngine });
  const standin = o.standin ?? (await startDiscordStandin({ token: TOKEN }));
  const keys = o.keys ?? newKeys();
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger("info", {
    write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const config = httpConfig(standin, keys, dir, o.env);
  const clock = { now: Date.now() };
  const app = await startApp({
    config,
    logger,
    store,
    now: () => clock.now,
    ...(o.commands ? { commands: o.commands } : {}),
  });
  const url = app.http.url;

  const post: HttpHarness["post"] = (payload, p = {}) => {
    const body = p.body ?? JSON.stringify(payload);
    const headers = p.headers ?? signRequest(p.privateKey ?? keys.privateKey, body, p.timestamp);
    return fetch(`${url}/interactions`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
  };

  let closed = false;
  return {
    app,
    url,
    keys,
    standin,
    store,
    dir,
    logs,
    clock,
    post,
    async interact(spec) {
      const payload = standin.buildInteraction(spec);
      const res = await post(payload);
      const body = (await res.json()) as Json;
      if (res.status === 200 && body.type !== 1) {
        // Discord's part: the response becomes the interaction's callback (validated, original message created).
        const cb = await fetch(
          `${standin.restUrl}/v10/interactions/${payload.id}/${payload.token}/callback`,
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
          },
        );
        if (cb.status !== 204)
          throw new Error(
            `the stand-in refused the response as Discord would: ${cb.status} ${await cb.text()}`,
          );
      }
      return { payload, status: res.status, body };
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.stop();
      if (!o.standin) await standin.close();
      if (!o.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
