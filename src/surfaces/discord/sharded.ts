// `npm run start:sharded`: one process per shard via discord.js's ShardingManager, each running
// main (compiled .js when built, the .ts source through tsx otherwise). A shard that cannot start
// (it exits before READY, printing its own reason) stops the whole start-up: one line, exit 1.
import { ShardingManager } from "discord.js";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadBotConfig, type BotConfig } from "../../config/bot.js";
import { createLogger } from "../../logger.js";
import { describeStartupFailure, EXIT_FAILURE } from "../fatal.js";
import { shardingOptions } from "./sharding.js";

/** What a shard may take beyond its own READY bound: starting Node (and tsx) and loading the knowledge. */
const SHARD_START_MARGIN_MS = 30_000;

function printAndExit(line: string): never {
  process.stderr.write(`report-bot: cannot start: ${line}\n`);
  process.exit(EXIT_FAILURE);
}

let config: BotConfig;
try {
  config = loadBotConfig();
} catch (err) {
  printAndExit(describeStartupFailure(err).line);
}
const logger = createLogger(config.LOG_LEVEL, undefined, { secrets: [config.DISCORD_TOKEN] });
const here = fileURLToPath(import.meta.url);
const compiled = here.endsWith(".js");
const file = fileURLToPath(new URL(compiled ? "./main.js" : "./main.ts", import.meta.url));
if (!existsSync(file)) printAndExit(`shard entry ${file} not found (run npm run build first?)`);

const manager = new ShardingManager(file, shardingOptions(config, compiled));
manager.on("shardCreate", (shard) => {
  logger.info({ shard: shard.id }, "shard launched");
  shard.on("death", (child) => {
    const exitCode = "exitCode" in child ? child.exitCode : null;
    logger.warn({ shard: shard.id, exitCode, respawn: manager.respawn }, "shard died");
  });
});
const stop = () => {
  for (const shard of manager.shards.values()) shard.kill();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
try {
  await manager.spawn({ timeout: config.GATEWAY_READY_TIMEOUT_SECONDS * 1000 + SHARD_START_MARGIN_MS });
} catch (err) {
  for (const shard of manager.shards.values()) shard.kill();
  const { line } = describeStartupFailure(err);
  logger.fatal({ reason: line }, "cannot start");
  logger.flush();
  printAndExit(`${line.replace(/^unexpected error: /, "")} (the shard's own reason is printed above)`);
}
