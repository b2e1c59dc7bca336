// `npm start`: config (zod; a bad variable is named), logger, knowledge store, then the app (which
// first checks the chart fonts: missing ones stop it, exit 1) in
// MODE=gateway (discord.js client + /healthz, /metrics) or MODE=http (Discord's interactions
// endpoint + /healthz, /metrics). SIGTERM/SIGINT: health turns 503, no new work is taken,
// in-flight replies and follow-ups finish, then exit 0.
import { FontError } from "../../charts/index.js";
import { loadBotConfig } from "../../config/bot.js";
import { ConfigError } from "../../config/core.js";
import { KnowledgeStore } from "../../knowledge/store.js";
import { createLogger } from "../../logger.js";
import { startApp } from "../app.js";

async function main(): Promise<void> {
  let config;
  try {
    config = loadBotConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  process.on("uncaughtException", (err) => logger.error({ err }, "uncaught exception"));

  const store = KnowledgeStore.open(config.KNOWLEDGE_DIR);
  let app;
  try {
    app = await startApp({ config, logger, store });
  } catch (err) {
    if (err instanceof FontError) {
      logger.fatal({ err }, "chart fonts missing; not starting");
      logger.flush();
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    app.stop().then(() => process.exit(0), (err) => {
      logger.error({ err }, "shutdown failed");
      process.exit(1);
    });
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

await main();
