// What every terminal command (npm run ask, eval, audit, validate-knowledge, chart, explain,
// deploy-commands) does with a bad command line or an expected failure: one clear line, no stack
// trace. Exit status: 0 done; 1 the job could not be done (invalid configuration, invalid
// knowledge, missing fonts, unusable input file contents); 2 the command line is wrong (unknown
// option, missing value or argument, a named file that cannot be read). Anything else is a bug
// and keeps its stack trace.
import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The command line is wrong: printed with the command's usage, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The job cannot be done for a reason the user can fix (an input file's contents): its message, exit 1. */
export class InputError extends Error {
  override name = "InputError";
}

// Errors whose message is meant for the person at the terminal. Matched by name so this module
// does not load the knowledge loader or the canvas just to know their classes (the CLI's cached
// path loads neither).
const EXPECTED = new Set(["ConfigError", "KnowledgeError", "FontError", "InputError"]);

/** util.parseArgs (strict), with its errors (unknown option, missing value, stray argument) as UsageError. */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
  args: string[] = process.argv.slice(2),
) {
  try {
    return parseArgs({ ...config, args, strict: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code.startsWith("ERR_PARSE_ARGS_")) throw new UsageError((error as Error).message);
    throw error;
  }
}

/** A file named on the command line, as text; a missing or unreadable one is a UsageError. */
export function readNamedFile(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new UsageError(`cannot read ${what} ${path}: ${reason}`);
  }
}

/**
 * Runs a command's body. A UsageError prints `name: message` and the usage (exit 2); an expected
 * failure prints its message (exit 1); any other error is rethrown with its stack.
 */
export async function runCommand(name: string, usage: string, body: () => unknown): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${name}: ${error.message}\n${usage}`);
      process.exit(EXIT_USAGE);
    }
    if (error instanceof Error && EXPECTED.has(error.name)) {
      console.error(error.message);
      process.exit(EXIT_FAILURE);
    }
    throw error;
  }
}
