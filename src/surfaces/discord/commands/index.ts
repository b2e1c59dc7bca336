// Loads the command modules and validates each one's shape with zod before the bot uses it.
import { z } from "zod";
import { COMMAND_NAME_MAX } from "../limits.js";
import type { CommandModule } from "../types.js";
import ask from "./ask.js";
import askMessage from "./ask-message.js";
import chart from "./chart.js";
import fact from "./fact.js";
import help from "./help.js";
import refresh from "./refresh.js";
import section from "./section.js";
import sections from "./sections.js";

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

export const BUILTIN_COMMANDS: unknown[] = [ask, fact, section, sections, chart, help, refresh, askMessage];

export function loadCommands(modules: unknown[] = BUILTIN_COMMANDS): Map<string, CommandModule> {
  const map = new Map<string, CommandModule>();
  modules.forEach((m, i) => {
    const parsed = CommandModuleSchema.safeParse(m);
    if (!parsed.success)
      throw new Error(
        `command module #${i} is invalid: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`,
      );
    const mod = m as CommandModule;
    if (map.has(mod.data.name)) throw new Error(`duplicate command ${mod.data.name}`);
    map.set(mod.data.name, mod);
  });
  return map;
}
