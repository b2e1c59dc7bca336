// What the gateway connection is doing, told loudly: every close is logged with its code (repeats
// of a reconnect loop are summarised, not dropped), an unrecoverable close (invalid token 4004,
// disallowed intents 4014, ...) is fatal, and the state /healthz reports comes from the shards'
// own READY/RESUMED and close events (client.isReady() stays true while a socket is down).
// It hooks @discordjs/ws's manager through the client's ws.buildStrategy option: the only place
// where each close is seen with its code (discord.js itself reports codes only for fatal ones).
import { SimpleShardingStrategy, type ClientOptions } from "discord.js";
import type { Logger } from "pino";
import { GatewayStartError } from "../fatal.js";

type BuildStrategy = NonNullable<NonNullable<ClientOptions["ws"]>["buildStrategy"]>;
type WsManager = Parameters<BuildStrategy>[0];

/** Close codes after which discord.js never reconnects (as its UNRECOVERABLE_CLOSE_CODES), with what to do. */
const FATAL_CLOSES: Record<number, string> = {
  4004: "Discord refused the bot token (gateway close 4004 authentication failed): check DISCORD_TOKEN (Developer Portal > Bot > Reset Token)",
  4010: "the gateway refused the shard (close 4010 invalid shard): check TOTAL_SHARDS",
  4011: "Discord requires sharding for this bot (close 4011): run npm run start:sharded",
  4012: "the gateway refused the API version (close 4012)",
  4013: "the gateway refused the intents (close 4013 invalid intents): check DISCORD_INTENTS",
  4014: "the gateway refused a privileged intent (close 4014 disallowed intents): remove message_content from DISCORD_INTENTS or enable it in the Developer Portal",
};

const CLOSE_MEANINGS: Record<number, string> = {
  1000: "normal close",
  1001: "going away",
  1006: "connection refused or lost without a close frame",
  4000: "unknown error",
  4001: "unknown opcode",
  4002: "decode error",
  4003: "not authenticated",
  4005: "already authenticated",
  4007: "invalid sequence",
  4008: "rate limited",
  4009: "session timed out",
  4200: "closed to resume",
};

/** Closes in a row logged at warn before the rest are summarised (every SUMMARY_EVERY-th at warn, the others at debug). */
const LOUD_CLOSES = 3;
const SUMMARY_EVERY = 10;

export type GatewayHealth = {
  status: "ready" | "connecting" | "reconnecting";
  notReadyMs: number;
  lastCloseCode: number | null;
};

export type GatewayWatch = {
  /** Pass as the client's ws.buildStrategy. */
  buildStrategy: BuildStrategy;
  health(): GatewayHealth;
  /** The unrecoverable close, if one happened. */
  readonly fatal: GatewayStartError | null;
  /** Called once on an unrecoverable close. */
  onFatal(listener: (err: GatewayStartError) => void): void;
  /** The client is being destroyed: its closes are expected. */
  stopping(): void;
  /** A GatewayStartError for a start that saw no READY within `seconds`. */
  readyTimeout(seconds: number): GatewayStartError;
};

export function createGatewayWatch(logger: Logger, now: () => number = Date.now): GatewayWatch {
  const startedAt = now();
  let everUp = false;
  /** Shards whose socket is down, and since when. */
  const down = new Map<number, number>();
  let closesInARow = 0;
  let lastCloseCode: number | null = null;
  let fatal: GatewayStartError | null = null;
  let stopped = false;
  const listeners: ((err: GatewayStartError) => void)[] = [];

  function onClose(code: number, shardId: number) {
    if (stopped) return;
    if (!down.has(shardId)) down.set(shardId, now());
    closesInARow++;
    lastCloseCode = code;
    const fatalReason = FATAL_CLOSES[code];
    if (fatalReason) {
      logger.error({ code, shard: shardId }, `gateway closed: ${fatalReason}`);
      if (!fatal) {
        fatal = new GatewayStartError(fatalReason);
        for (const l of listeners) l(fatal);
      }
      return;
    }
    const loud = closesInARow <= LOUD_CLOSES || closesInARow % SUMMARY_EVERY === 0;
    const fields = {
      code,
      meaning: CLOSE_MEANINGS[code] ?? "unexpected code",
      shard: shardId,
      closesInARow,
      downSeconds: Math.round((now() - down.get(shardId)!) / 1000),
    };
    if (loud)
      logger.warn(
        fields,
        closesInARow > LOUD_CLOSES
          ? "gateway closed again; still reconnecting"
          : "gateway closed; reconnecting",
      );
    else logger.debug(fields, "gateway closed; reconnecting");
  }

  function onUp(shardId: number, how: "ready" | "resumed") {
    const since = down.get(shardId);
    down.delete(shardId);
    everUp = true;
    if (since !== undefined)
      logger.info(
        { shard: shardId, how, downSeconds: Math.round((now() - since) / 1000), closes: closesInARow },
        "gateway connected again",
      );
    closesInARow = 0;
  }

  return {
    buildStrategy(manager: WsManager) {
      // String event names: discord.js exports its own WebSocketShardEvents enum under the same name.
      const on = manager.on.bind(manager) as unknown as (
        event: string,
        listener: (payload: { shardId: number; code?: number }) => void,
      ) => void;
      on("closed", ({ code, shardId }) => onClose(code ?? 0, shardId));
      on("ready", ({ shardId }) => onUp(shardId, "ready"));
      on("resumed", ({ shardId }) => onUp(shardId, "resumed"));
      return new SimpleShardingStrategy(manager);
    },
    health() {
      if (!everUp) return { status: "connecting", notReadyMs: now() - startedAt, lastCloseCode };
      if (down.size === 0) return { status: "ready", notReadyMs: 0, lastCloseCode };
      return { status: "reconnecting", notReadyMs: now() - Math.min(...down.values()), lastCloseCode };
    },
    get fatal() {
      return fatal;
    },
    onFatal(listener) {
      listeners.push(listener);
    },
    stopping() {
      stopped = true;
    },
    readyTimeout(seconds) {
      const last =
        lastCloseCode === null
          ? "no connection was closed"
          : `last close code ${lastCloseCode} (${CLOSE_MEANINGS[lastCloseCode] ?? "unexpected code"}), ${closesInARow} close(s) in a row`;
      return new GatewayStartError(
        `no READY from the Discord gateway within ${seconds} s (${last}): check network access to Discord and GATEWAY_READY_TIMEOUT_SECONDS`,
      );
    },
  };
}
