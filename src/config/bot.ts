// The bot's settings, parsed once at start with zod. A missing or bad variable stops the
// program with a message that names it (see parseEnv).
import { z } from "zod";
import { ConfigError, CoreConfigSchema, parseEnv } from "./core.js";

const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (17-20 digits)");
const list = <T extends z.ZodType<string, string>>(item: T, fallback = "") =>
  z
    .string()
    .default(fallback)
    .transform((s) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

export const INTENT_NAMES = ["guilds", "guild_messages", "direct_messages", "message_content"] as const;
export const MODES = ["gateway", "http"] as const;
export const DEFAULT_ASK_COOLDOWN_SECONDS = 5;
export const DEFAULT_KNOWLEDGE_CHECK_SECONDS = 5;

/**
 * Environment variables discord.js reads as its own options (Client: SHARDS, SHARD_COUNT; sharding:
 * SHARDING_MANAGER, SHARDING_MANAGER_MODE; the ShardingManager sets them for each shard process).
 * None of ours may use these names: SHARD_COUNT=auto in a .env crashed the client ("The shardCount
 * option must be a number"). DISCORD_TOKEN is read too, with the meaning it has for us.
 */
export const DISCORDJS_ENV = ["SHARDS", "SHARD_COUNT", "SHARDING_MANAGER", "SHARDING_MANAGER_MODE"] as const;

export const BotConfigSchema = CoreConfigSchema.extend({
  DISCORD_TOKEN: z.string().min(20, "must be the bot token from the Developer Portal"),
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  MODERATOR_ROLE_IDS: list(snowflake),
  /** Gateway intents; message_content is privileged and not needed for mentions and DMs. */
  DISCORD_INTENTS: list(z.enum(INTENT_NAMES), "guilds,guild_messages,direct_messages"),
  /** REST base URL; only tests point it elsewhere (the Discord stand-in on 127.0.0.1). */
  DISCORD_API_URL: z.string().url().optional(),
  /** Shards for npm run start:sharded (the ShardingManager's totalShards): "auto" asks Discord. */
  TOTAL_SHARDS: z.union([z.literal("auto"), z.coerce.number().int().min(1)]).default("auto"),
  /** Start-up fails (exit 1) when the gateway has not sent READY within this many seconds. */
  GATEWAY_READY_TIMEOUT_SECONDS: z.coerce.number().positive().max(3600).default(60),
  /** /healthz answers 503 once the gateway has been not ready for longer than this (a reconnect is normal). */
  GATEWAY_HEALTH_GRACE_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  /** SIGTERM/SIGINT: in-flight replies get this long to finish; the process exits within a few seconds more. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(60).default(5),
  /** gateway: a WebSocket client; http: Discord POSTs interactions to /interactions. */
  MODE: z.enum(MODES).default("gateway"),
  /** Interface of the HTTP server (interactions in http mode; /healthz and /metrics in both). */
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** The application's Ed25519 public key as the Developer Portal shows it (64 hex characters). */
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(
      /^[0-9a-fA-F]{64}$/,
      "must be the application's public key: 64 hex characters (Developer Portal > General Information)",
    )
    .optional(),
  /** Seconds a member waits between two questions (/ask, mention, DM, context menu); 0 turns it off. */
  ASK_COOLDOWN_SECONDS: z.coerce.number().min(0).max(3600).default(DEFAULT_ASK_COOLDOWN_SECONDS),
  /** At most once per this many seconds, before answering, check whether knowledge/ changed on disk; 0 turns it off. */
  KNOWLEDGE_CHECK_SECONDS: z.coerce.number().min(0).max(3600).default(DEFAULT_KNOWLEDGE_CHECK_SECONDS),
});
export type BotConfig = z.infer<typeof BotConfigSchema>;

/** BotConfigSchema with the rules that tie variables together (a public key in http mode). */
export const BotEnvSchema = BotConfigSchema.superRefine((c, ctx) => {
  if (c.MODE === "http" && !c.DISCORD_PUBLIC_KEY) {
    ctx.addIssue({
      code: "custom",
      path: ["DISCORD_PUBLIC_KEY"],
      message: "is required when MODE=http (Developer Portal > General Information > Public Key)",
    });
  }
});

export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  // Outside a ShardingManager, a SHARD_COUNT can only be a leftover of an old .env: discord.js
  // would take it as its own shard count. Say which variable replaced it.
  if (env.SHARD_COUNT !== undefined && env.SHARD_COUNT !== "" && !env.SHARDING_MANAGER) {
    throw new ConfigError(
      "invalid configuration:\n- SHARD_COUNT: is read by discord.js itself; set TOTAL_SHARDS (auto or a number) for npm run start:sharded instead",
    );
  }
  return parseEnv(BotEnvSchema, env);
}

/** What the command registration needs: no token when only printing (--dry-run). */
export const DeployConfigSchema = BotConfigSchema.pick({
  DISCORD_APPLICATION_ID: true,
  DISCORD_GUILD_ID: true,
  DISCORD_API_URL: true,
  LOG_LEVEL: true,
}).extend({
  DISCORD_TOKEN: BotConfigSchema.shape.DISCORD_TOKEN.optional(),
});
