// Mentions and DMs: a message that mentions the bot (or any DM from a person) is a question.
// Works without the MessageContent intent: Discord delivers content for mentions and DMs.
import type { Message } from "discord.js";
import { answerEmbed } from "./embeds.js";
import { localeFor } from "./locales/index.js";
import { NO_MENTIONS, stripMention } from "./reply.js";
import type { BotContext } from "./types.js";

export function isQuestionForBot(message: Message): boolean {
  if (message.author.bot || message.system) return false;
  const botId = message.client.user.id;
  if (!message.inGuild()) return true;
  return message.mentions.users.has(botId) || new RegExp(`<@!?${botId}>`).test(message.content);
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
    await message.reply({ embeds: [answerEmbed(ctx.store.engine.answer(question))], allowedMentions });
  } catch (err) {
    ctx.logger.error({ err, messageId: message.id, channelId: message.channelId }, "message handler failed");
    try {
      await message.reply({ content: localeFor("en").apology, allowedMentions });
    } catch (err2) {
      ctx.logger.error({ err: err2, messageId: message.id }, "could not send the apology");
    }
  }
}
