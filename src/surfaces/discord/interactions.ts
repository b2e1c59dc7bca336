// The gateway transport: a discord.js interaction and its raw payload in, the shared handler's
// result performed with discord.js (reply, deferReply + editReply, update, respond), every body
// with allowedMentions { parse: [] }. A response that cannot be delivered is logged and
// answered with an apology if Discord still takes one. Nothing here may crash the process.
import type { Interaction, InteractionEditReplyOptions, InteractionReplyOptions, InteractionUpdateOptions } from "discord.js";
import type { InteractionHandler } from "./handle.js";
import { interactionInputFromApi } from "./input.js";
import { localeFor } from "./locales/index.js";
import { editBody, messageBody, NO_MENTIONS, type MessageBody } from "./response.js";
import type { BotContext } from "./types.js";

/** A MessageBody as discord.js options (files as attachments, mentions never parsed). */
export function toDiscordJs(body: MessageBody): InteractionReplyOptions & InteractionUpdateOptions & InteractionEditReplyOptions {
  return {
    ...(body.content !== undefined ? { content: body.content } : {}),
    ...(body.embeds ? { embeds: body.embeds } : {}),
    ...(body.components ? { components: body.components } : {}),
    ...(body.flags !== undefined ? { flags: body.flags } : {}),
    ...(body.files ? { files: body.files.map((f) => ({ attachment: f.data, name: f.name, ...(f.description ? { description: f.description } : {}) })) } : {}),
    allowedMentions: NO_MENTIONS,
  } as InteractionReplyOptions & InteractionUpdateOptions & InteractionEditReplyOptions;
}

export function createInteractionRouter(handle: InteractionHandler, ctx: BotContext) {
  async function apologise(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        const apology = toDiscordJs(messageBody({ content: localeFor(interaction.locale).apology, ephemeral: true }));
        if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
        else await interaction.reply(apology);
      }
    } catch (err) {
      ctx.logger.error({ err, interactionId: interaction.id }, "could not send the apology");
    }
  }

  return async function route(interaction: Interaction, raw: unknown): Promise<void> {
    let input;
    try {
      input = interactionInputFromApi(raw);
    } catch (err) {
      ctx.logger.error({ err, interactionId: interaction.id, type: interaction.type }, "interaction handler failed: unreadable interaction");
      ctx.metrics.errors.inc({ where: "input" });
      return apologise(interaction);
    }
    const { response, deferred } = await handle(input);
    try {
      switch (response.type) {
        case 4:
          if (interaction.isRepliable()) await interaction.reply(toDiscordJs(response.data));
          break;
        case 5:
          if (!interaction.isRepliable()) break;
          await interaction.deferReply(response.data.flags !== undefined ? { flags: response.data.flags as 64 } : {});
          if (deferred) {
            await interaction.editReply(toDiscordJs(editBody(await deferred())));
          }
          break;
        case 7:
          if (interaction.isMessageComponent()) await interaction.update(toDiscordJs(response.data));
          break;
        case 8:
          if (interaction.isAutocomplete()) await interaction.respond(response.data.choices);
          break;
      }
    } catch (err) {
      ctx.logger.error({ err, interactionId: interaction.id, type: interaction.type, responseType: response.type }, "could not deliver the interaction response");
      ctx.metrics.errors.inc({ where: "delivery" });
      await apologise(interaction);
    }
  };
}
