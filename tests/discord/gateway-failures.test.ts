// Gateway failures are loud and /healthz tells the truth, with the real app (startApp: discord.js
// client + the HTTP server) against the Discord stand-in's gateway faults:
//  - every close is logged with its code; a refused reconnect loop is logged with the count;
//  - /healthz answers 503 once the gateway has not been ready for longer than the grace period,
//    both for a bot that never got READY and for one whose connection dropped, and 200 once back;
//  - an unrecoverable close after start (the token was reset: 4004) reaches the app's onFatal.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBotConfig } from "../../src/config/bot.js";
import { createEngine } from "../../src/answering/engine.js";
import { KnowledgeStore } from "../../src/knowledge/store.js";
import { createLogger } from "../../src/logger.js";
import { startApp, type App } from "../../src/surfaces/app.js";
import { startDiscordStandin, type DiscordStandin } from "../support/discord/standin.js";
import { copyKnowledge, TOKEN } from "./support/harness.js";

type Log = Record<string, unknown>;
const PINO_WARN = 40;

async function start(standin: DiscordStandin, dir: string, logs: Log[], env: Record<string, string> = {}) {
  const config = loadBotConfig({
    HOST: "127.0.0.1",
    PORT: "0",
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: standin.applicationId,
    DISCORD_API_URL: standin.restUrl,
    KNOWLEDGE_DIR: dir,
    ASK_COOLDOWN_SECONDS: "0",
    // No grace: health turns 503 as soon as the gateway is not ready (the default is 30 s).
    GATEWAY_HEALTH_GRACE_SECONDS: "0",
    ...env,
  });
  const logger = createLogger("debug", { write: (line: string) => void logs.push(JSON.parse(line) as Log) });
  return startApp({ config, logger, store: KnowledgeStore.open(dir, { createEngine }) });
}

const health = async (url: string) => {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: (await res.json()) as Log };
};

describe("a running bot whose connection drops", () => {
  let standin: DiscordStandin;
  let app: App;
  let dir: string;
  const logs: Log[] = [];
  beforeAll(async () => {
    dir = copyKnowledge();
    standin = await startDiscordStandin({ token: TOKEN });
    app = await start(standin, dir, logs);
  });
  afterAll(async () => {
    await app?.stop();
    await standin?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("logs the close with its code, and the return", async () => {
    expect(await health(app.http.url)).toMatchObject({ status: 200, body: { gateway: "ready" } });
    const mark = logs.length;
    await standin.dropConnection({ code: 4000 });
    await expect
      .poll(() => logs.slice(mark).some((l) => l.msg === "gateway connected again"), { timeout: 10_000 })
      .toBe(true);
    expect(logs.slice(mark).find((l) => String(l.msg).startsWith("gateway closed"))).toMatchObject({
      level: PINO_WARN,
      code: 4000,
      meaning: "unknown error",
      shard: 0,
      closesInARow: 1,
    });
  });

  it("a refused reconnect loop is logged with its count, /healthz turns 503, and 200 once the gateway is back", async () => {
    const mark = logs.length;
    standin.gatewayFaults.refuseUpgrades = true;
    await standin.dropConnection({ terminate: true });
    // Every refused attempt is a close (1006: no close frame); the first ones at warn, the rest summarised.
    await expect
      .poll(() => logs.slice(mark).filter((l) => l.code === 1006).length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(3);
    const closes = logs.slice(mark).filter((l) => l.code === 1006);
    expect(closes.map((l) => l.closesInARow)).toEqual(closes.map((_, i) => i + 1));
    expect(closes[0]).toMatchObject({
      level: PINO_WARN,
      meaning: "connection refused or lost without a close frame",
    });

    const down = await health(app.http.url);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      status: "gateway not ready",
      gateway: "reconnecting",
      lastCloseCode: 1006,
    });

    standin.gatewayFaults.refuseUpgrades = false;
    await expect
      .poll(async () => (await health(app.http.url)).status, { timeout: 15_000, interval: 100 })
      .toBe(200);
    expect((await health(app.http.url)).body).toMatchObject({ status: "ok", gateway: "ready" });
  });

  it("an unrecoverable close after start (the token was reset: 4004) is fatal", async () => {
    const fatal = new Promise<Error>((resolve) => app.onFatal(resolve));
    standin.gatewayFaults.identifyCloseCode = 4004;
    standin.invalidateSessions(false); // the client must IDENTIFY again, and is refused
    const err = await fatal;
    expect(err.name).toBe("GatewayStartError");
    expect(err.message).toMatch(/Discord refused the bot token \(gateway close 4004/);
    standin.gatewayFaults.identifyCloseCode = null;
  });
});

describe("a bot that never gets READY", () => {
  it("/healthz is 503 (not 200 'connecting') while it waits, and start-up succeeds once READY comes", async () => {
    const dir = copyKnowledge();
    const standin = await startDiscordStandin({ token: TOKEN });
    standin.gatewayFaults.withholdReady = true;
    const logs: Log[] = [];
    const starting = start(standin, dir, logs, { GATEWAY_READY_TIMEOUT_SECONDS: "600" });
    let app: App | undefined;
    try {
      await expect
        .poll(
          () =>
            logs.some((l) => l.msg === "http server listening") &&
            standin.gateway.received.some((f) => f.op === 2),
          { timeout: 20_000 },
        )
        .toBe(true);
      const port = logs.find((l) => l.msg === "http server listening")!.port as number;
      const waiting = await health(`http://127.0.0.1:${port}`);
      expect(waiting.status).toBe(503);
      expect(waiting.body).toMatchObject({ status: "gateway not ready", gateway: "connecting" });
      // READY from now on; the withheld session is dropped so the client identifies again.
      standin.gatewayFaults.withholdReady = false;
      await standin.dropConnection({ code: 4000 });
      app = await starting;
      expect(await health(app.http.url)).toMatchObject({ status: 200, body: { gateway: "ready" } });
    } finally {
      await (app ?? (await starting.catch(() => undefined)))?.stop();
      await standin.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
