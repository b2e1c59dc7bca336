// Deferred replies in http mode: the result of the deferred work edits the original response
// (PATCH /webhooks/{application_id}/{token}/messages/@original) through @discordjs/rest, which
// handles rate limits. The interaction token authorises the call (no bot token is sent). Right
// after the type 5 response Discord may not have created the original message yet: a 404 is
// retried a few times.
import { DiscordAPIError, REST, Routes } from "discord.js";
import { editBody, wireBody, type MessageBody } from "../discord/response.js";

const RETRY_404_DELAYS_MS = [150, 400, 1000];

export type FollowUps = {
  editOriginal(applicationId: string, interactionToken: string, body: MessageBody): Promise<void>;
  close(): void;
};

export function createFollowUps(o: { token: string; api?: string | undefined; retryDelaysMs?: number[] }): FollowUps {
  const rest = new REST(o.api ? { api: o.api } : {}).setToken(o.token);
  const delays = o.retryDelaysMs ?? RETRY_404_DELAYS_MS;
  return {
    async editOriginal(applicationId, interactionToken, body) {
      const files = body.files?.map((f) => ({ name: f.name, data: f.data, ...(f.contentType ? { contentType: f.contentType } : {}) }));
      for (let attempt = 0; ; attempt++) {
        try {
          await rest.patch(Routes.webhookMessage(applicationId, interactionToken, "@original"), {
            body: wireBody(editBody(body)),
            auth: false,
            ...(files ? { files } : {}),
          });
          return;
        } catch (err) {
          const retry = err instanceof DiscordAPIError && err.status === 404 && attempt < delays.length;
          if (!retry) throw err;
          await new Promise((r) => setTimeout(r, delays[attempt]));
        }
      }
    },
    close() {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}
