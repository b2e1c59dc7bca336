// The ShardingManager's settings, kept apart from sharded.ts (which starts the shards as soon as it
// is imported) so they can be checked on their own.
import type { ShardingManagerOptions } from "discord.js";
import type { BotConfig } from "../../config/bot.js";

/**
 * One process per shard, SHARD_COUNT of them (a number, or "auto": Discord's recommendation, asked
 * at spawn). Run from source (`compiled` false), each shard loads tsx to run main.ts.
 */
export function shardingOptions(config: Pick<BotConfig, "DISCORD_TOKEN" | "SHARD_COUNT">, compiled: boolean): ShardingManagerOptions {
  return {
    token: config.DISCORD_TOKEN,
    totalShards: config.SHARD_COUNT,
    execArgv: compiled ? [] : ["--import", "tsx"],
  };
}
