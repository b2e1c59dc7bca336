// Starts the Discord stand-in and the real bot (real discord.js Client, real knowledge store over a
// temp copy of knowledge/), and collects the bot's pino log lines.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine, type Engine } from "../../../src/answering/engine.js";
import { KnowledgeStore } from "../../../src/knowledge/store.js";
import { createLogger } from "../../../src/logger.js";
import { resolveFromRoot } from "../../../src/paths.js";
import { createBot, type Bot } from "../../../src/surfaces/discord/bot.js";
import type { BotConfig } from "../../../src/config/bot.js";
import {
  startDiscordStandin,
  testGuild,
  type DiscordStandin,
  type Json,
  type RecordedRequest,
  type StandinOptions,
} from "../../support/discord/standin.js";
import {
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  EMBED_TOTAL_MAX,
} from "../../../src/surfaces/discord/limits.js";

export { testGuild };

export const TOKEN = "test-token-for-the-report-bot";

export type Harness = {
  standin: DiscordStandin;
  bot: Bot;
  store: KnowledgeStore<Engine>;
  dir: string;
  logs: Record<string, unknown>[];
  close(): Promise<void>;
};

export function copyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), "report-bot-kb-"));
  cpSync(resolveFromRoot("knowledge"), dir, { recursive: true });
  return dir;
}

export type HarnessOptions = {
  commands?: unknown[];
  intents?: BotConfig["DISCORD_INTENTS"];
  moderatorRoleIds?: string[];
  /** Default 0: most tests ask many questions as the same member. */
  cooldownSeconds?: number;
  knowledgeCheckSeconds?: number;
  now?: () => number;
  /** The stand-in's world (guilds, bot id...); default: its own default world. */
  standin?: Omit<StandinOptions, "token">;
  /** Discord's response window; default 60 s so that a busy machine cannot make a reply miss it (the stand-in enforces none unless asked). */
  callbackWindowMs?: number;
};

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const dir = copyKnowledge();
  const store = KnowledgeStore.open(dir, { createEngine });
  const standin = await startDiscordStandin({ ...opts.standin, token: TOKEN });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger("info", {
    write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const bot = createBot({
    config: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_INTENTS: opts.intents ?? ["guilds", "guild_messages", "direct_messages"],
      MODERATOR_ROLE_IDS: opts.moderatorRoleIds ?? [],
      DISCORD_API_URL: standin.restUrl,
      ASK_COOLDOWN_SECONDS: opts.cooldownSeconds ?? 0,
      ...(opts.knowledgeCheckSeconds !== undefined
        ? { KNOWLEDGE_CHECK_SECONDS: opts.knowledgeCheckSeconds }
        : {}),
    },
    store,
    logger,
    ...(opts.commands ? { commands: opts.commands } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    callbackWindowMs: opts.callbackWindowMs ?? 60_000,
  });
  await bot.start();
  let closed = false;
  return {
    standin,
    bot,
    store,
    dir,
    logs,
    async close() {
      if (closed) return;
      closed = true;
      await bot.stop();
      await standin.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const callbackPath = (p: Json) => `/interactions/${p.id}/${p.token}/callback`;

export async function callbackOf(standin: DiscordStandin, p: Json): Promise<RecordedRequest> {
  return standin.waitForRequest({ method: "POST", path: callbackPath(p) });
}

type EmbedJson = {
  title?: string;
  description?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string }[];
};

/** Every Discord embed limit, checked on a request body. */
export function assertEmbedLimits(embeds: EmbedJson[]): void {
  for (const e of embeds) {
    const checks: [string, number, number][] = [
      ["title", e.title?.length ?? 0, EMBED_TITLE_MAX],
      ["description", e.description?.length ?? 0, EMBED_DESCRIPTION_MAX],
      ["footer", e.footer?.text.length ?? 0, EMBED_FOOTER_MAX],
      ["fields", e.fields?.length ?? 0, EMBED_FIELDS_MAX],
      ...(e.fields ?? []).flatMap((f): [string, number, number][] => [
        ["field name", f.name.length, EMBED_FIELD_NAME_MAX],
        ["field value", f.value.length, EMBED_FIELD_VALUE_MAX],
      ]),
    ];
    for (const [what, n, max] of checks) if (n > max) throw new Error(`embed ${what} is ${n} > ${max}`);
  }
  const total = embeds.reduce(
    (n, e) =>
      n +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
    0,
  );
  if (total > EMBED_TOTAL_MAX) throw new Error(`embeds total ${total} > ${EMBED_TOTAL_MAX}`);
}
