// `npm run start:sharded`: one process per shard via discord.js's ShardingManager, each running
// main (compiled .js when built, the .ts source through tsx otherwise).
import { ShardingManager } from "discord.js";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseEnvOrExit } from "../../config/core.js";
import { BotEnvSchema } from "../../config/bot.js";
import { createLogger } from "../../logger.js";
import { shardingOptions } from "./sharding.js";

const config = parseEnvOrExit(BotEnvSchema);
const logger = createLogger(config.LOG_LEVEL);
const here = fileURLToPath(import.meta.url);
const compiled = here.endsWith(".js");
const file = fileURLToPath(new URL(compiled ? "./main.js" : "./main.ts", import.meta.url));
if (!existsSync(file)) throw new Error(`shard entry ${file} not found`);

const manager = new ShardingManager(file, shardingOptions(config, compiled));
manager.on("shardCreate", (shard) => {
  logger.info({ shard: shard.id }, "shard launched");
  shard.on("death", () => logger.warn({ shard: shard.id }, "shard died"));
});
const stop = () => {
  for (const shard of manager.shards.values()) shard.kill();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
await manager.spawn();
