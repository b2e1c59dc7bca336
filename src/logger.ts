// One pino logger for the process. Secrets are redacted wherever they appear in a log object.
import pino, { type Logger } from "pino";

export const REDACT_PATHS = ["token", "*.token", "*.*.token", "DISCORD_TOKEN", "*.DISCORD_TOKEN", "headers.authorization", "*.headers.authorization", "config.DISCORD_TOKEN"];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: "[redacted]" }, base: { app: "report-bot" } }, destination);
}
