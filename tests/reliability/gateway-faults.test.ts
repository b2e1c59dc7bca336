// Gateway and REST faults, with the real bot (createBot: real discord.js Client, real knowledge
// store over a temp copy of knowledge/) against the Discord stand-in on 127.0.0.1:
//  - the gateway socket drops mid-session (clean close, TCP reset, with a reply in flight): the
//    client RESUMEs its session (no new IDENTIFY), and questions asked meanwhile and after are answered;
//  - REST answers 429 with retry-after: discord.js waits that long, retries, the reply is delivered;
//  - REST answers 500 to every attempt of a reply: the failure is logged (pino, captured here),
//    nothing is thrown out of the bot, and the next question is answered.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answering/engine.js";
import { KnowledgeStore } from "../../src/knowledge/store.js";
import { createLogger } from "../../src/logger.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";
import { createBot, type Bot } from "../../src/surfaces/discord/bot.js";
import { CALLBACK_ATTEMPTS } from "../../src/surfaces/discord/callback.js";
import {
  OptionType,
  startDiscordStandin,
  type DiscordStandin,
  type Json,
  type RecordedRequest,
} from "../support/discord/standin.js";
import { embedLimitProblems, pingProblems } from "./support/embed-checks.js";

const TOKEN = "test-token-for-the-gateway-fault-tests";
const Q = "How many rural poor residents were lifted out of poverty?";
const FIGURE = "1.033 million rural poor residents";
const Q2 = "How many households were relocated?";
const FIGURE2 = "5853 households";
const CALLBACK = "/interactions/:id/:token/callback";
const PINO_ERROR = 50;

let standin: DiscordStandin;
let bot: Bot;
let dir: string;
const logs: Record<string, unknown>[] = [];
const processErrors: unknown[] = [];
const onProcessError = (e: unknown) => void processErrors.push(e);

