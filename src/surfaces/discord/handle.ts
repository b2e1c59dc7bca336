// The one entry point both transports call: InteractionInput in, HandlerResult out. Routes to
// the command module, checks the shared knowledge folder first, and turns a handler that throws
// (or returns a response the interaction cannot take) into a logged error and a short ephemeral
// apology. Never throws.
import { InteractionResponseType } from "discord-api-types/v10";
import { readArguments } from "./arguments.js";
import { localeFor } from "./locales/index.js";
import type { InteractionInput } from "./input.js";
import { choices, ephemeralText, messageBody, type HandlerResult, type MessageBody } from "./response.js";
import type { BotContext, CommandModule } from "./types.js";

export type Transport = "gateway" | "http";
export type InteractionHandler = (input: InteractionInput) => Promise<HandlerResult>;

/** Response types each kind of interaction may get. */
const { ChannelMessageWithSource, DeferredChannelMessageWithSource, UpdateMessage } = InteractionResponseType;
const ALLOWED: Record<InteractionInput["kind"], readonly InteractionResponseType[]> = {
  command: [ChannelMessageWithSource, DeferredChannelMessageWithSource],
  autocomplete: [InteractionResponseType.ApplicationCommandAutocompleteResult],
  component: [ChannelMessageWithSource, DeferredChannelMessageWithSource, UpdateMessage],
  modal: [ChannelMessageWithSource, DeferredChannelMessageWithSource],
};

/** The short ephemeral apology, in the user's language. */
const apology = (input: InteractionInput) => ephemeralText(localeFor(input.locale).apology);

export function createInteractionHandler(
  commands: Map<string, CommandModule>,
  ctx: BotContext,
  transport: Transport,
): InteractionHandler {
  const byPrefix = new Map<string, CommandModule>();
  for (const m of commands.values()) if (m.buttonPrefix) byPrefix.set(m.buttonPrefix, m);

  async function dispatch(input: InteractionInput): Promise<HandlerResult> {
    switch (input.kind) {
      case "autocomplete": {
        const command = commands.get(input.commandName ?? "");
        return command?.autocomplete ? command.autocomplete(input, ctx) : choices([]);
      }
      case "command": {
        const command = commands.get(input.commandName ?? "");
        if (!command) {
          ctx.logger.warn({ interactionId: input.id, command: input.commandName }, "unknown command");
          return apology(input);
        }
        const read = readArguments(command.data, input);
        if (!read.ok) {
          // Discord always sends a required option; a payload without one was not made by it.
          ctx.logger.warn(
            { interactionId: input.id, command: input.commandName, option: read.missing },
            "required option missing",
          );
          return apology(input);
        }
        return command.execute(input, ctx, read.args);
      }
      case "component": {
        const prefix = (input.customId ?? "").split(":", 1)[0] ?? "";
        const module = byPrefix.get(prefix);
        return module?.button ? module.button(input, ctx) : apology(input);
      }
      default:
        return apology(input);
    }
  }

  return async function handle(input: InteractionInput): Promise<HandlerResult> {
    ctx.metrics.interactions.inc({ transport, kind: input.kind });
    try {
      await ctx.knowledge.ensureFresh();
    } catch (err) {
      ctx.logger.error({ err }, "knowledge check failed; answering from the loaded version");
    }
    try {
      const result = await dispatch(input);
      const type = result?.response?.type;
      if (!ALLOWED[input.kind].includes(type))
        throw new Error(`handler returned response type ${String(type)} for a ${input.kind} interaction`);
      if (type === DeferredChannelMessageWithSource && !result.deferred)
        throw new Error("a deferred response (type 5) needs deferred work");
      if (!result.deferred) return result;
      const work = result.deferred;
      return {
        response: result.response,
        deferred: async (): Promise<MessageBody> => {
          try {
            return await work();
          } catch (err) {
            ctx.logger.error(
              { err, interactionId: input.id, command: input.commandName },
              "deferred work failed",
            );
            ctx.metrics.errors.inc({ where: "deferred" });
            return messageBody({ content: localeFor(input.locale).apology });
          }
        },
      };
    } catch (err) {
      ctx.logger.error(
        {
          err,
          interactionId: input.id,
          type: input.kind,
          command: input.commandName,
          customId: input.customId,
        },
        "interaction handler failed",
      );
      ctx.metrics.errors.inc({ where: "handler" });
      return input.kind === "autocomplete" ? choices([]) : apology(input);
    }
  };
}
