// Command options are typed from their definitions and read by them (arguments.ts), and every
// built-in command module is checked against CommandModule by the compiler. The type assertions
// here are checked by `npx tsc --noEmit` (the @ts-expect-error lines fail it if the error goes away).
import { describe, expect, expectTypeOf, it } from "vitest";
import { type ArgumentsOf, readArguments } from "../../src/surfaces/discord/arguments.js";
import {
  ASK,
  type ASK_MESSAGE,
  type CHART,
  type FACT,
  REFRESH,
  type SECTION,
  type SECTIONS,
} from "../../src/surfaces/discord/commands/definitions.js";
import { BUILTIN_COMMANDS, loadCommands } from "../../src/surfaces/discord/commands/index.js";
import { type InputAttachment, interactionInputFromApi } from "../../src/surfaces/discord/input.js";
import { ephemeralText } from "../../src/surfaces/discord/response.js";
import type { CommandModule } from "../../src/surfaces/discord/types.js";

const ATTACHMENT_ID = "333333333333333333";

/** A slash command's input as the transports build it, with `options` as Discord sends them. */
const input = (name: string, options: { name: string; type: number; value: unknown }[]) =>
  interactionInputFromApi({
    id: "111111111111111111",
    application_id: "222222222222222222",
    type: 2,
    token: "tok",
    data: {
      name,
      type: 1,
      options,
      resolved: {
        attachments: {
          [ATTACHMENT_ID]: {
            id: ATTACHMENT_ID,
            filename: "fix.json",
            size: 2,
            url: "http://127.0.0.1/fix.json",
          },
        },
      },
    },
    user: { id: "444444444444444444", username: "someone" },
  });

describe("arguments typed from their definitions", () => {
  it("the types follow each definition: required options present, the others optional, attachments resolved", () => {
    expectTypeOf<ArgumentsOf<typeof ASK>>().toEqualTypeOf<{ readonly question: string }>();
    expectTypeOf<ArgumentsOf<typeof FACT>>().toEqualTypeOf<{ readonly figure: string }>();
    expectTypeOf<ArgumentsOf<typeof SECTION>>().toEqualTypeOf<{ readonly name: string }>();
    expectTypeOf<ArgumentsOf<typeof CHART>>().toEqualTypeOf<{ readonly topic: string }>();
    expectTypeOf<ArgumentsOf<typeof REFRESH>>().toEqualTypeOf<{
      readonly file?: InputAttachment;
      readonly rollback?: boolean;
      readonly confirm_duplicate?: boolean;
    }>();
    expectTypeOf<ArgumentsOf<typeof SECTIONS>>().toEqualTypeOf<Readonly<Record<string, never>>>();
    expectTypeOf<ArgumentsOf<typeof ASK_MESSAGE>>().toEqualTypeOf<Readonly<Record<string, never>>>();
  });

  it("a module whose handler reads an option its definition lacks does not compile", () => {
    const misspelt = {
      data: ASK,
      // @ts-expect-error: /ask has no option "questoin"
      execute: (_input, _ctx, { questoin }) => ephemeralText(String(questoin)),
    } satisfies CommandModule<typeof ASK>;
    const notAModule = {
      data: ASK,
      // @ts-expect-error: a handler returns a HandlerResult
      execute: () => "an answer",
    } satisfies CommandModule<typeof ASK>;
    expect([misspelt, notAModule]).toHaveLength(2);
  });

  it("reads each option by its defined type", () => {
    expect(
      readArguments(ASK, input("ask", [{ name: "question", type: 3, value: "How many households?" }])),
    ).toEqual({ ok: true, args: { question: "How many households?" } });
    const refresh = readArguments(
      REFRESH,
      input("refresh", [
        { name: "file", type: 11, value: ATTACHMENT_ID },
        { name: "rollback", type: 5, value: true },
      ]),
    );
    expect(refresh).toMatchObject({
      ok: true,
      args: { file: { id: ATTACHMENT_ID, filename: "fix.json", contentType: null }, rollback: true },
    });
    expect(readArguments(REFRESH, input("refresh", []))).toEqual({ ok: true, args: {} });
  });

  it("an optional option of another type is left out; a required one missing or mistyped is reported", () => {
    expect(readArguments(REFRESH, input("refresh", [{ name: "rollback", type: 3, value: "yes" }]))).toEqual({
      ok: true,
      args: {},
    });
    expect(readArguments(ASK, input("ask", []))).toEqual({ ok: false, missing: "question" });
    expect(readArguments(ASK, input("ask", [{ name: "question", type: 4, value: 5 }]))).toEqual({
      ok: false,
      missing: "question",
    });
    expect(
      readArguments(REFRESH, input("refresh", [{ name: "file", type: 11, value: "999999999999999999" }])),
    ).toEqual({ ok: true, args: {} });
  });
});

describe("one list of commands", () => {
  it("the loader's built-in set is the module list, in order, each name once", () => {
    const loaded = loadCommands();
    expect([...loaded.values()]).toEqual([...BUILTIN_COMMANDS]);
    expect([...loaded.keys()]).toEqual(BUILTIN_COMMANDS.map((c) => c.data.name));
  });

  it("modules from outside are still checked at run time; built-in ones are passed through", () => {
    expect(() => loadCommands([{ data: { name: "x", description: "y" } }])).toThrow(/#0 is invalid.*execute/);
    expect(() => loadCommands([...BUILTIN_COMMANDS, BUILTIN_COMMANDS[0]])).toThrow(/duplicate command ask/);
    expect(loadCommands([...BUILTIN_COMMANDS]).size).toBe(BUILTIN_COMMANDS.length);
  });
});