beforeAll(async () => {
  process.on("unhandledRejection", onProcessError);
  process.on("uncaughtException", onProcessError);
  dir = mkdtempSync(join(tmpdir(), "report-bot-gateway-faults-"));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  standin = await startDiscordStandin({ token: TOKEN });
  // pino writes each log line (JSON) to this stream: the test reads what the bot logged.
  const logger = createLogger("debug", {
    write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  bot = createBot({
    config: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_INTENTS: ["guilds", "guild_messages", "direct_messages"],
      MODERATOR_ROLE_IDS: [],
      DISCORD_API_URL: standin.restUrl,
      ASK_COOLDOWN_SECONDS: 0,
      KNOWLEDGE_CHECK_SECONDS: 0,
    },
    store: KnowledgeStore.open(dir, { createEngine }),
    logger,
    // Discord's 3 s response window, widened so that retry counts do not depend on how busy the machine is.
    callbackWindowMs: 60_000,
  });
  await bot.start();
});

afterEach(() => {
  standin.clearFaults();
  expect(processErrors, "nothing may escape the bot as an unhandled error").toEqual([]);
});

afterAll(async () => {
  await bot?.stop();
  await standin?.close();
  rmSync(dir, { recursive: true, force: true });
  process.off("unhandledRejection", onProcessError);
  process.off("uncaughtException", onProcessError);
});

const ask = (question: string) =>
  standin.interactionCreate({
    kind: "chatInput",
    commandName: "ask",
    options: [{ name: "question", type: OptionType.String, value: question }],
  });
const callbackPath = (p: Json) => `/interactions/${p.id}/${p.token}/callback`;
const attempts = (p: Json) => standin.findRequests({ method: "POST", path: callbackPath(p) });

/** The successful callback of interaction `p` (waits for it). */
async function answered(p: Json, timeoutMs = 10_000): Promise<RecordedRequest> {
  const cb = await standin.waitForRequest(
    (r: RecordedRequest) => r.method === "POST" && r.path === callbackPath(p) && r.status === 204,
    { timeoutMs },
  );
  expect(cb.body.type).toBe(4);
  const embed = cb.body.data.embeds[0];
  expect(embedLimitProblems(embed)).toEqual([]);
  expect(pingProblems(embed)).toEqual([]);
  expect(cb.body.data.allowed_mentions).toEqual({ parse: [] });
  return cb;
}
const titleOf = (cb: RecordedRequest) => cb.body.data.embeds[0].title as string;

const errorLogs = (since: number) => logs.slice(since).filter((l) => (l.level as number) >= PINO_ERROR);

/** Resolves on the client's next shardResume event. */
const nextResume = () => new Promise<void>((resolve) => bot.client.once("shardResume", () => resolve()));

describe("the gateway socket drops mid-session", () => {
  it.each([
    ["closed by Discord (code 4000)", { code: 4000 }],
    ["reset (TCP connection destroyed, close 1006)", { terminate: true }],
  ])(
    "%s: the client resumes (no new identify) and questions asked meanwhile and after are answered",
    async (_name, how) => {
      expect(titleOf(await answered(ask(Q)))).toBe(FIGURE);
      const { identifies, resumes } = standin.gateway;
      const logMark = logs.length;
      const resumed = nextResume();

      expect(await standin.dropConnection(how)).toBe(1);
      // Asked while the socket is down: Discord keeps it for the session and replays it on RESUME.
      const meanwhile = ask(Q2);
      await resumed;
      expect(titleOf(await answered(meanwhile))).toBe(FIGURE2);
      expect(standin.gateway.resumes).toBe(resumes + 1);
      expect(standin.gateway.identifies).toBe(identifies);
      expect(standin.connectedSessions).toBe(1);

      expect(titleOf(await answered(ask(Q)))).toBe(FIGURE);
      expect(errorLogs(logMark)).toEqual([]);
    },
  );

  it("with a reply in flight: the REST reply is not affected, the session resumes, the next question is answered", async () => {
    const { identifies, resumes } = standin.gateway;
    // Held until the connection has been dropped (a fixed delay could run out first on a busy machine).
    let release!: () => void;
    const slow = standin.failNext({
      method: "POST",
      path: CALLBACK,
      until: new Promise<void>((r) => (release = r)),
    });
    const p = ask(Q);
    // Wait until the bot's reply has reached Discord and is being held there.
    const inFlight = () => standin.requests.filter((r) => r.method === "POST" && r.path === callbackPath(p));
    await expect.poll(() => inFlight().length, { timeout: 20_000, interval: 5 }).toBe(1);
    expect(inFlight()[0]!.status).toBeNull();
    const resumed = nextResume();
    await standin.dropConnection({ code: 4000 });
    expect(inFlight()[0]!.status).toBeNull(); // still held while the connection is down
    release();
    expect(titleOf(await answered(p))).toBe(FIGURE);
    expect(slow.hits).toHaveLength(1);
    await resumed;
    expect(standin.gateway.resumes).toBe(resumes + 1);
    expect(standin.gateway.identifies).toBe(identifies);
    expect(titleOf(await answered(ask(Q2)))).toBe(FIGURE2);
  });

  it("dropped twice in a row: resumes each time, still one session", async () => {
    const { identifies, resumes } = standin.gateway;
    for (let i = 0; i < 2; i++) {
      const resumed = nextResume();
      await standin.dropConnection({ code: 4000 });
      await resumed;
    }
    expect(standin.gateway.resumes).toBe(resumes + 2);
    expect(standin.gateway.identifies).toBe(identifies);
    expect(titleOf(await answered(ask(Q2)))).toBe(FIGURE2);
  });
});

describe("REST rate limits", () => {
  it("429 with retry-after on the interaction callback: the bot waits, retries, the reply is delivered", async () => {
    const fault = standin.failNext({ method: "POST", path: CALLBACK, status: 429, retryAfter: 0.3 });
    const logMark = logs.length;
    const p = ask(Q);
    const cb = await answered(p);
    expect(titleOf(cb)).toBe(FIGURE);
    const tries = attempts(p);
    expect(tries.map((r) => r.status)).toEqual([429, 204]);
    expect(tries[0]!.responseBody).toMatchObject({ retry_after: 0.3 });
    expect(tries[1]!.body).toEqual(tries[0]!.body);
    expect((tries[1]!.receivedAt ?? 0) - (tries[0]!.respondedAt ?? 0)).toBeGreaterThanOrEqual(290);
    expect(fault.hits).toHaveLength(1);
    expect(errorLogs(logMark)).toEqual([]);
  });

  it("a global 429 on a mention's reply: retried after retry-after, the reply lands", async () => {
    const fault = standin.failNext({
      method: "POST",
      path: "/channels/:id/messages",
      status: 429,
      retryAfter: 0.2,
      global: true,
    });
    const mark = standin.mark();
    const incoming = standin.messageCreate({ content: Q2, mentionBot: true });
    const post = await standin.waitForRequest(
      (r: RecordedRequest) =>
        r.seq >= mark &&
        r.method === "POST" &&
        r.path === `/channels/${incoming.channel_id}/messages` &&
        r.status === 200,
      { timeoutMs: 10_000 },
    );
    expect(post.body.embeds[0].title).toBe(FIGURE2);
    expect(
      standin
        .findRequests({ method: "POST", path: `/channels/${incoming.channel_id}/messages` }, mark)
        .map((r) => r.status),
    ).toEqual([429, 200]);
    expect(fault.hits).toHaveLength(1);
  });
});

describe("REST server errors", () => {
  it("500 on every attempt of a reply: logged with the interaction, no crash, and the next question is answered", async () => {
    const fault = standin.failNext({ method: "POST", path: CALLBACK, status: 500, times: 1_000 });
    const logMark = logs.length;
    const p = ask(Q);
    // The reply (with discord.js's retries) fails, then the apology does too: both are logged.
    await expect
      .poll(() => logs.slice(logMark).some((l) => l.msg === "could not send the apology"), {
        timeout: 15_000,
        interval: 20,
      })
      .toBe(true);
    const failed = errorLogs(logMark);
    const delivery = failed.find((l) => l.interactionId === p.id && l.msg !== "could not send the apology");
    expect(delivery, JSON.stringify(failed)).toBeDefined();
    expect(delivery!.msg).toMatch(/could not deliver|failed/);
    expect(JSON.stringify(delivery!.err)).toMatch(/500|Internal Server Error/);
    expect(failed.find((l) => l.msg === "could not send the apology")!.interactionId).toBe(p.id);
    // The reply was tried CALLBACK_ATTEMPTS times (all within the response window), then the apology as often; every try got a 500.
    const tries = attempts(p);
    expect(tries.filter((r) => r.body.data?.embeds?.[0]?.title === FIGURE)).toHaveLength(CALLBACK_ATTEMPTS);
    expect(tries.filter((r) => /^Sorry/.test(r.body.data?.content ?? ""))).toHaveLength(CALLBACK_ATTEMPTS);
    expect(tries.every((r) => r.status === 500)).toBe(true);
    expect(fault.hits.length).toBe(tries.length);
    // The token is never logged.
    expect(JSON.stringify(logs)).not.toContain(TOKEN);

    fault.cancel();
    expect(bot.client.isReady()).toBe(true);
    expect(titleOf(await answered(ask(Q2)))).toBe(FIGURE2);
  });

  it("500 on every attempt of a mention's reply: logged, no crash, the next message is answered", async () => {
    const fault = standin.failNext({
      method: "POST",
      path: "/channels/:id/messages",
      status: 500,
      times: 1_000,
    });
    const logMark = logs.length;
    const incoming = standin.messageCreate({ content: Q, mentionBot: true });
    await expect
      .poll(
        () =>
          logs
            .slice(logMark)
            .some((l) => l.msg === "could not send the apology" && l.messageId === incoming.id),
        { timeout: 15_000, interval: 20 },
      )
      .toBe(true);
    expect(
      errorLogs(logMark).some((l) => l.msg === "message handler failed" && l.messageId === incoming.id),
    ).toBe(true);
    fault.cancel();

    const mark = standin.mark();
    const next = standin.messageCreate({ content: Q2, mentionBot: true });
    const post = await standin.waitForRequest(
      (r: RecordedRequest) =>
        r.seq >= mark &&
        r.method === "POST" &&
        r.path === `/channels/${next.channel_id}/messages` &&
        r.status === 200,
      { timeoutMs: 10_000 },
    );
    expect(post.body.embeds[0].title).toBe(FIGURE2);
  });

  it("a network error (connection closed before an answer) on a reply: not retried (it may have landed), logged, the member gets an apology", async () => {
    const fault = standin.failNext({ method: "POST", path: CALLBACK, destroySocket: true });
    const logMark = logs.length;
    const p = ask(Q2);
    const cb = await standin.waitForRequest(
      (r: RecordedRequest) => r.method === "POST" && r.path === callbackPath(p) && r.status === 204,
      { timeoutMs: 10_000 },
    );
    expect(cb.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(cb.body.data.content).toMatch(/^Sorry/);
    expect(fault.hits).toHaveLength(1);
    const logged = errorLogs(logMark).find((l) => l.interactionId === p.id);
    expect(logged?.msg).toBe("could not deliver the interaction response");
    expect(JSON.stringify(logged?.err)).toMatch(/other side closed|ECONNRESET|socket/i);
    expect(titleOf(await answered(ask(Q)))).toBe(FIGURE);
  });
});
