// Mentions and DMs: a message that mentions the bot (or any DM from a person) is a question.
// Works without the MessageContent intent: Discord delivers the content of mentions and DMs.
// Gateway only (messages do not reach an HTTP interactions endpoint); the cooldown and the
// answer come from the same askQuestion as /ask.
import type { Message } from "discord.js";
import { askQuestion, localeOfQuestion } from "./asking.js";
import { localeFor } from "./locales/index.js";
import { mentionsBot, stripMention } from "./reply.js";
import { NO_MENTIONS } from "./response.js";
import type { BotContext } from "./types.js";

function isQuestionForBot(message: Message): boolean {
  if (message.author.bot || message.system) return false;
  const botId = message.client.user.id;
  if (!message.inGuild()) return true;
  return message.mentions.users.has(botId) || mentionsBot(message.content, botId);
}

export async function handleMessage(message: Message, ctx: BotContext): Promise<void> {
  if (!isQuestionForBot(message)) return;
  const question = stripMention(message.content, message.client.user.id);
  const allowedMentions = { ...NO_MENTIONS, repliedUser: false };
  try {
    if (!question) {
      await message.reply({ content: localeFor("en").emptyQuestion, allowedMentions });
      return;
    }
    await ctx.knowledge.ensureFresh().catch((err: unknown) => ctx.logger.error({ err }, "knowledge check failed; answering from the loaded version"));
    const outcome = askQuestion(ctx, { userId: message.author.id, question, surface: "message" });
    if (!outcome.ok) {
      // A message cannot be ephemeral: say it once per cooldown window, then stay quiet.
      if (!outcome.alreadyTold) await message.reply({ content: outcome.notice, allowedMentions });
      return;
    }
    await message.reply({ ...outcome.message, allowedMentions });
  } catch (err) {
    ctx.logger.error({ err, messageId: message.id, channelId: message.channelId }, "message handler failed");
    ctx.metrics.errors.inc({ where: "message" });
    try {
      await message.reply({ content: localeOfQuestion(question).apology, allowedMentions });
    } catch (err2) {
      ctx.logger.error({ err: err2, messageId: message.id }, "could not send the apology");
    }
  }
}
