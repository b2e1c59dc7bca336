// One shard process of tests/discord/sharding.test.ts, forked by a real discord.js ShardingManager
// (which sets SHARDING_MANAGER, SHARDS, SHARD_COUNT and DISCORD_TOKEN). argv[2] is JSON:
// { env: settings for every shard, urls: the REST URL of each shard's Discord stand-in, by shard id }.
// It points this shard at its stand-in, then runs the real entry point, src/surfaces/discord/main.ts.
const { env, urls } = JSON.parse(process.argv[2] ?? "{}") as { env: Record<string, string>; urls: string[] };
const url = urls[Number(process.env.SHARDS)];
if (!url) throw new Error(`no stand-in for shard ${process.env.SHARDS}`);
// Should the test process die without stopping its shards, they go too.
process.once("disconnect", () => process.exit(1));
Object.assign(process.env, env, { DISCORD_API_URL: url });
await import("../../../src/surfaces/discord/main.js");
