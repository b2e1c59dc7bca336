// `npm start`: config (zod; a bad variable is named), logger, knowledge store, then the app (which
// first checks the chart fonts) in MODE=gateway (discord.js client + /healthz, /metrics) or
// MODE=http (Discord's interactions endpoint + /healthz, /metrics).
// Any start-up failure (configuration, knowledge, fonts, port, network, gateway token or READY
// timeout) prints one line on stderr ("report-bot: cannot start: …") and exits 1, so a supervisor
// sees a failure and a person sees what to fix. An uncaught exception is logged and exits 1 (the
// supervisor restarts a clean process). SIGTERM/SIGINT: health turns 503, no new work is taken,
// in-flight replies get SHUTDOWN_GRACE_SECONDS, then exit 0; the process is gone within 2 s more.
import { loadBotConfig, type BotConfig } from "../../config/bot.js";
import { createEngine } from "../../answering/engine.js";
import { savedEngineAtStart } from "../../answering/engine-cache.js";
import { CACHE_DIR } from "../../paths.js";
import { KnowledgeStore } from "../../knowledge/store.js";
import { createLogger } from "../../logger.js";
import { startApp, type App } from "../app.js";
import { describeStartupFailure, EXIT_FAILURE } from "../fatal.js";
import { gatewayDispatchInProgress } from "./bot.js";

/** After the grace period, what the stop may still take (closing sockets) before the process exits anyway. */
const SHUTDOWN_MARGIN_MS = 2_000;

function printAndExit(prefix: string, line: string): never {
  process.stderr.write(`report-bot: ${prefix}: ${line}\n`);
  process.exit(EXIT_FAILURE);
}

async function main(): Promise<void> {
  let config: BotConfig;
  try {
    config = loadBotConfig();
  } catch (err) {
    printAndExit("cannot start", describeStartupFailure(err).line);
  }
  const logger = createLogger(config.LOG_LEVEL, undefined, { secrets: [config.DISCORD_TOKEN] });
  process.on("unhandledRejection", (reason) => {
    // Our own work catches its errors; what is left comes from discord.js handling a dispatch.
    const dispatch = gatewayDispatchInProgress();
    logger.error(
      {
        err: reason,
        ...(dispatch
          ? {
              gatewayEvent: dispatch.event,
              [dispatch.event === "INTERACTION_CREATE" ? "interactionId" : "eventId"]: dispatch.id,
            }
          : {}),
      },
      "unhandled rejection",
    );
  });
  process.on("uncaughtException", (err) => {
    logger.fatal({ err }, "uncaught exception; exiting");
    logger.flush();
    printAndExit("uncaught exception, exiting", describeStartupFailure(err).line);
  });

  const context = { knowledgeDir: config.KNOWLEDGE_DIR, discordApi: config.DISCORD_API_URL };
  let app: App;
  try {
    // The engine saved at the last start serves again when neither the knowledge nor the code changed.
    const store = KnowledgeStore.open(config.KNOWLEDGE_DIR, {
      createEngine: savedEngineAtStart(CACHE_DIR, createEngine),
    });
    app = await startApp({ config, logger, store });
  } catch (err) {
    const { line, expected } = describeStartupFailure(err, context);
    // A known cause needs no stack trace; an unknown one keeps it in the log.
    logger.fatal(expected ? { reason: line } : { err, reason: line }, "cannot start");
    logger.flush();
    printAndExit("cannot start", line);
  }

  let stopping = false;
  const stop = (why: Record<string, unknown>, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info(why, "shutting down");
    const limitMs = config.SHUTDOWN_GRACE_SECONDS * 1000 + SHUTDOWN_MARGIN_MS;
    setTimeout(() => {
      logger.error({ limitSeconds: limitMs / 1000 }, "shutdown did not finish in time; exiting");
      logger.flush();
      process.exit(EXIT_FAILURE);
    }, limitMs).unref();
    app.stop().then(
      () => process.exit(code),
      (err) => {
        logger.error({ err }, "shutdown failed");
        logger.flush();
        process.exit(EXIT_FAILURE);
      },
    );
  };
  process.once("SIGTERM", () => stop({ signal: "SIGTERM" }, 0));
  process.once("SIGINT", () => stop({ signal: "SIGINT" }, 0));
  // The gateway closed for good after start (say the token was reset): nothing left to do but say so.
  app.onFatal((err) => {
    process.stderr.write(`report-bot: stopping: ${describeStartupFailure(err).line}\n`);
    stop({ reason: err.message }, EXIT_FAILURE);
  });
}

await main();
