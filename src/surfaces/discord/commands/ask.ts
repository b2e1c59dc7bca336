// /ask question: -> the engine's answer as an embed (or the polite cooldown notice).
import { askReply } from "../asking.js";
import { optionString, type InteractionInput } from "../input.js";
import type { BotContext } from "../types.js";
import { ASK } from "./definitions.js";

export default {
  data: ASK,
  execute(input: InteractionInput, ctx: BotContext) {
    const question = optionString(input, "question") ?? "";
    return askReply(ctx, { userId: input.user.id, question, surface: "slash", locale: input.locale });
  },
};
