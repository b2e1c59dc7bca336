// The running program in either mode, with one set of handlers:
//   gateway: the discord.js bot, plus a small HTTP server for /healthz and /metrics;
//   http:    Discord's interactions endpoint (POST /interactions) with /healthz and /metrics.
// stop() drains: health turns 503, no new work, in-flight replies and follow-ups finish (bounded).
// In gateway mode /healthz also turns 503 once the gateway has not been ready for longer than
// GATEWAY_HEALTH_GRACE_SECONDS (never connected, or disconnected and not back).
import type { Logger } from "pino";
import { ensureChartFonts } from "../charts/index.js";
import type { BotConfig } from "../config/bot.js";
import { warmEngine } from "../answering/warm.js";
import { createEngine } from "../answering/engine.js";
import { KnowledgeStore } from "../knowledge/store.js";
import { createBot, type Bot } from "./discord/bot.js";
import { loadCommands } from "./discord/commands/index.js";
import { createBotContext, knowledgeMetricsSource } from "./discord/context.js";
import { createInteractionHandler } from "./discord/handle.js";
import type { BotContext, KnowledgeSource } from "./discord/types.js";
import { createFollowUps } from "./http/followup.js";
import { startHttpServer, type HealthReport, type HttpServer } from "./http/server.js";
import { publicKeyFromHex } from "./http/verify.js";
import { logKnowledgeProblems } from "./knowledge-problems.js";
import { createMetrics, type BotMetrics } from "./metrics.js";

export type AppOptions = {
  config: BotConfig;
  logger: Logger;
  /** Default: KnowledgeStore.open(config.KNOWLEDGE_DIR, { createEngine }). */
  store?: KnowledgeSource;
  /** Command modules (default: the built-in ones). */
  commands?: unknown[];
  /** Clock of the cooldown and the knowledge checks (tests). */
  now?: () => number;
  /** Gateway mode: the HTTP server's port (default config.PORT; under the ShardingManager PORT + shard id). */
  httpPort?: number;
  /** Gateway mode: Discord's 3 s response window (tests shorten it). */
  callbackWindowMs?: number;
};

export type App = {
  mode: BotConfig["MODE"];
  http: HttpServer;
  metrics: BotMetrics;
  ctx: BotContext;
  bot?: Bot;
  stop(): Promise<void>;
  /** Called once if the program can no longer work (gateway mode: an unrecoverable gateway close). */
  onFatal(listener: (err: Error) => void): void;
};

/** Extra health of a transport: its fields in the body, and whether it is fit to serve. */
export type TransportHealth = { ok: boolean; fields: Record<string, unknown> };

export function healthOf(
  mode: string,
  store: KnowledgeSource | null,
  transport: () => TransportHealth = () => ({ ok: true, fields: {} }),
) {
  const startedAt = Date.now();
  return (draining: boolean): HealthReport => {
    const kb = store?.engine.kb;
    const loaded = Boolean(kb && kb.entries.length > 0);
    const t = transport();
    const extra = t.fields;
    return {
      ok: loaded && !draining && t.ok,
      body: {
        status: draining ? "draining" : !loaded ? "knowledge not loaded" : t.ok ? "ok" : "gateway not ready",
        mode,
        version: loaded ? store!.version : null,
        reports: kb?.reports.length ?? 0,
        entries: kb?.entries.length ?? 0,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        ...extra,
      },
    };
  };
}

/** Under discord.js's ShardingManager every shard is a process: each gets its own health port. */
function defaultHttpPort(config: BotConfig): number {
  const shard = process.env.SHARDING_MANAGER ? Number(process.env.SHARDS) : NaN;
  return Number.isInteger(shard) && config.PORT !== 0 ? config.PORT + shard : config.PORT;
}

/**
 * What questions would load on first use (answering/warm.ts) loads once the bot is reachable, not
 * before it connects. A resource that fails to load is logged: the question that needs it fails
 * with its own message, and every other question is answered.
 */
function warm(store: KnowledgeSource, logger: Logger): void {
  try {
    warmEngine(store.engine);
  } catch (err) {
    logger.error({ err }, "warming the engine failed; what it loads is tried again on first use");
  }
}

export async function startApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  // Charts drawn without their fonts would carry no text at all: refuse to start instead (FontError).
  ensureChartFonts();
  const store = options.store ?? KnowledgeStore.open(config.KNOWLEDGE_DIR, { createEngine });
  logKnowledgeProblems(logger, store.engine.kb);
  const metrics = createMetrics(knowledgeMetricsSource(store));
  const port = options.httpPort ?? defaultHttpPort(config);

  if (config.MODE === "http") {
    if (!config.DISCORD_PUBLIC_KEY) throw new Error("DISCORD_PUBLIC_KEY is required when MODE=http");
    const ctx = createBotContext({
      store,
      logger,
      config,
      metrics,
      ...(options.now ? { now: options.now } : {}),
      // Modern applications' bot user id is the application id.
      botUserId: () => config.DISCORD_APPLICATION_ID,
    });
    const handle = createInteractionHandler(loadCommands(options.commands), ctx, "http");
    const followUps = createFollowUps({ token: config.DISCORD_TOKEN, api: config.DISCORD_API_URL });
    const http = await startHttpServer({
      host: config.HOST,
      port,
      logger,
      metrics,
      stopGraceMs: config.SHUTDOWN_GRACE_SECONDS * 1000,
      health: healthOf("http", store),
      interactions: { publicKey: publicKeyFromHex(config.DISCORD_PUBLIC_KEY), handle, followUps },
    });
    logger.info({ mode: "http", url: `${http.url}/interactions`, version: store.version }, "ready");
    warm(store, logger);
    return {
      mode: "http",
      http,
      metrics,
      ctx,
      async stop() {
        await http.stop();
        logger.info("stopped");
        logger.flush();
      },
      onFatal() {},
    };
  }

  const bot = createBot({
    config,
    store,
    logger,
    metrics,
    ...(options.commands ? { commands: options.commands } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.callbackWindowMs !== undefined ? { callbackWindowMs: options.callbackWindowMs } : {}),
  });
  const graceMs = config.GATEWAY_HEALTH_GRACE_SECONDS * 1000;
  const http = await startHttpServer({
    host: config.HOST,
    port,
    logger,
    metrics,
    stopGraceMs: config.SHUTDOWN_GRACE_SECONDS * 1000,
    health: healthOf("gateway", store, () => {
      const g = bot.gatewayHealth();
      return {
        ok: g.status === "ready" || g.notReadyMs <= graceMs,
        fields: {
          gateway: g.status,
          ...(g.status === "ready"
            ? {}
            : { gatewayNotReadySeconds: Math.round(g.notReadyMs / 1000), lastCloseCode: g.lastCloseCode }),
        },
      };
    }),
  });
  try {
    await bot.start();
  } catch (err) {
    await http.stop();
    throw err;
  }
  warm(store, logger);
  return {
    mode: "gateway",
    http,
    metrics,
    ctx: bot.ctx,
    bot,
    async stop() {
      await Promise.all([bot.stop(), http.stop()]);
    },
    onFatal: (listener) => bot.onFatal(listener),
  };
}
