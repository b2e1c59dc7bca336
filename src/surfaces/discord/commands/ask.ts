// /ask question: -> the engine's answer as an embed (or the polite cooldown notice).
import { askReply } from "../asking.js";
import type { CommandModule } from "../types.js";
import { ASK } from "./definitions.js";

export default {
  data: ASK,
  execute(input, ctx, { question }) {
    return askReply(ctx, { userId: input.user.id, question, surface: "slash", locale: input.locale });
  },
} satisfies CommandModule<typeof ASK>;
