// A command's options as a typed object derived from its definition (after discord-utils-bot's
// ArgumentsOf and yuudachi's ArgsParam): `/ask question:` gives its handler `{ question: string }`,
// so renaming an option in definitions.ts breaks the handler at compile time instead of making a
// string lookup quietly return null. The same definition drives the run-time reading, so the type
// and the value cannot disagree.
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { InputAttachment, InteractionInput } from "./input.js";
import type { CommandData } from "./types.js";

/** What an option's value becomes: ids for users, channels, roles and mentionables; the resolved file for an attachment. */
type ValueOf<T> = T extends ApplicationCommandOptionType.String
  ? string
  : T extends ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number
    ? number
    : T extends ApplicationCommandOptionType.Boolean
      ? boolean
      : T extends ApplicationCommandOptionType.Attachment
        ? InputAttachment
        : T extends
              | ApplicationCommandOptionType.User
              | ApplicationCommandOptionType.Channel
              | ApplicationCommandOptionType.Role
              | ApplicationCommandOptionType.Mentionable
          ? string
          : never;

type FieldOf<O> = O extends { name: infer K extends string; type: infer T }
  ? O extends { required: true }
    ? { readonly [k in K]: ValueOf<T> }
    : { readonly [k in K]?: ValueOf<T> }
  : never;

type Intersect<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
type Flat<T> = { [K in keyof T]: T[K] };

export type OptionValue = string | number | boolean | InputAttachment;
/** The arguments of a command whose definition is not known precisely (a module from outside). */
export type AnyArguments = Readonly<Record<string, OptionValue | undefined>>;

/** The arguments of definition D (a literal `as const` definition); none when it has no options. */
export type ArgumentsOf<D> = D extends { options: readonly (infer O)[] }
  ? Flat<Intersect<FieldOf<O>>>
  : Readonly<Record<string, never>>;

type OptionDefinition = { name: string; type: number; required?: boolean };

/** The value of one option as its definition says it must be, or undefined when absent or of another type. */
function optionValue(def: OptionDefinition, input: InteractionInput): OptionValue | undefined {
  const raw = input.options[def.name];
  switch (def.type) {
    case ApplicationCommandOptionType.String:
    case ApplicationCommandOptionType.User:
    case ApplicationCommandOptionType.Channel:
    case ApplicationCommandOptionType.Role:
    case ApplicationCommandOptionType.Mentionable:
      return typeof raw === "string" ? raw : undefined;
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return typeof raw === "number" ? raw : undefined;
    case ApplicationCommandOptionType.Boolean:
      return typeof raw === "boolean" ? raw : undefined;
    case ApplicationCommandOptionType.Attachment:
      // The option's value is the attachment's id; the file itself is in the resolved data.
      return typeof raw === "string" ? input.attachments[raw] : undefined;
    default:
      // Subcommands and groups: none of our commands has them (input.ts flattens their leaves).
      return undefined;
  }
}

export type ReadArguments<A> = { ok: true; args: A } | { ok: false; missing: string };

/**
 * Reads the options `data` defines from the interaction. A required option that is absent or of
 * another type (Discord never sends that; a hand-made payload may) is reported, not guessed at.
 */
export function readArguments<D extends CommandData>(
  data: D,
  input: InteractionInput,
): ReadArguments<ArgumentsOf<D>>;
export function readArguments(data: CommandData, input: InteractionInput): ReadArguments<AnyArguments> {
  const args: Record<string, OptionValue> = {};
  const defs = ("options" in data ? (data.options ?? []) : []) as readonly OptionDefinition[];
  for (const def of defs) {
    const value = optionValue(def, input);
    if (value !== undefined) args[def.name] = value;
    else if (def.required) return { ok: false, missing: def.name };
  }
  return { ok: true, args };
}
