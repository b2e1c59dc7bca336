// Messages sent with an interaction's token after its first response: the deferred reply edits the
// original response (PATCH /webhooks/{application_id}/{token}/messages/@original) and an apology
// after an acknowledged response is a follow-up (POST /webhooks/{application_id}/{token}), through
// @discordjs/rest, which handles rate limits. The interaction token authorises the call (no bot
// token is sent). Right after the type 5 response Discord may not have created the original
// message yet: a 404 is retried a few times.
// Every call is bounded by what it can still achieve: the token is valid 15 minutes after the
// interaction, so nothing (attempt, rate-limit wait, 404 retry) outlives that deadline; the REST
// client's own retries cannot stretch it either, the call gives up at the deadline.
import { DiscordAPIError, REST, Routes } from "discord.js";
import { editBody, wireBody, type MessageBody } from "../discord/response.js";

const RETRY_404_DELAYS_MS = [150, 400, 1000];
/** How long an interaction token can be used for follow-ups and edits (Discord: 15 minutes). */
export const INTERACTION_TOKEN_LIFETIME_MS = 15 * 60_000;

export class DeadlineError extends Error {
  override name = "DeadlineError";
}

/** `deadline`: epoch ms after which the call cannot succeed (default: the token's lifetime from now, an upper bound). */
export type DeadlineOptions = { deadline?: number };

/** What the HTTP endpoint needs: the deferred reply's edit. */
export type FollowUps = {
  editOriginal(
    applicationId: string,
    interactionToken: string,
    body: MessageBody,
    opts?: DeadlineOptions,
  ): Promise<void>;
  close(): void;
};

/** FollowUps and a new message after the response (the gateway's apology once the response was acknowledged). */
export type TokenMessages = FollowUps & {
  send(
    applicationId: string,
    interactionToken: string,
    body: MessageBody,
    opts?: DeadlineOptions,
  ): Promise<void>;
};

/** Runs `call` with a signal aborted at `deadline`; settles by the deadline whatever `call` does. */
export async function beforeDeadline<T>(
  deadline: number,
  what: string,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const left = deadline - Date.now();
  if (left <= 0) throw new DeadlineError(`${what}: its window has passed; not sent`);
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DeadlineError(`${what}: no answer within its window (${left} ms left when sent)`));
    }, left);
  });
  try {
    return await Promise.race([call(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}

export function createFollowUps(options: {
  token: string;
  api?: string | undefined;
  retryDelaysMs?: number[];
}): TokenMessages {
  const rest = new REST(options.api ? { api: options.api } : {}).setToken(options.token);
  const delays = options.retryDelaysMs ?? RETRY_404_DELAYS_MS;
  const files = (body: MessageBody) =>
    body.files?.map((f) => ({
      name: f.name,
      data: f.data,
      ...(f.contentType ? { contentType: f.contentType } : {}),
    }));
  const deadlineOf = (opts?: DeadlineOptions) => opts?.deadline ?? Date.now() + INTERACTION_TOKEN_LIFETIME_MS;
  return {
    async editOriginal(applicationId, interactionToken, body, opts) {
      const deadline = deadlineOf(opts);
      const attachments = files(body);
      for (let attempt = 0; ; attempt++) {
        try {
          await beforeDeadline(deadline, "editing the deferred reply", (signal) =>
            rest.patch(Routes.webhookMessage(applicationId, interactionToken, "@original"), {
              body: wireBody(editBody(body)),
              auth: false,
              signal,
              ...(attachments ? { files: attachments } : {}),
            }),
          );
          return;
        } catch (err) {
          const retry =
            err instanceof DiscordAPIError &&
            err.status === 404 &&
            attempt < delays.length &&
            Date.now() + delays[attempt]! < deadline;
          if (!retry) throw err;
          await new Promise((r) => setTimeout(r, delays[attempt]));
        }
      }
    },
    async send(applicationId, interactionToken, body, opts) {
      const attachments = files(body);
      await beforeDeadline(deadlineOf(opts), "sending a follow-up", (signal) =>
        rest.post(Routes.webhook(applicationId, interactionToken), {
          body: wireBody(body),
          auth: false,
          signal,
          ...(attachments ? { files: attachments } : {}),
        }),
      );
    },
    close() {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}
