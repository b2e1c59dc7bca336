// Sharding: TOTAL_SHARDS decides how many shards the ShardingManager runs, and a /refresh on one
// shard reaches every other shard. The second part runs the real thing: discord.js's ShardingManager
// forks one process per shard, each running the real main (as JavaScript, as `start:sharded` runs
// dist/: the sources transpiled once for the run by tests/support/compile-once.ts, so no shard pays
// for tsx) on the same knowledge folder; each shard talks to its own Discord stand-in, so an
// interaction reaches exactly the shard it is sent to. The reload travels over discord.js's own IPC
// (client.shard.broadcastEval), with the knowledge folder watch turned off so that nothing else
// could make the other shard reload.
import { ShardingManager, type Shard } from "discord.js";
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BotEnvSchema, loadBotConfig } from "../../src/config/bot.js";
import { createEngine } from "../../src/answering/engine.js";
import { KnowledgeStore } from "../../src/knowledge/store.js";
import { shardingOptions } from "../../src/surfaces/discord/sharding.js";
import {
  OptionType,
  snowflake,
  startDiscordStandin,
  type DiscordStandin,
  type Json,
} from "../support/discord/standin.js";
import { DISCORD_EPOCH } from "../support/discord/snowflake.js";
import { compiled } from "../support/compiled.js";
import { callbackOf, copyKnowledge, testGuild, TOKEN } from "./support/harness.js";

const SHARD_ENTRY = fileURLToPath(new URL("./support/shard-main.ts", import.meta.url));
const Q = "How many rural poor residents were lifted out of poverty?";
const ID = "henan-2011:overview:1-033-million-rural-poor-residents";
const NEW_LABEL = "Rural poor residents lifted out of poverty (sent to every shard)";

describe("TOTAL_SHARDS", () => {
  const env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: snowflake() };

  it("is the ShardingManager's totalShards; unset, Discord recommends the count ('auto'); 0 or not a number is refused", () => {
    const three = shardingOptions(BotEnvSchema.parse({ ...env, TOTAL_SHARDS: "3" }), true);
    expect(three.totalShards).toBe(3);
    expect(three.token).toBe(TOKEN);
    const manager = new ShardingManager(SHARD_ENTRY, three);
    expect(manager.totalShards).toBe(3);

    expect(shardingOptions(BotEnvSchema.parse(env), true).totalShards).toBe("auto");
    expect(shardingOptions(BotEnvSchema.parse({ ...env, TOTAL_SHARDS: "auto" }), true).totalShards).toBe(
      "auto",
    );
    expect(() => loadBotConfig({ ...env, TOTAL_SHARDS: "0" })).toThrow(/TOTAL_SHARDS/);
    expect(() => loadBotConfig({ ...env, TOTAL_SHARDS: "two" })).toThrow(/TOTAL_SHARDS/);
  });

  it("shards run compiled JavaScript as is, and the TypeScript source through tsx", () => {
    const config = BotEnvSchema.parse({ ...env, TOTAL_SHARDS: "2" });
    expect(shardingOptions(config, true).execArgv).toEqual([]);
    expect(shardingOptions(config, false).execArgv).toEqual(["--import", "tsx"]);
  });
});

/** A guild id that Discord routes to `shard` of `count`: (id >> 22) % count, the creation time in ms since Discord's epoch. */
function guildIdOnShard(shard: number, count: number): string {
  const n = BigInt(count);
  const ms = BigInt(Date.now()) - DISCORD_EPOCH;
  return (((ms - (ms % n) + BigInt(shard)) << 22n) | (2n << 17n)).toString(); // worker 2: never one of snowflake()'s ids
}

