// Routes every interaction to its command module; a handler that throws gets logged and the
// user gets a short ephemeral apology. Nothing here may crash the process.
import type { Interaction } from "discord.js";
import { localeFor } from "./locales/index.js";
import { textReply } from "./reply.js";
import type { BotContext, CommandModule } from "./types.js";

export function createInteractionRouter(commands: Map<string, CommandModule>, ctx: BotContext) {
  const byPrefix = new Map<string, CommandModule>();
  for (const m of commands.values()) if (m.buttonPrefix) byPrefix.set(m.buttonPrefix, m);

  async function dispatch(interaction: Interaction): Promise<unknown> {
    if (interaction.isAutocomplete()) return commands.get(interaction.commandName)?.autocomplete?.(interaction, ctx);
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command) {
        ctx.logger.warn({ interactionId: interaction.id, command: interaction.commandName }, "unknown command");
        return interaction.reply(textReply(localeFor(interaction.locale).apology));
      }
      return command.execute(interaction, ctx);
    }
    if (interaction.isButton()) {
      const prefix = interaction.customId.split(":", 1)[0] ?? "";
      const module = byPrefix.get(prefix);
      if (module?.button) return module.button(interaction, ctx);
      return interaction.reply(textReply(localeFor(interaction.locale).apology));
    }
    return undefined;
  }

  return async function route(interaction: Interaction): Promise<void> {
    try {
      await dispatch(interaction);
    } catch (err) {
      ctx.logger.error({ err, interactionId: interaction.id, type: interaction.type }, "interaction handler failed");
      try {
        if (interaction.isAutocomplete()) {
          if (!interaction.responded) await interaction.respond([]);
        } else if (interaction.isRepliable()) {
          const apology = textReply(localeFor(interaction.locale).apology);
          if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
          else await interaction.reply(apology);
        }
      } catch (err2) {
        ctx.logger.error({ err: err2, interactionId: interaction.id }, "could not send the apology");
      }
    }
  };
}
