// `npm start`: config (zod; a bad variable is named), logger, knowledge store, bot.
// SIGTERM/SIGINT stop taking work, finish in-flight replies, then exit 0.
import { loadBotConfig } from "../../config/bot.js";
import { ConfigError } from "../../config/core.js";
import { createLogger } from "../../logger.js";
import { createBot } from "./bot.js";
import { KnowledgeStore } from "../../knowledge/store.js";
import type { KnowledgeSource } from "./types.js";

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

  const store: KnowledgeSource = KnowledgeStore.open(config.KNOWLEDGE_DIR);
  const bot = createBot({ config, store, logger });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    bot.stop().then(() => process.exit(0), (err) => {
      logger.error({ err }, "shutdown failed");
      process.exit(1);
    });
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));

  await bot.start();
}

await main();