describe("a /refresh on one shard reaches every shard", () => {
  let dir: string;
  let standins: DiscordStandin[] = [];
  let manager: ShardingManager | undefined;
  /** Every log line of each shard process (pino JSON, or anything else it printed). */
  const logs: Json[][] = [[], []];

  beforeAll(async () => {
    dir = copyKnowledge();
    const botId = snowflake();
    standins = await Promise.all(
      [0, 1].map((shard) =>
        startDiscordStandin({
          token: TOKEN,
          bot: { id: botId },
          guilds: [testGuild({ id: guildIdOnShard(shard, 2) })],
        }),
      ),
    );
    const config = loadBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: botId, TOTAL_SHARDS: "2" });
    const shardEnv = {
      DISCORD_APPLICATION_ID: botId,
      KNOWLEDGE_DIR: dir,
      MODE: "gateway",
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "info",
      ASK_COOLDOWN_SECONDS: "0",
      KNOWLEDGE_CHECK_SECONDS: "0",
      MODERATOR_ROLE_IDS: "",
      DISCORD_INTENTS: "guilds,guild_messages,direct_messages",
    };
    // Compiled, as start:sharded: the shards run the file as is (no tsx in execArgv).
    const options = shardingOptions(config, true);
    // "auto" would ask the real Discord for a shard count.
    if (options.totalShards !== 2)
      throw new Error(`TOTAL_SHARDS 2 gave totalShards ${String(options.totalShards)}`);
    manager = new ShardingManager(compiled(SHARD_ENTRY), {
      ...options,
      mode: "process",
      respawn: false,
      silent: true,
      shardArgs: [JSON.stringify({ env: shardEnv, urls: standins.map((s) => s.restUrl) })],
    });
    manager.on("shardCreate", (shard: Shard) => {
      shard.on("spawn", (child: ChildProcess | Worker) => {
        const collect = () => {
          let rest = "";
          return (chunk: Buffer) => {
            const lines = (rest + chunk.toString("utf8")).split("\n");
            rest = lines.pop() ?? "";
            for (const line of lines.filter(Boolean)) {
              try {
                logs[shard.id]!.push(JSON.parse(line) as Json);
              } catch {
                logs[shard.id]!.push({ text: line });
              }
            }
          };
        };
        child.stdout?.on("data", collect());
        child.stderr?.on("data", collect());
      });
    });
    try {
      await manager.spawn({ delay: 0, timeout: 40_000 });
    } catch (err) {
      throw new Error(`shards did not start: ${String(err)}\n${JSON.stringify(logs, null, 1)}`);
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(
      [...(manager?.shards.values() ?? [])].map(async (shard) => {
        const child = shard.process;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, "exit");
        shard.kill(); // SIGTERM: main drains and exits
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }),
    );
    await Promise.all(standins.map((s) => s.close()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  async function answerLine(standin: DiscordStandin): Promise<string> {
    const p = standin.interactionCreate({
      kind: "chatInput",
      commandName: "ask",
      options: [{ name: "question", type: OptionType.String, value: Q }],
    });
    return (await callbackOf(standin, p)).body.data.embeds[0].description as string;
  }

  it("shard 1 answers with the data uploaded through shard 0 once shard 0's refresh has replied", async () => {
    const [s0, s1] = standins as [DiscordStandin, DiscordStandin];
    // Each process is its shard of 2 (the ShardingManager's SHARDS / SHARD_COUNT), with that shard's guild.
    for (const [shard, standin] of [s0, s1].entries()) {
      const identify = standin.gateway.received.find((f) => f.op === 2);
      expect(identify?.d.shard).toEqual([shard, 2]);
      // The manager counts a shard as spawned on its gateway READY; the client logs "ready" just after.
      await vi.waitFor(
        () => expect(logs[shard]!.find((l) => l.msg === "ready")).toMatchObject({ shards: [shard] }),
        { timeout: 5_000 },
      );
      expect(standin.gateway.sent.some((f) => f.t === "GUILD_CREATE" && f.d.id === standin.guild.id)).toBe(
        true,
      );
    }

    expect(await answerLine(s1)).not.toContain(NEW_LABEL);

    const entries = KnowledgeStore.open(dir, { createEngine })
      .engine.kb.entries.filter((e) => e.report === "henan-2011")
      .map((e) => (e.id === ID ? { ...e, label: NEW_LABEL } : e));
    const data = JSON.stringify({ report: "henan-2011", entries });
    const p = s0.interactionCreate({
      kind: "chatInput",
      commandName: "refresh",
      user: "moderator",
      options: [
        {
          name: "file",
          type: OptionType.Attachment,
          attachment: { filename: "facts.json", data, contentType: "application/json" },
        },
      ],
    });
    expect((await callbackOf(s0, p)).body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await s0.waitForRequest(
      { method: "PATCH", path: `/webhooks/${s0.applicationId}/${p.token}/messages/@original` },
      { timeoutMs: 20_000 },
    );
    expect(edit.body.embeds[0].title).toMatch(/upload.*succeeded/);
    expect(edit.body.embeds[0].fields.map((f: Json) => f.value).join("\n")).toContain("changed 1");

    // refresh replies after its broadcast has been answered by every shard: shard 1 has reloaded.
    expect(await answerLine(s1)).toContain(NEW_LABEL);
    expect(await answerLine(s0)).toContain(NEW_LABEL);
    expect(logs[1]!.some((l) => l.msg === "refresh")).toBe(false); // shard 1 never saw the /refresh itself
    expect(logs.flat().some((l) => l.msg === "refresh: broadcast to other shards failed")).toBe(false);
  });
});
