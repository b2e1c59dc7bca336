// The bot's settings, parsed once at start with zod. A missing or bad variable stops the
// program with a message that names it (see parseEnv).
import { z } from "zod";
import { CoreConfigSchema, parseEnv } from "./core.js";

const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (17-20 digits)");
const list = <T extends z.ZodType<string, string>>(item: T, fallback = "") =>
  z.string().default(fallback).transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean)).pipe(z.array(item));

export const INTENT_NAMES = ["guilds", "guild_messages", "direct_messages", "message_content"] as const;

export const BotConfigSchema = CoreConfigSchema.extend({
  DISCORD_TOKEN: z.string().min(20, "must be the bot token from the Developer Portal"),
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  MODERATOR_ROLE_IDS: list(snowflake),
  /** Gateway intents; message_content is privileged and not needed for mentions and DMs. */
  DISCORD_INTENTS: list(z.enum(INTENT_NAMES), "guilds,guild_messages,direct_messages"),
  /** REST base URL; only tests point it elsewhere (the Discord stand-in on 127.0.0.1). */
  DISCORD_API_URL: z.string().url().optional(),
  SHARD_COUNT: z.union([z.literal("auto"), z.coerce.number().int().min(1)]).default("auto"),
});
export type BotConfig = z.infer<typeof BotConfigSchema>;

export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  return parseEnv(BotConfigSchema, env);
}

/** What the command registration needs: no token when only printing (--dry-run). */
export const DeployConfigSchema = BotConfigSchema.pick({ DISCORD_APPLICATION_ID: true, DISCORD_GUILD_ID: true, DISCORD_API_URL: true, LOG_LEVEL: true }).extend({
  DISCORD_TOKEN: BotConfigSchema.shape.DISCORD_TOKEN.optional(),
});
