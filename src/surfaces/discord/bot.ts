// Creates the bot (the gateway transport): a discord.js Client wired to the shared interaction
// handler (fed the raw INTERACTION_CREATE payload, answered through REST) and the message handler,
// with a start() bounded by the gateway's READY and a stop() bounded by a grace period.
// Commands are registered by scripts/deploy-commands.ts, never here.
import {
  Client,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type ClientOptions,
  type GatewayDispatchPayload,
} from "discord.js";
import type { Logger } from "pino";
import type { BotConfig } from "../../config/bot.js";
import type { GatewayStartError } from "../fatal.js";
import { createFollowUps } from "../http/followup.js";
import type { BotMetrics } from "../metrics.js";
import { createCallbackSender } from "./callback.js";
import { loadCommands } from "./commands/index.js";
import { createBotContext, type ContextConfig } from "./context.js";
import { createInteractionHandler } from "./handle.js";
import { createGatewayWatch, type GatewayHealth } from "./gateway-watch.js";
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

/**
 * The dispatches the bot reads from the raw payload, and the t each is renamed to once taken:
 * discord.js then skips it rather than build an object nobody uses: building one throws on
 * payloads it cannot parse (an autocomplete without `data`, a message with `thread: null`), and the
 * interaction would go unanswered.
 */
const TAKEN: Partial<Record<string, string>> = {
  [GatewayDispatchEvents.InteractionCreate]: "REPORT_BOT_INTERACTION_TAKEN",
  [GatewayDispatchEvents.MessageCreate]: "REPORT_BOT_MESSAGE_TAKEN",
};

/** What a gateway dispatch being processed was about: unhandled rejections raised while discord.js parses it are logged with it. */
let currentDispatch: { event: string; id: string | undefined } | null = null;
export const gatewayDispatchInProgress = () => currentDispatch;

export const DEFAULT_READY_TIMEOUT_SECONDS = 60;
export const DEFAULT_SHUTDOWN_GRACE_SECONDS = 5;
/** What closing the gateway connection may take. */
const DESTROY_BOUND_MS = 1_500;

export type BotOptions = {
  config: Pick<BotConfig, "DISCORD_TOKEN" | "DISCORD_INTENTS" | "MODERATOR_ROLE_IDS"> &
    Partial<Pick<BotConfig, "DISCORD_API_URL" | "GATEWAY_READY_TIMEOUT_SECONDS" | "SHUTDOWN_GRACE_SECONDS">> &
    ContextConfig;
  store: KnowledgeSource;
  logger: Logger;
  clientOptions?: Partial<ClientOptions>;
  /** Command modules (default: the built-in ones); each is validated. */
  commands?: unknown[];
  metrics?: BotMetrics;
  /** Clock of the cooldown and knowledge checks (tests). */
  now?: () => number;
  /** Discord's 3 s window for an interaction's first response (tests shorten it). */
  callbackWindowMs?: number;
};

export type Bot = {
  client: Client;
  ctx: BotContext;
  /** Logs in and waits for READY: rejects (GatewayStartError) on an unrecoverable close or when READY does not come in time. */
  start(): Promise<void>;
  /** Takes no new work, gives in-flight replies SHUTDOWN_GRACE_SECONDS, then closes the gateway. */
  stop(): Promise<void>;
  gatewayHealth(): GatewayHealth;
  /** After start: called once if the gateway closes for good (e.g. the token was reset: 4004). */
  onFatal(listener: (err: GatewayStartError) => void): void;
};

