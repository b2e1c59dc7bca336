// The first response to a gateway interaction (POST /interactions/{id}/{token}/callback), sent with
// fetch and bounded by the response window: Discord takes it only within 3 s of the interaction,
// so it is never retried or waited for beyond that (discord.js's REST retried a callback for about
// a minute, for an answer that could no longer land). Within the window a 429 (after its
// retry-after) or a 5xx is retried, at most CALLBACK_ATTEMPTS times in all, and only when the
// retry can still land; a network error is not (the callback may have landed: a second one would
// be refused as already acknowledged). Files go as multipart, like discord.js does.
import { InteractionResponseType } from "discord-api-types/v10";
import { DefaultRestOptions, Routes } from "discord.js";
import { beforeDeadline } from "../http/followup.js";
import { wireBody, type InteractionResponse, type ReplyFile } from "./response.js";

/** Discord's window for the first response to an interaction. */
export const CALLBACK_WINDOW_MS = 3_000;
/** Tries of one callback (the first and its retries), all within the window. */
export const CALLBACK_ATTEMPTS = 3;
/** Pause before retrying a 5xx. */
const RETRY_PAUSE_MS = 100;

export class CallbackError extends Error {
  override name = "CallbackError";
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfterMs: number | null,
  ) {
    super(`interaction callback refused: HTTP ${status} ${body.slice(0, 300)}`);
  }
}

/** How long to wait before retrying, or null when a retry cannot help. */
function retryPause(err: unknown): number | null {
  if (!(err instanceof CallbackError)) return null; // past the window, or a network error
  if (err.status === 429) return err.retryAfterMs ?? RETRY_PAUSE_MS;
  return err.status >= 500 ? RETRY_PAUSE_MS : null;
}

function retryAfterOf(res: Response): number | null {
  const s = Number(res.headers.get("retry-after"));
  return Number.isFinite(s) && s >= 0 ? s * 1000 : null;
}

export type SendCallback = (
  interaction: { id: string; token: string },
  response: InteractionResponse,
  deadline: number,
) => Promise<void>;

/** The response as Discord's JSON, and the files of a message response. */
function wire(response: InteractionResponse): { json: Record<string, unknown>; files: ReplyFile[] } {
  if (
    response.type === InteractionResponseType.ChannelMessageWithSource ||
    response.type === InteractionResponseType.UpdateMessage
  )
    return { json: { type: response.type, data: wireBody(response.data) }, files: response.data.files ?? [] };
  return { json: response, files: [] };
}

export function createCallbackSender(options: { api?: string | undefined }): SendCallback {
  const base = `${options.api ?? DefaultRestOptions.api}/v${DefaultRestOptions.version}`;
  return async (interaction, response, deadline) => {
    const { json, files } = wire(response);
    let body: string | FormData;
    const headers: Record<string, string> = {
      "user-agent": DefaultRestOptions.userAgentAppendix
        ? `DiscordBot (report-bot) ${DefaultRestOptions.userAgentAppendix}`
        : "DiscordBot (report-bot)",
    };
    if (files.length) {
      body = new FormData();
      body.append("payload_json", JSON.stringify(json));
      for (const [i, f] of files.entries()) {
        body.append(`files[${i}]`, new Blob([f.data], f.contentType ? { type: f.contentType } : {}), f.name);
      }
    } else {
      body = JSON.stringify(json);
      headers["content-type"] = "application/json";
    }
    const url = `${base}${Routes.interactionCallback(interaction.id, interaction.token)}`;
    for (let attempt = 1; ; attempt++) {
      try {
        await beforeDeadline(deadline, "interaction callback", async (signal) => {
          const res = await fetch(url, { method: "POST", headers, body, signal });
          if (!res.ok)
            throw new CallbackError(res.status, await res.text().catch(() => ""), retryAfterOf(res));
          await res.body?.cancel();
        });
        return;
      } catch (err) {
        const pause = retryPause(err);
        if (pause === null || attempt >= CALLBACK_ATTEMPTS || Date.now() + pause >= deadline) throw err;
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  };
}
