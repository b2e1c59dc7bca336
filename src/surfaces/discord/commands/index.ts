// The one list of the bot's commands. Routing (handle.ts) and registration
// (scripts/deploy-commands.ts) both take it from the loaded modules, as discord.js's
// create-discord-bot template does: a command added here is routed and registered, and nothing
// else lists them. Built-in modules are checked by the compiler (each `satisfies CommandModule`);
// modules handed in from outside (AppOptions.commands, tests) are checked with zod at load.
import { z } from "zod";
import { COMMAND_NAME_MAX } from "../limits.js";
import type { CommandData, CommandModule } from "../types.js";
import ask from "./ask.js";
import askMessage from "./ask-message.js";
import chart from "./chart.js";
import fact from "./fact.js";
import help from "./help.js";
import refresh from "./refresh.js";
import section from "./section.js";
import sections from "./sections.js";
import { zodProblems } from "../../../util/zod.js";

/** In registration order (the order Discord lists them in). */
export const BUILTIN_COMMANDS: readonly CommandModule[] = [
  ask,
  fact,
  section,
  sections,
  chart,
  help,
  refresh,
  askMessage,
];

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", "must be a function");

const CommandModuleSchema = z
  .object({
    data: z.looseObject({ name: z.string().min(1).max(COMMAND_NAME_MAX) }),
    execute: fn,
    autocomplete: fn.optional(),
    buttonPrefix: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .optional(),
    button: fn.optional(),
  })
  .refine(
    (m) => (m.buttonPrefix === undefined) === (m.button === undefined),
    "buttonPrefix and button go together",
  );

/** Modules by command name; two modules of one name are a mistake, not an override. */
function byName(modules: readonly CommandModule[]): Map<string, CommandModule> {
  const map = new Map<string, CommandModule>();
  for (const m of modules) {
    if (map.has(m.data.name)) throw new Error(`duplicate command ${m.data.name}`);
    map.set(m.data.name, m);
  }
  return map;
}

/** The built-in commands, or modules from outside, each checked for the shape the router relies on. */
export function loadCommands(modules?: readonly unknown[]): Map<string, CommandModule> {
  if (!modules) return byName(BUILTIN_COMMANDS);
  return byName(
    modules.map((m, i) => {
      if (BUILTIN_COMMANDS.includes(m as CommandModule)) return m as CommandModule;
      const parsed = CommandModuleSchema.safeParse(m);
      if (!parsed.success)
        throw new Error(`command module #${i} is invalid: ${zodProblems(parsed.error).join("; ")}`);
      return m as CommandModule;
    }),
  );
}

/** What deploy-commands registers: the definitions of the loaded commands, in their order. */
export const commandDefinitions = (commands: Map<string, CommandModule>): CommandData[] =>
  [...commands.values()].map((c) => c.data);
