// The gateway transport: the raw INTERACTION_CREATE payload in (the same JSON the HTTP endpoint
// receives), the shared handler's result sent through REST: the callback within Discord's 3 s
// window, the deferred reply's edit within the token's 15 minutes. No discord.js interaction
// object is involved, so a payload discord.js cannot parse (an autocomplete without `data`, a
// message with `thread: null`) is still answered. A response that cannot be delivered is logged
// and answered with an apology if Discord can still take one. Nothing here may crash the process.
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import { z } from "zod";
import { DeadlineError, INTERACTION_TOKEN_LIFETIME_MS, type TokenMessages } from "../http/followup.js";
import { CALLBACK_WINDOW_MS, type SendCallback } from "./callback.js";
import type { InteractionHandler } from "./handle.js";
import { interactionInputFromApi } from "./input.js";
import { localeFor } from "./locales/index.js";
import { editBody, messageBody, type InteractionResponse } from "./response.js";
import type { BotContext } from "./types.js";
import { zodProblems } from "../../util/zod.js";

/** Just enough of a payload to apologise when the rest of it cannot be read. */
const ReplyTargetSchema = z.looseObject({
  id: z.string().min(1),
  token: z.string().min(1),
  application_id: z.string().min(1),
  type: z.number().int(),
  locale: z.string().optional(),
});
type ReplyTarget = {
  id: string;
  token: string;
  applicationId: string;
  autocomplete: boolean;
  locale: string | undefined;
};

export type RouterOptions = {
  sendCallback: SendCallback;
  followUps: TokenMessages;
  /** Discord's response window (tests shorten it). */
  callbackWindowMs?: number;
};

export function createInteractionRouter(handle: InteractionHandler, ctx: BotContext, options: RouterOptions) {
  const windowMs = options.callbackWindowMs ?? CALLBACK_WINDOW_MS;

  /** After a failure: an apology if Discord can still take one (never a callback after its window). */
  async function apologise(
    t: ReplyTarget,
    acknowledged: boolean,
    callbackDeadline: number,
    tokenDeadline: number,
  ): Promise<void> {
    try {
      if (t.autocomplete) {
        if (!acknowledged && Date.now() < callbackDeadline)
          await options.sendCallback(
            t,
            { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } },
            callbackDeadline,
          );
        return;
      }
      const apology = messageBody({ content: localeFor(t.locale).apology, ephemeral: true });
      if (acknowledged)
        await options.followUps.send(t.applicationId, t.token, apology, { deadline: tokenDeadline });
      else if (Date.now() < callbackDeadline)
        await options.sendCallback(
          t,
          { type: InteractionResponseType.ChannelMessageWithSource, data: apology },
          callbackDeadline,
        );
      else
        ctx.logger.warn({ interactionId: t.id }, "no apology: the interaction's response window has passed");
    } catch (err) {
      ctx.logger.error({ err, interactionId: t.id }, "could not send the apology");
    }
  }

  /** `receivedAt`: when the gateway delivered it (the response window is counted from there). */
  return async function route(raw: unknown, receivedAt: number = Date.now()): Promise<void> {
    const callbackDeadline = receivedAt + windowMs;
    const tokenDeadline = receivedAt + INTERACTION_TOKEN_LIFETIME_MS;
    const target = ReplyTargetSchema.safeParse(raw);
    if (!target.success) {
      // Without an id and a token nobody can be answered; say so once.
      ctx.logger.error(
        { problems: zodProblems(target.error) },
        "interaction without id/token/application_id ignored",
      );
      ctx.metrics.errors.inc({ where: "input" });
      return;
    }
    const t: ReplyTarget = {
      id: target.data.id,
      token: target.data.token,
      applicationId: target.data.application_id,
      autocomplete: target.data.type === InteractionType.ApplicationCommandAutocomplete,
      locale: target.data.locale,
    };
    let input: ReturnType<typeof interactionInputFromApi>;
    try {
      input = interactionInputFromApi(raw);
    } catch (err) {
      ctx.logger.error(
        { err, interactionId: t.id, type: target.data.type },
        "interaction handler failed: unreadable interaction",
      );
      ctx.metrics.errors.inc({ where: "input" });
      return apologise(t, false, callbackDeadline, tokenDeadline);
    }
    const { response, deferred } = await handle(input);
    let acknowledged = false;
    try {
      await options.sendCallback(t, response as InteractionResponse, callbackDeadline);
      acknowledged = true;
      if (response.type === InteractionResponseType.DeferredChannelMessageWithSource && deferred) {
        await options.followUps.editOriginal(t.applicationId, t.token, editBody(await deferred()), {
          deadline: tokenDeadline,
        });
      }
    } catch (err) {
      const late = err instanceof DeadlineError;
      ctx.logger.error(
        { err, interactionId: t.id, type: input.kind, responseType: response.type, acknowledged },
        late
          ? "interaction response did not land within its window"
          : "could not deliver the interaction response",
      );
      ctx.metrics.errors.inc({ where: "delivery" });
      await apologise(t, acknowledged, callbackDeadline, tokenDeadline);
    }
  };
}
