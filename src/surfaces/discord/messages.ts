// Mentions and DMs: a message that mentions the bot (or any DM from a person) is a question.
// Works without the MessageContent intent: Discord delivers the content of mentions and DMs.
// Gateway only (messages do not reach an HTTP interactions endpoint); the cooldown and the
// answer come from the same askQuestion as /ask.
// Read from the raw MESSAGE_CREATE payload, checking only the fields used here, and answered
// through REST: discord.js could not build a Message from payloads other Discord implementations
// send (`thread: null`, `application.install_params: null`), and the question went unanswered.
import { Routes, type REST } from "discord.js";
import { z } from "zod";
import { askQuestion, localeOfQuestion } from "./asking.js";
import { localeFor } from "./locales/index.js";
import { mentionsBot, stripMention } from "./reply.js";
import { messageBody, NO_MENTIONS, wireBody, type BodyParts } from "./response.js";
import type { BotContext } from "./types.js";

const id = z.string().regex(/^\d{1,20}$/);
/** Message types people write (discord.js's NonSystemMessageTypes: default, reply, and the two command results). */
const NON_SYSTEM_TYPES = [0, 19, 20, 23];

const RawMessageSchema = z.looseObject({
  id,
  channel_id: id,
  guild_id: id.nullish(),
  content: z.string().nullish(),
  type: z.number().int().nullish(),
  author: z.looseObject({ id, bot: z.boolean().nullish() }),
  webhook_id: z.string().nullish(),
  mentions: z.array(z.looseObject({ id })).nullish(),
});
type RawMessage = z.infer<typeof RawMessageSchema>;

function isQuestionForBot(m: RawMessage, botId: string): boolean {
  if (m.author.bot || m.webhook_id || !NON_SYSTEM_TYPES.includes(m.type ?? 0)) return false;
  if (!m.guild_id) return true; // a DM
  return (m.mentions ?? []).some((u) => u.id === botId) || mentionsBot(m.content ?? "", botId);
}

export async function handleMessage(payload: unknown, ctx: BotContext, rest: REST): Promise<void> {
  const parsed = RawMessageSchema.safeParse(payload);
  const botId = ctx.botUserId();
  if (!parsed.success || !botId) return; // not a message a person wrote to us (or not ready): nothing to answer
  const m = parsed.data;
  if (!isQuestionForBot(m, botId)) return;
  const question = stripMention(m.content ?? "", botId);
  const replyWith = (parts: BodyParts) => {
    const body = messageBody(parts);
    return rest.post(Routes.channelMessages(m.channel_id), {
      body: {
        ...wireBody(body),
        allowed_mentions: { ...NO_MENTIONS, replied_user: false },
        message_reference: { message_id: m.id, fail_if_not_exists: false },
      },
      ...(body.files
        ? {
            files: body.files.map((f) => ({
              name: f.name,
              data: f.data,
              ...(f.contentType ? { contentType: f.contentType } : {}),
            })),
          }
        : {}),
    });
  };
  try {
    if (!question) {
      await replyWith({ content: localeFor("en").emptyQuestion });
      return;
    }
    await ctx.knowledge
      .ensureFresh()
      .catch((err: unknown) =>
        ctx.logger.error({ err }, "knowledge check failed; answering from the loaded version"),
      );
    const outcome = askQuestion(ctx, { userId: m.author.id, question, surface: "message" });
    if (!outcome.ok) {
      // A message cannot be ephemeral: say it once per cooldown window, then stay quiet.
      if (!outcome.alreadyTold) await replyWith({ content: outcome.notice });
      return;
    }
    await replyWith(outcome.message);
  } catch (err) {
    ctx.logger.error({ err, messageId: m.id, channelId: m.channel_id }, "message handler failed");
    ctx.metrics.errors.inc({ where: "message" });
    try {
      await replyWith({ content: localeOfQuestion(question).apology });
    } catch (err2) {
      ctx.logger.error({ err: err2, messageId: m.id }, "could not send the apology");
    }
  }
}
