// MODE=gateway also serves /healthz and /metrics on PORT (and no interactions endpoint); stop()
// drains: health is 503 while in-flight replies finish.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBotConfig } from "../../src/config/bot.js";
import { createEngine, type Engine } from "../../src/answering/engine.js";
import { KnowledgeStore } from "../../src/knowledge/store.js";
import { createLogger } from "../../src/logger.js";
import { startApp, type App } from "../../src/surfaces/app.js";
import { OptionType, startDiscordStandin, type DiscordStandin } from "../support/discord/standin.js";
import { callbackOf, copyKnowledge, TOKEN } from "../discord/support/harness.js";

let standin: DiscordStandin;
let app: App;
let dir: string;
let store: KnowledgeStore<Engine>;
beforeAll(async () => {
  dir = copyKnowledge();
  store = KnowledgeStore.open(dir, { createEngine });
  standin = await startDiscordStandin({ token: TOKEN });
  const config = loadBotConfig({
    HOST: "127.0.0.1",
    PORT: "0",
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: standin.applicationId,
    DISCORD_API_URL: standin.restUrl,
    KNOWLEDGE_DIR: dir,
    LOG_LEVEL: "silent",
  });
  expect(config.MODE).toBe("gateway");
  app = await startApp({ config, logger: createLogger("silent"), store });
});
afterAll(async () => {
  await app?.stop();
  await standin?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("gateway mode", () => {
  it("/healthz: 200 with mode, knowledge version and gateway state; no /interactions", async () => {
    const res = await fetch(`${app.http.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "ok",
      mode: "gateway",
      version: store.version,
      gateway: "ready",
    });
    expect((await fetch(`${app.http.url}/interactions`, { method: "POST", body: "{}" })).status).toBe(404);
  });

  it("/metrics counts gateway questions (the default cooldown of 5 s applies)", async () => {
    const ask = () =>
      standin.interactionCreate({
        kind: "chatInput",
        commandName: "ask",
        options: [
          { name: "question", type: OptionType.String, value: "How many households were relocated?" },
        ],
      });
    expect((await callbackOf(standin, ask())).body.data.embeds[0].title).toBe("5853 households");
    expect((await callbackOf(standin, ask())).body.data.content).toMatch(/Please wait/);
    const text = await (await fetch(`${app.http.url}/metrics`)).text();
    expect(text).toContain('report_bot_questions_total{surface="slash",result="answered"} 1');
    expect(text).toContain("report_bot_cooldown_refusals_total 1");
    expect(text).toMatch(/report_bot_interactions_total\{transport="gateway",kind="command"\} 2/);
  });

  it("stop(): health turns 503 while an in-flight reply finishes, then the port is closed", async () => {
    // The stand-in holds the callback until the test has looked at /healthz (no timer decides the order).
    let release!: () => void;
    const until = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fault = standin.failNext({ method: "POST", path: "/interactions/:id/:token/callback", until });
    const p = standin.interactionCreate({ kind: "chatInput", commandName: "help" });
    await expect.poll(() => fault.hits.length, { interval: 5 }).toBe(1);
    const stopping = app.stop();
    const during = await fetch(`${app.http.url}/healthz`).then(
      (r) => r.status,
      () => "closed",
    );
    expect(standin.getInteraction(p.id)?.acknowledged).toBe(false);
    release();
    await stopping;
    expect([503, "closed"]).toContain(during);
    expect(standin.getInteraction(p.id)?.acknowledged).toBe(true);
    await expect(fetch(`${app.http.url}/healthz`)).rejects.toThrow();
  });
});
