// The ShardingManager's settings, kept apart from sharded.ts (which starts the shards as soon as it
// is imported) so they can be checked on their own.
import type { ShardingManagerOptions } from "discord.js";
import type { BotConfig } from "../../config/bot.js";

/**
 * One process per shard, TOTAL_SHARDS of them (a number, or "auto": Discord's recommendation, asked
 * at spawn). Run from source (`compiled` false), each shard loads tsx to run main.ts. discord.js
 * hands each shard its own SHARDS / SHARD_COUNT; our variable has another name so that a .env read
 * by the shards cannot override them.
 */
export function shardingOptions(
  config: Pick<BotConfig, "DISCORD_TOKEN" | "TOTAL_SHARDS">,
  compiled: boolean,
): ShardingManagerOptions {
  return {
    token: config.DISCORD_TOKEN,
    totalShards: config.TOTAL_SHARDS,
    execArgv: compiled ? [] : ["--import", "tsx"],
  };
}
