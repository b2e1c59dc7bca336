// Creates the bot (the gateway transport): a discord.js Client wired to the shared interaction
// handler and the message handler, with a graceful stop() that finishes in-flight replies.
// Commands are registered by scripts/deploy-commands.ts, never here.
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, Partials, type ClientOptions, type GatewayDispatchPayload } from "discord.js";
import type { Logger } from "pino";
import type { BotConfig } from "../../config/bot.js";
import type { BotMetrics } from "../metrics.js";
import { loadCommands } from "./commands/index.js";
import { createBotContext, type ContextConfig } from "./context.js";
import { createInteractionHandler } from "./handle.js";
import { createInteractionRouter } from "./interactions.js";
import { handleMessage } from "./messages.js";
import type { BotContext, KnowledgeSource } from "./types.js";

const INTENTS: Record<BotConfig["DISCORD_INTENTS"][number], GatewayIntentBits> = {
  guilds: GatewayIntentBits.Guilds,
  guild_messages: GatewayIntentBits.GuildMessages,
  direct_messages: GatewayIntentBits.DirectMessages,
  message_content: GatewayIntentBits.MessageContent,
};

/** The client property every shard's broadcastEval calls: a global symbol, sent by its key (no closure survives the trip). */
const RELOAD_HOOK_KEY = "report-bot.reload";
const RELOAD_HOOK = Symbol.for(RELOAD_HOOK_KEY);

/** Raw INTERACTION_CREATE payloads waiting for their discord.js interaction (normally a few microseconds). */
const RAW_PENDING_MAX = 1000;

export type BotOptions = {
  config: Pick<BotConfig, "DISCORD_TOKEN" | "DISCORD_INTENTS" | "MODERATOR_ROLE_IDS"> & Partial<Pick<BotConfig, "DISCORD_API_URL">> & ContextConfig;
  store: KnowledgeSource;
  logger: Logger;
  clientOptions?: Partial<ClientOptions>;
  /** Command modules (default: the built-in ones); each is validated. */
  commands?: unknown[];
  metrics?: BotMetrics;
  /** Clock of the cooldown and knowledge checks (tests). */
  now?: () => number;
};

export type Bot = { client: Client; ctx: BotContext; start(): Promise<void>; stop(): Promise<void> };

export function createBot({ config, store, logger, clientOptions, commands, metrics, now }: BotOptions): Bot {
  const intents = config.DISCORD_INTENTS.map((i) => INTENTS[i]);
  const client = new Client({
    intents,
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
    ...clientOptions,
  });
  (client as unknown as Record<symbol, unknown>)[RELOAD_HOOK] = () => store.reload();

  const ctx: BotContext = createBotContext({
    store,
    logger,
    config,
    ...(metrics ? { metrics } : {}),
    ...(now ? { now } : {}),
    botUserId: () => client.user?.id ?? null,
    async broadcastReload() {
      const shard = client.shard;
      if (!shard) return;
      await shard.broadcastEval(async (c, { hook, skip }) => {
        if (c.shard?.ids.some((id) => skip.includes(id))) return null;
        const reload = (c as unknown as Record<symbol, () => Promise<unknown>>)[Symbol.for(hook)];
        return reload ? (await reload(), true) : false;
      }, { context: { hook: RELOAD_HOOK_KEY, skip: [...shard.ids] } });
    },
  });
  const route = createInteractionRouter(createInteractionHandler(loadCommands(commands), ctx, "gateway"), ctx);

  let accepting = true;
  const inflight = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  };

  // Handlers read the interaction as Discord sent it (the same JSON the HTTP endpoint receives):
  // the raw dispatch comes just before discord.js builds the interaction from it.
  const rawInteractions = new Map<string, unknown>();
  client.on(Events.Raw, (packet: GatewayDispatchPayload) => {
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    rawInteractions.set(packet.d.id, packet.d);
    if (rawInteractions.size > RAW_PENDING_MAX) rawInteractions.delete(rawInteractions.keys().next().value!);
  });
  client.on(Events.InteractionCreate, (interaction) => {
    const raw = rawInteractions.get(interaction.id);
    rawInteractions.delete(interaction.id);
    if (!accepting) return;
    track(route(interaction, raw));
  });
  client.on(Events.MessageCreate, (message) => {
    if (!accepting) return;
    track(handleMessage(message, ctx));
  });
  client.on(Events.Error, (err) => logger.error({ err }, "discord client error"));
  client.on(Events.Warn, (msg) => logger.warn({ msg }, "discord client warning"));
  client.once(Events.ClientReady, (c) => logger.info({ user: c.user.tag, shards: c.shard?.ids ?? [0], version: store.version }, "ready"));

  return {
    client,
    ctx,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.DISCORD_TOKEN);
      await ready;
    },
    async stop() {
      accepting = false;
      while (inflight.size > 0) await Promise.allSettled([...inflight]);
      await client.destroy();
      logger.info("stopped");
      logger.flush();
    },
  };
}