export function createBot({
  config,
  store,
  logger,
  clientOptions,
  commands,
  metrics,
  now,
  callbackWindowMs,
}: BotOptions): Bot {
  const intents = config.DISCORD_INTENTS.map((i) => INTENTS[i]);
  const gateway = createGatewayWatch(logger);
  const client = new Client({
    intents,
    allowedMentions: { parse: [] },
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
    ...clientOptions,
    ws: { ...clientOptions?.ws, buildStrategy: gateway.buildStrategy },
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
      await shard.broadcastEval(
        async (c, { hook, skip }) => {
          if (c.shard?.ids.some((id) => skip.includes(id))) return null;
          const reload = (c as unknown as Record<symbol, () => Promise<unknown>>)[Symbol.for(hook)];
          if (!reload) return false;
          await reload();
          return true;
        },
        { context: { hook: RELOAD_HOOK_KEY, skip: [...shard.ids] } },
      );
    },
  });
  const followUps = createFollowUps({ token: config.DISCORD_TOKEN, api: config.DISCORD_API_URL });
  const route = createInteractionRouter(
    createInteractionHandler(loadCommands(commands), ctx, "gateway"),
    ctx,
    {
      sendCallback: createCallbackSender({ api: config.DISCORD_API_URL }),
      followUps,
      ...(callbackWindowMs !== undefined ? { callbackWindowMs } : {}),
    },
  );

  let accepting = true;
  const inflight = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  };

  // Handlers read interactions and messages as Discord sent them (for interactions, the same JSON
  // the HTTP endpoint receives), straight from the dispatch: discord.js's Raw event carries the
  // packet it is about to handle.
  client.on(Events.Raw, (packet: GatewayDispatchPayload) => {
    const d = packet.d as { id?: unknown } | null;
    currentDispatch = { event: packet.t, id: typeof d?.id === "string" ? d.id : undefined };
    setImmediate(() => (currentDispatch = null));
    const taken = TAKEN[packet.t];
    if (!taken) return;
    const event = packet.t;
    (packet as { t: string }).t = taken;
    if (!accepting) return;
    if (event === GatewayDispatchEvents.InteractionCreate) track(route(packet.d, Date.now()));
    else track(handleMessage(packet.d, ctx, client.rest));
  });
  client.on(Events.Error, (err) => logger.error({ err }, "discord client error"));
  client.on(Events.Warn, (msg) => logger.warn({ msg }, "discord client warning"));
  client.once(Events.ClientReady, (c) =>
    logger.info({ user: c.user.tag, shards: c.shard?.ids ?? [0], version: store.version }, "ready"),
  );

  const readyTimeoutS = config.GATEWAY_READY_TIMEOUT_SECONDS ?? DEFAULT_READY_TIMEOUT_SECONDS;
  const graceMs = (config.SHUTDOWN_GRACE_SECONDS ?? DEFAULT_SHUTDOWN_GRACE_SECONDS) * 1000;
  let stopped: Promise<void> | null = null;

  /**
   * client.destroy(), bounded: @discordjs/ws 1.2.3 never settles a destroy that lands while a shard
   * waits for HELLO or READY (the aborted wait starts a reconnect that takes over the socket), so
   * a start that timed out, or a stop during a reconnect, would hang on it.
   */
  async function destroyClient() {
    gateway.stopping();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">(
      (resolve) => (timer = setTimeout(() => resolve("late"), DESTROY_BOUND_MS)),
    );
    const outcome = await Promise.race([client.destroy().then(() => "closed" as const), late]);
    clearTimeout(timer);
    if (outcome === "late")
      logger.warn({ boundMs: DESTROY_BOUND_MS }, "the gateway client did not close in time; going on");
  }

  return {
    client,
    ctx,
    gatewayHealth: () => gateway.health(),
    onFatal: (listener) => gateway.onFatal(listener),
    async start() {
      let timer: NodeJS.Timeout | undefined;
      let stopWaiting: (err: Error) => void = () => {};
      const failed = new Promise<never>((_, reject) => {
        stopWaiting = reject;
        timer = setTimeout(() => reject(gateway.readyTimeout(readyTimeoutS)), readyTimeoutS * 1000);
      });
      gateway.onFatal((err) => stopWaiting(err));
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await Promise.race([client.login(config.DISCORD_TOKEN).then(() => ready), failed]);
      } catch (err) {
        await destroyClient().catch(() => {});
        followUps.close();
        // login() rejects with the shard's bare "Authentication failed": the close code says more.
        throw gateway.fatal ?? err;
      } finally {
        clearTimeout(timer);
      }
    },
    stop() {
      stopped ??= (async () => {
        accepting = false;
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<"grace">(
          (resolve) => (timer = setTimeout(() => resolve("grace"), graceMs)),
        );
        const drained = (async () => {
          while (inflight.size > 0) await Promise.allSettled([...inflight]);
          return "drained" as const;
        })();
        if ((await Promise.race([drained, grace])) === "grace")
          logger.warn(
            { inflight: inflight.size, graceSeconds: graceMs / 1000 },
            "stopping with replies still in flight",
          );
        clearTimeout(timer);
        await destroyClient();
        followUps.close();
        logger.info("stopped");
        logger.flush();
      })();
      return stopped;
    },
  };
}
