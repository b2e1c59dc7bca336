// Message context menu "Ask the report": answers the target message's text.
import { askReply } from "../asking.js";
import { targetMessage } from "../input.js";
import { localeFor } from "../locales/index.js";
import { stripMention } from "../reply.js";
import { ephemeralText } from "../response.js";
import type { CommandModule } from "../types.js";
import { ASK_MESSAGE } from "./definitions.js";

export default {
  data: ASK_MESSAGE,
  execute(input, ctx) {
    const content = targetMessage(input)?.content ?? "";
    // Modern applications' bot user id is the application id; strip both if they differ.
    const botId = ctx.botUserId();
    const question = stripMention(
      botId && botId !== input.applicationId ? stripMention(content, botId) : content,
      input.applicationId,
    );
    if (!question) return ephemeralText(localeFor(input.locale).emptyQuestion);
    return askReply(ctx, { userId: input.user.id, question, surface: "context_menu", locale: input.locale });
  },
} satisfies CommandModule<typeof ASK_MESSAGE>;
