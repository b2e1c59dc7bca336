// Settings every entry point shares (CLI, bot, scripts). Parsed once; a bad value stops the
// program with a message that names the variable.
import "dotenv/config";
import { z } from "zod";
import { DEFAULT_KNOWLEDGE_DIR, resolveFromRoot } from "../paths.js";
import { zodProblems } from "../util/zod.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const CoreConfigSchema = z.object({
  KNOWLEDGE_DIR: z.string().min(1).default(DEFAULT_KNOWLEDGE_DIR).transform(resolveFromRoot),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
});
export type CoreConfig = z.infer<typeof CoreConfigSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses environment variables with a schema; every problem names its variable. */
export function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const lines = zodProblems(result.error, { root: "(environment)" }).map((p) => `- ${p}`);
  throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
}

/** parseEnv for entry points: prints the named problems and exits 1 instead of a stack trace. */
export function parseEnvOrExit<T extends z.ZodType>(
  schema: T,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<T> {
  try {
    return parseEnv(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
