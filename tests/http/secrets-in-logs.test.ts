// Interaction tokens and the bot token never reach the log. A deferred reply whose follow-up fails
// (the Discord stand-in answers the PATCH to /webhooks/<app>/<token>/messages/@original with
// errors, or drops the socket) is driven end to end over real HTTP with a real signed /refresh,
// and every line the app logs meanwhile, at every level, is checked.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answering/engine.js";
import { KnowledgeStore } from "../../src/knowledge/store.js";
import { createLogger, scrubSecrets } from "../../src/logger.js";
import { startApp, type App } from "../../src/surfaces/app.js";
import { startDiscordStandin, type DiscordStandin, type FaultSpec } from "../support/discord/standin.js";
import { copyKnowledge } from "../discord/support/harness.js";
import { httpConfig, newKeys, signRequest, TOKEN } from "./support/http-harness.js";

type Line = Record<string, unknown>;
const FAILED = "could not deliver the deferred reply";

let standin: DiscordStandin;
let app: App;
let dir: string;
const keys = newKeys();
const lines: Line[] = [];

beforeAll(async () => {
  dir = copyKnowledge();
  standin = await startDiscordStandin({ token: TOKEN });
  const config = httpConfig(standin, keys, dir);
  // Every level: a token in a debug line is as leaked as one in an error line.
  const logger = createLogger(
    "trace",
    { write: (line: string) => void lines.push(JSON.parse(line) as Line) },
    { secrets: [config.DISCORD_TOKEN] },
  );
  app = await startApp({ config, logger, store: KnowledgeStore.open(dir, { createEngine }) });
});

afterAll(async () => {
  await app?.stop();
  await standin?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Base64url of "interaction:<id>:<random>", the shape of Discord's interaction tokens. */
const discordShapedToken = (id: string) =>
  Buffer.from(`interaction:${id}:${"x".repeat(40)}${Math.random().toString(36).slice(2)}`).toString(
    "base64url",
  );

async function failingRefresh(fault: Omit<FaultSpec, "method" | "path">, token?: string) {
  const payload = standin.buildInteraction({
    kind: "chatInput",
    commandName: "refresh",
    user: "moderator",
    ...(token ? { token } : {}),
  });
  const route = new RegExp(`^/webhooks/${standin.applicationId}/[^/]+/messages/@original$`);
  const handle = standin.failNext({ method: "PATCH", path: route, times: 20, ...fault });
  const from = lines.length;
  const body = JSON.stringify(payload);
  const res = await fetch(`${app.http.url}/interactions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...signRequest(keys.privateKey, body) },
    body,
  });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ type: 5, data: { flags: 64 } });
  await expect
    .poll(() => lines.slice(from).some((l) => l.msg === FAILED && l.interactionId === payload.id), {
      timeout: 20_000,
      interval: 50,
    })
    .toBe(true);
  handle.cancel();
  expect(handle.hits.length).toBeGreaterThan(0);
  return { token: payload.token as string, produced: lines.slice(from) };
}

function expectNoSecret(produced: Line[], token: string) {
  expect(produced.length).toBeGreaterThan(0);
  for (const line of produced) {
    const text = JSON.stringify(line);
    expect(text, `log line "${String(line.msg)}" carries the interaction token`).not.toContain(token);
    expect(text, `log line "${String(line.msg)}" carries the bot token`).not.toContain(TOKEN);
  }
}

describe("a failing deferred follow-up logs no token", () => {
  const cases: [string, Omit<FaultSpec, "method" | "path">][] = [
    ["500 on every attempt", { status: 500 }],
    [
      "404 on every attempt (the follow-up's own retries)",
      { status: 404, body: { message: "Unknown Webhook", code: 10015 } },
    ],
    ["401 invalid webhook token", { status: 401, body: { message: "Invalid Webhook Token", code: 50027 } }],
    ["the socket dropped", { destroySocket: true }],
  ];
  for (const [name, fault] of cases) {
    it(name, async () => {
      const { token, produced } = await failingRefresh(fault);
      expectNoSecret(produced, token);
      const failure = produced.find((l) => l.msg === FAILED)!;
      expect(failure.level).toBe(50);
      // Still useful: the route is there, only the token is gone.
      const url = (failure.err as { url?: string } | undefined)?.url;
      if (url !== undefined)
        expect(url).toMatch(
          new RegExp(`/webhooks/${standin.applicationId}/\\[redacted\\]/messages/(@|%40)original$`),
        );
    });
  }

  it("a token shaped like Discord's (base64 of interaction:...) is gone too", async () => {
    const token = discordShapedToken("1234");
    const { produced } = await failingRefresh(
      { status: 404, body: { message: "Unknown Webhook", code: 10015 } },
      token,
    );
    expectNoSecret(produced, token);
  });
});

describe("scrubbing the lines themselves", () => {
  const capture = (secrets: string[] = []) => {
    const out: string[] = [];
    return { out, logger: createLogger("trace", { write: (l: string) => void out.push(l) }, { secrets }) };
  };

  it("in messages, stacks, nested errors and any field named like a credential", () => {
    const { out, logger } = capture();
    const token = discordShapedToken("99");
    const err = Object.assign(
      new Error(`PATCH https://discord.com/api/v10/webhooks/123/${token}/messages/@original failed`),
      {
        url: `https://discord.com/api/v10/webhooks/123/${token}/messages/@original`,
      },
    );
    const nested = {
      attempts: [{ url: `https://discord.com/api/v10/interactions/456/${token}/callback`, status: 500 }],
    };
    logger.error(
      {
        err,
        nested,
        deep: { a: { b: { c: { token } } } },
        headers: { Authorization: "Bot abc.def.ghi-long-enough" },
        access_token: "s3cr3t-value",
      },
      `while sending ${token}`,
    );
    const line = out.join("");
    expect(line).not.toContain(token);
    expect(line).not.toContain("s3cr3t-value");
    expect(line).not.toContain("abc.def.ghi-long-enough");
    expect(line).toContain("/webhooks/123/[redacted]/messages/@original");
    expect(line).toContain("/interactions/456/[redacted]/callback");
  });

  it("the bot token: by shape, and by value whatever its shape", () => {
    const shaped = "MTA5ODc2NTQzMjEwOTg3NjU0MzI.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789_-";
    const { out, logger } = capture(["plain-configured-token-value"]);
    logger.warn(
      { err: new Error(`An invalid token was provided: ${shaped}`) },
      "login failed with plain-configured-token-value",
    );
    const line = out.join("");
    expect(line).not.toContain(shaped);
    expect(line).not.toContain("plain-configured-token-value");
  });

  it("leaves ordinary log content alone", () => {
    const line = JSON.stringify({
      msg: "http server listening",
      url: "/interactions",
      version: "a1b2c3",
      interactionId: "123456789012345678",
      section: "Relocation for poverty alleviation",
    });
    expect(scrubSecrets(line)).toBe(line);
  });
});
