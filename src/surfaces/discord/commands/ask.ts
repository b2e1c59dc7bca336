// /ask question: -> the engine's answer as an embed (or the polite cooldown notice).
import { askQuestion } from "../asking.js";
import { optionString, type InteractionInput } from "../input.js";
import { ephemeralText, reply } from "../response.js";
import type { BotContext } from "../types.js";
import { ASK } from "./definitions.js";

export default {
  data: ASK,
  execute(input: InteractionInput, ctx: BotContext) {
    const question = optionString(input, "question") ?? "";
    const outcome = askQuestion(ctx, { userId: input.user.id, question, surface: "slash", locale: input.locale });
    if (!outcome.ok) return ephemeralText(outcome.notice);
    return reply({ embeds: [outcome.embed], ...(outcome.components.length ? { components: outcome.components } : {}) });
  },
};
