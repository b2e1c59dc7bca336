// One pino logger for the process. Secrets never reach the output: known fields are censored by
// path, and every finished line is scrubbed once more (pino's streamWrite hook, which sees the
// line after the serializers ran) of what a path cannot reach: an interaction token inside a URL
// (err.url of a failed follow-up is /webhooks/<app>/<token>/...), in a message or a stack, in a
// field of a nested error; any "...token", "authorization", "secret" or "password" field at any
// depth; anything shaped like a bot token; and the secrets the caller names (the configured bot
// token, whatever its shape).
import pino, { type Logger } from "pino";

const REDACTED = "[redacted]";
const REDACT_PATHS = [
  "token",
  "*.token",
  "*.*.token",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
  "headers.authorization",
  "*.headers.authorization",
  "config.DISCORD_TOKEN",
];

/**
 * Patterns over the serialised JSON line; group 1 is kept, the rest of the match is the secret.
 * Each runs in linear time: no nested quantifiers, and the bot-token pattern starts only where a
 * run of token characters starts (the lookbehind), so a long run is not rescanned from every offset.
 */
const SECRET_PATTERNS: readonly RegExp[] = [
  // Webhook and interaction-callback routes carry the token as a path segment.
  /(\/(?:webhooks|interactions)\/\d+\/)[^/?#"\\\s]+/g,
  // A string field named like a credential, at any depth ("token", "access_token", "authorization", ...).
  /("[A-Za-z_]*(?:token|authorization|secret|password)":")(?:[^"\\]|\\.)*(?=")/gi,
  // Discord bot tokens (and JWTs): three base64url parts joined by dots.
  /()(?<![\w-])[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}/g,
  // Interaction tokens are base64url and begin with base64("interaction:").
  /()aW50ZXJhY3Rpb246[\w-]*/g,
];

/** Shorter strings are not treated as secrets: they would censor ordinary words. */
const MIN_SECRET_LENGTH = 8;

/** The line with every secret replaced by [redacted]. */
export function scrubSecrets(line: string, secrets: readonly string[] = []): string {
  let out = line;
  for (const re of SECRET_PATTERNS) out = out.replace(re, (_match, keep: string) => `${keep}${REDACTED}`);
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    // As written, and as it appears inside a JSON string.
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)]))
      out = out.split(form).join(REDACTED);
  }
  return out;
}

export function createLogger(
  level: string,
  destination?: pino.DestinationStream,
  options: { secrets?: readonly (string | undefined)[] } = {},
): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === "string");
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: { streamWrite: (line) => scrubSecrets(line, secrets) },
      base: { app: "report-bot" },
    },
    destination,
  );
}
