/**
 * Proves the Discord stand-in (tests/support/discord) against the REAL discord.js Client:
 * real REST over HTTP and the real gateway protocol over WebSocket, nothing mocked.
 */
import {
  ChannelType as DjsChannelType,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
  type ClientEvents,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  OptionType,
  Permissions,
  startDiscordStandin,
  type DiscordStandin,
} from "./support/discord/standin.js";

const TOKEN = "test-token";

/** Resolve with the args of the next `event` that passes `filter`. */
function nextEvent<E extends keyof ClientEvents>(
  client: Client,
  event: E,
  filter: (...args: ClientEvents[E]) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<ClientEvents[E]> {
  return new Promise((resolve, reject) => {
    const listener = (...args: ClientEvents[E]) => {
      if (!filter(...args)) return;
      clearTimeout(timer);
      client.off(event, listener);
      resolve(args);
    };
    const timer = setTimeout(() => {
      client.off(event, listener);
      reject(new Error(`Timed out waiting for client event ${String(event)}`));
    }, timeoutMs);
    client.on(event, listener);
  });
}

function newClient(standin: DiscordStandin): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
    ],
    // DM channels are not in the cache when a DM arrives: without Partials.Channel discord.js drops the event.
    partials: [Partials.Channel],
    rest: { api: standin.restUrl },
  });
}

describe("Discord stand-in driven by a real discord.js Client", () => {
  let standin: DiscordStandin;
  let client: Client;
  let readyClient: Client<true>;

  beforeAll(async () => {
    standin = await startDiscordStandin({ token: TOKEN });
    client = newClient(standin);
    const ready = nextEvent(client, Events.ClientReady);
    await client.login(TOKEN);
    [readyClient] = await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await standin?.close();
  });

  it("logs in over REST + gateway: READY, guild cached, bot token used", async () => {
    expect(readyClient.user.id).toBe(standin.bot.id);
    expect(readyClient.user.bot).toBe(true);
    expect(readyClient.application.id).toBe(standin.applicationId);

    const guild = client.guilds.cache.get(standin.guild.id);
    expect(guild?.available).toBe(true);
    expect(guild?.name).toBe("Test Guild");
    expect(guild?.ownerId).toBe(standin.userByName("owner").id);
    expect(guild?.channels.cache.find((c) => c.name === "general")?.type).toBe(DjsChannelType.GuildText);
    expect(guild?.members.me?.id).toBe(standin.bot.id);

    const gatewayBot = standin.findRequests({ method: "GET", path: "/gateway/bot" });
    expect(gatewayBot).toHaveLength(1);
    expect(gatewayBot[0]?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(gatewayBot[0]?.apiVersion).toBe(10);

    expect(standin.gateway.identifies).toBe(1);
    expect(standin.gateway.connectionUrls[0]).toBe("/gateway?v=10&encoding=json");
    const identify = standin.gateway.received.find((f) => f.op === 2);
    expect(identify?.d.token).toBe(TOKEN);
    expect(identify?.d.intents).toBe(client.options.intents.bitfield);
    expect(identify?.d.shard).toEqual([0, 1]);
  });

  it("chat input interaction -> interaction.reply() posts callback type 4 with allowed_mentions", async () => {
    const received = nextEvent(
      client,
      Events.InteractionCreate,
      (i) => i.isChatInputCommand() && i.commandName === "ask",
    );
    const payload = standin.interactionCreate({
      kind: "chatInput",
      commandName: "ask",
      options: [
        { name: "question", type: OptionType.String, value: "What is the median income?" },
        { name: "year", type: OptionType.Integer, value: 2021 },
      ],
    });
    const [interaction] = await received;
    if (!interaction.isChatInputCommand()) throw new Error("unreachable");

    expect(interaction.id).toBe(payload.id);
    expect(interaction.options.getString("question")).toBe("What is the median income?");
    expect(interaction.options.getInteger("year")).toBe(2021);
    expect(interaction.user.username).toBe("member");
    expect(interaction.inGuild()).toBe(true);
    expect(interaction.channelId).toBe(standin.channelByName("general").id);
    expect(interaction.locale).toBe("en-US");

    await interaction.reply({ content: "It is 42 <@123456789012345678>", allowedMentions: { parse: [] } });

    const callback = await standin.waitForRequest({
      method: "POST",
      path: `/interactions/${payload.id}/${payload.token}/callback`,
    });
    expect(callback.status).toBe(204);
    expect(callback.query).toEqual({ with_response: "false" });
    expect(callback.headers.authorization).toBeUndefined(); // callbacks are sent with auth: false
    expect(callback.body).toMatchObject({
      type: 4,
      data: { content: "It is 42 <@123456789012345678>", allowed_mentions: { parse: [] } },
    });
    expect(standin.getInteraction(payload.id)?.acknowledged).toBe(true);
  });

  it("member.permissions carries the moderator bit (Manage Guild) only for moderators", async () => {
    const perms: Record<string, boolean | undefined> = {};
    for (const username of ["member", "moderator", "owner"]) {
      const received = nextEvent(
        client,
        Events.InteractionCreate,
        (i) => i.user.username === username && i.isChatInputCommand(),
      );
      const payload = standin.interactionCreate({ kind: "chatInput", commandName: "reload", user: username });
      const [interaction] = await received;
      perms[username] = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild);
      expect(BigInt(payload.member.permissions) & Permissions.ManageGuild).toBe(
        perms[username] ? Permissions.ManageGuild : 0n,
      );
      expect(interaction.appPermissions.has(PermissionFlagsBits.SendMessages)).toBe(true);
    }
    expect(perms).toEqual({ member: false, moderator: true, owner: true });
  });

  it("deferReply(ephemeral) + editReply -> callback type 5 flags 64, then PATCH @original", async () => {
    const received = nextEvent(
      client,
      Events.InteractionCreate,
      (i) => i.isChatInputCommand() && i.commandName === "report",
    );
    const payload = standin.interactionCreate({
      kind: "chatInput",
      commandName: "report",
      user: "moderator",
    });
    const [interaction] = await received;
    if (!interaction.isChatInputCommand()) throw new Error("unreachable");

    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const edited = await interaction.editReply({
      content: "Report ready",
      embeds: [{ title: "Table 3", description: "12.5%" }],
    });

    const callback = standin.findRequests({
      method: "POST",
      path: `/interactions/${payload.id}/${payload.token}/callback`,
    });
    expect(callback.map((r) => r.body)).toEqual([{ type: 5, data: { flags: 64 } }]);

    const patch = await standin.waitForRequest({
      method: "PATCH",
      path: `/webhooks/${standin.applicationId}/${payload.token}/messages/@original`,
    });
    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({
      content: "Report ready",
      embeds: [{ title: "Table 3", description: "12.5%" }],
    });

    expect(edited.content).toBe("Report ready");
    expect(edited.flags.has(MessageFlags.Ephemeral)).toBe(true);
    expect(edited.embeds[0]?.title).toBe("Table 3");
  });

  it("autocomplete -> respond() posts callback type 8 with choices", async () => {
    const received = nextEvent(client, Events.InteractionCreate, (i) => i.isAutocomplete());
    const payload = standin.interactionCreate({
      kind: "autocomplete",
      commandName: "ask",
      options: [{ name: "topic", type: OptionType.String, value: "inc", focused: true }],
    });
    const [interaction] = await received;
    if (!interaction.isAutocomplete()) throw new Error("unreachable");
    const focused = interaction.options.getFocused(true);
    expect(focused).toMatchObject({ name: "topic", value: "inc" });

    await interaction.respond([
      { name: "Income", value: "income" },
      { name: "Incidence", value: "incidence" },
    ]);
    const callback = await standin.waitForRequest({
      method: "POST",
      path: `/interactions/${payload.id}/${payload.token}/callback`,
    });
    expect(callback.status).toBe(204);
    expect(callback.body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: "Income", value: "income" },
          { name: "Incidence", value: "incidence" },
        ],
      },
    });
  });

  it("message context menu carries resolved.messages; button update() posts type 7", async () => {
    const target = standin.buildMessage({ author: "member", content: "Is 12% right?" });
    const ctxReceived = nextEvent(client, Events.InteractionCreate, (i) => i.isMessageContextMenuCommand());
    standin.interactionCreate({
      kind: "messageContextMenu",
      commandName: "Check figure",
      targetMessage: target,
    });
    const [ctx] = await ctxReceived;
    if (!ctx.isMessageContextMenuCommand()) throw new Error("unreachable");
    expect(ctx.targetId).toBe(target.id);
    expect(ctx.targetMessage.content).toBe("Is 12% right?");

    const btnReceived = nextEvent(client, Events.InteractionCreate, (i) => i.isButton());
    const payload = standin.interactionCreate({ kind: "button", customId: "feedback:up" });
    const [button] = await btnReceived;
    if (!button.isButton()) throw new Error("unreachable");
    expect(button.customId).toBe("feedback:up");
    expect(button.message.id).toBe(payload.message.id);
    await button.update({ content: "Thanks!", components: [] });
    const callback = await standin.waitForRequest({
      method: "POST",
      path: `/interactions/${payload.id}/${payload.token}/callback`,
    });
    expect(callback.body).toMatchObject({ type: 7, data: { content: "Thanks!", components: [] } });
    expect(standin.messages.get(payload.message.id)?.content).toBe("Thanks!");
  });

  it("attachment option: resolved attachment URL is served by the stand-in", async () => {
    const received = nextEvent(
      client,
      Events.InteractionCreate,
      (i) => i.isChatInputCommand() && i.commandName === "upload",
    );
    standin.interactionCreate({
      kind: "chatInput",
      commandName: "upload",
      options: [
        {
          name: "file",
          type: OptionType.Attachment,
          attachment: { filename: "figures.csv", data: "year,value\n2021,42\n" },
        },
      ],
    });
    const [interaction] = await received;
    if (!interaction.isChatInputCommand()) throw new Error("unreachable");
    const attachment = interaction.options.getAttachment("file", true);
    expect(attachment.name).toBe("figures.csv");
    expect(attachment.url.startsWith(standin.baseUrl)).toBe(true);
    const res = await fetch(attachment.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("year,value\n2021,42\n");
    expect(attachment.size).toBe(19);
  });

  it("guild MESSAGE_CREATE mentioning the bot -> message.reply() POSTs with message_reference", async () => {
    const received = nextEvent(client, Events.MessageCreate, (m) => !m.author.bot);
    const incoming = standin.messageCreate({ content: "what is the total?", mentionBot: true });
    const [message] = await received;
    expect(message.id).toBe(incoming.id);
    expect(message.content).toBe(`<@${standin.bot.id}> what is the total?`);
    expect(message.mentions.users.has(standin.bot.id)).toBe(true);
    expect(message.guildId).toBe(standin.guild.id);

    const mark = standin.mark();
    const echoed = nextEvent(client, Events.MessageCreate, (m) => m.author.id === standin.bot.id);
    const reply = await message.reply({
      content: "The total is 1,234.",
      allowedMentions: { repliedUser: false },
    });
    const post = await standin.waitForRequest(
      { method: "POST", path: `/channels/${incoming.channel_id}/messages` },
      { since: mark },
    );
    expect(post.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(post.body).toMatchObject({
      content: "The total is 1,234.",
      message_reference: { message_id: incoming.id, fail_if_not_exists: true },
      allowed_mentions: { replied_user: false },
    });
    expect(reply.reference?.messageId).toBe(incoming.id);
    // Discord also sends the bot its own message over the gateway; so does the stand-in.
    const [own] = await echoed;
    expect(own.id).toBe(reply.id);
  });

  it("DM MESSAGE_CREATE reaches messageCreate (DirectMessages intent + Partials.Channel) and replies go to the DM channel", async () => {
    const received = nextEvent(client, Events.MessageCreate, (m) => !m.author.bot && m.guildId === null);
    const incoming = standin.messageCreate({ dm: true, author: "member", content: "hi in private" });
    expect(incoming.guild_id).toBeUndefined();
    const [message] = await received;
    expect(message.channel.type).toBe(DjsChannelType.DM);
    expect(message.content).toBe("hi in private");

    const mark = standin.mark();
    await message.channel.send("private answer");
    const post = await standin.waitForRequest(
      { method: "POST", path: `/channels/${incoming.channel_id}/messages` },
      { since: mark },
    );
    expect(post.body).toMatchObject({ content: "private answer" });
  });

  it("sends files as multipart: payload_json and file parts are recorded", async () => {
    const channel = client.channels.cache.get(standin.channelByName("reports").id);
    if (!channel?.isSendable()) throw new Error("reports channel not cached");
    const mark = standin.mark();
    const sent = await channel.send({
      content: "see file",
      files: [{ attachment: Buffer.from("a,b\n1,2\n"), name: "table.csv" }],
    });
    const post = await standin.waitForRequest(
      { method: "POST", path: "/channels/:id/messages" },
      { since: mark },
    );
    expect(post.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(post.body).toMatchObject({ content: "see file", attachments: [{ id: "0" }] });
    expect(post.files).toEqual([
      { field: "files[0]", filename: "table.csv", size: 8, contentType: expect.any(String) },
    ]);
    expect(sent.attachments.first()?.name).toBe("table.csv");
    expect(await (await fetch(sent.attachments.first()?.url ?? "")).text()).toBe("a,b\n1,2\n");
  });

  it("command registration: PUT global + guild commands echo ids; interactions then carry the registered id", async () => {
    const definitions = [
      {
        name: "ask",
        description: "Ask about the report",
        options: [
          {
            type: OptionType.String,
            name: "question",
            description: "Your question",
            required: true,
            autocomplete: true,
          },
        ],
      },
      {
        name: "reload",
        description: "Reload the knowledge base",
        default_member_permissions: String(Permissions.ManageGuild),
      },
    ];
    const global = await client.application?.commands.set(definitions);
    const put = await standin.waitForRequest({
      method: "PUT",
      path: `/applications/${standin.applicationId}/commands`,
    });
    expect(put.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toMatchObject(definitions);
    expect(global?.map((c) => c.name)).toEqual(["ask", "reload"]);
    expect(
      global
        ?.find((c) => c.name === "reload")
        ?.defaultMemberPermissions?.has(PermissionFlagsBits.ManageGuild),
    ).toBe(true);

    const guildCommands = await client.guilds.cache
      .get(standin.guild.id)
      ?.commands.set([{ name: "debug", description: "Guild only" }]);
    expect(
      standin.findRequests({ method: "PUT", path: `/applications/:app/guilds/${standin.guild.id}/commands` }),
    ).toHaveLength(1);
    expect(guildCommands?.first()?.guildId).toBe(standin.guild.id);

    const askId = global?.find((c) => c.name === "ask")?.id;
    const received = nextEvent(
      client,
      Events.InteractionCreate,
      (i) => i.isChatInputCommand() && i.commandName === "ask",
    );
    standin.interactionCreate({
      kind: "chatInput",
      commandName: "ask",
      options: [{ name: "question", type: OptionType.String, value: "q" }],
    });
    const [interaction] = await received;
    if (!interaction.isChatInputCommand()) throw new Error("unreachable");
    expect(interaction.commandId).toBe(askId);
    expect(interaction.command?.name).toBe("ask");

    // Discord validates names: an uppercase chat-input name is a 400 Invalid Form Body
    await expect(
      client.application?.commands.create({ name: "Bad", description: "x" }),
    ).rejects.toMatchObject({ status: 400, code: 50035 });
  });

  it("reply({ withResponse: true }) gets the 200 callback response; followUp() posts to the webhook", async () => {
    const received = nextEvent(
      client,
      Events.InteractionCreate,
      (i) => i.isChatInputCommand() && i.commandName === "sources",
    );
    const payload = standin.interactionCreate({ kind: "chatInput", commandName: "sources" });
    const [interaction] = await received;
    if (!interaction.isChatInputCommand()) throw new Error("unreachable");

    const response = await interaction.reply({ content: "Answer", withResponse: true });
    const callback = await standin.waitForRequest({
      method: "POST",
      path: `/interactions/${payload.id}/${payload.token}/callback`,
    });
    expect(callback.query).toEqual({ with_response: "true" });
    expect(callback.status).toBe(200);
    expect(response.resource?.message?.content).toBe("Answer");
    expect(response.interaction.responseMessageId).toBe(response.resource?.message?.id);

    const follow = await interaction.followUp({ content: "Sources: table 3", flags: MessageFlags.Ephemeral });
    const post = await standin.waitForRequest({
      method: "POST",
      path: `/webhooks/${standin.applicationId}/${payload.token}`,
    });
    expect(post.query).toMatchObject({ wait: "true" });
    expect(post.body).toMatchObject({ content: "Sources: table 3", flags: 64 });
    expect(follow.flags.has(MessageFlags.Ephemeral)).toBe(true);
  });

  it("user.send() creates the DM channel (POST /users/@me/channels) then posts to it", async () => {
    // 'moderator' has no DM channel yet (discord.js reuses a cached DM channel, skipping the POST)
    const member = standin.userByName("moderator");
    const user = await client.users.fetch(member.id);
    const mark = standin.mark();
    const sent = await user.send("your report is ready");
    const createDm = await standin.waitForRequest(
      { method: "POST", path: "/users/@me/channels" },
      { since: mark },
    );
    expect(createDm.body).toEqual({ recipient_id: member.id });
    const dm = standin.dmChannelFor(member);
    const post = await standin.waitForRequest(
      { method: "POST", path: `/channels/${dm.id}/messages` },
      { since: mark },
    );
    expect(post.body).toMatchObject({ content: "your report is ready" });
    expect(sent.channelId).toBe(dm.id);
  });

  it("dropped gateway connection -> client RESUMEs (no new IDENTIFY) and missed events are replayed", async () => {
    const identifiesBefore = standin.gateway.identifies;
    const resumesBefore = standin.gateway.resumes;
    const sessionId = standin.gateway.sent.find((f) => f.t === "READY")?.d.session_id;
    const resumed = nextEvent(client, Events.ShardResume);

    expect(await standin.dropConnection({ code: 4000 })).toBe(1);
    // Injected while the client is disconnected: must arrive via RESUME replay.
    const interactionSeen = nextEvent(
      client,
      Events.InteractionCreate,
      (i) => i.isChatInputCommand() && i.commandName === "after-drop",
    );
    const payload = standin.interactionCreate({ kind: "chatInput", commandName: "after-drop" });

    const [, replayed] = await resumed;
    expect(replayed).toBeGreaterThanOrEqual(1);
    expect(standin.gateway.identifies).toBe(identifiesBefore);
    expect(standin.gateway.resumes).toBe(resumesBefore + 1);
    const resume = standin.gateway.received.filter((f) => f.op === 6).at(-1);
    expect(resume?.d).toMatchObject({ token: TOKEN, session_id: sessionId });
    expect(standin.gateway.connectionUrls.at(-1)).toBe("/resume-gateway?v=10&encoding=json");

    const [interaction] = await interactionSeen;
    if (!interaction.isChatInputCommand()) throw new Error("unreachable");
    await interaction.reply({ content: "still here" });
    const callback = await standin.waitForRequest({
      method: "POST",
      path: `/interactions/${payload.id}/${payload.token}/callback`,
    });
    expect(callback.body).toMatchObject({ type: 4, data: { content: "still here" } });

    // and live events keep flowing on the resumed connection
    const live = nextEvent(client, Events.MessageCreate, (m) => m.content === "live after resume");
    standin.messageCreate({ content: "live after resume" });
    await live;
  });

  it("a terminated TCP connection (close 1006) is also resumed", async () => {
    const identifiesBefore = standin.gateway.identifies;
    const resumesBefore = standin.gateway.resumes;
    const resumed = nextEvent(client, Events.ShardResume);
    expect(await standin.dropConnection({ terminate: true })).toBe(1);
    await resumed;
    expect(standin.gateway.identifies).toBe(identifiesBefore);
    expect(standin.gateway.resumes).toBe(resumesBefore + 1);
    expect(standin.connectedSessions).toBe(1);
  });

  it("scripted 429 (retry-after) on the reply route is retried by discord.js and the reply lands", async () => {
    const received = nextEvent(
      client,
      Events.InteractionCreate,
      (i) => i.isChatInputCommand() && i.commandName === "busy",
    );
    const payload = standin.interactionCreate({ kind: "chatInput", commandName: "busy" });
    const [interaction] = await received;
    if (!interaction.isChatInputCommand()) throw new Error("unreachable");

    const fault = standin.failNext({
      method: "POST",
      path: "/interactions/:id/:token/callback",
      status: 429,
      retryAfter: 0.3,
    });
    await interaction.reply({ content: "eventually" });

    const attempts = standin.findRequests({
      method: "POST",
      path: `/interactions/${payload.id}/${payload.token}/callback`,
    });
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[0]?.responseBody).toMatchObject({ retry_after: 0.3, global: false });
    expect(attempts[1]?.body).toEqual(attempts[0]?.body);
    expect((attempts[1]?.receivedAt ?? 0) - (attempts[0]?.respondedAt ?? 0)).toBeGreaterThanOrEqual(290);
    expect(fault.hits).toHaveLength(1);
    expect(fault.remaining).toBe(0);
  });

  it("scripted 500s on POST /channels/:id/messages are retried (up to rest.retries) and the send lands", async () => {
    const channel = client.channels.cache.get(standin.channelByName("general").id);
    if (!channel?.isSendable()) throw new Error("general channel not cached");
    const fault = standin.failNext({ method: "POST", path: "/channels/:id/messages", status: 500, times: 2 });
    const mark = standin.mark();
    const sent = await channel.send("after two 500s");
    const attempts = standin.findRequests({ method: "POST", path: `/channels/${channel.id}/messages` }, mark);
    expect(attempts.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(fault.hits).toHaveLength(2);
    expect(sent.content).toBe("after two 500s");
  });
});

describe("Discord stand-in realism checks", () => {
  let standin: DiscordStandin;
  let client: Client;

  beforeAll(async () => {
    standin = await startDiscordStandin({ interactionAckDeadlineMs: 3_000, heartbeatIntervalMs: 250 });
    // No MessageContent, no DirectMessages intent.
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
      rest: { api: standin.restUrl },
    });
    const ready = nextEvent(client, Events.ClientReady);
    await client.login("other-token");
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await standin?.close();
  });

  it("without MessageContent, guild message content is blank unless the bot is mentioned; DMs need DirectMessages", async () => {
    const plainPayload = standin.buildMessage({ content: "not for the bot" });
    const plain = nextEvent(client, Events.MessageCreate, (m) => m.id === plainPayload.id);
    standin.dispatch("MESSAGE_CREATE", plainPayload);
    const [plainMsg] = await plain;
    expect(plainMsg.content).toBe("");

    const mentionPayload = standin.buildMessage({ content: "hello bot", mentionBot: true });
    const mention = nextEvent(client, Events.MessageCreate, (m) => m.id === mentionPayload.id);
    standin.dispatch("MESSAGE_CREATE", mentionPayload);
    const [mentionMsg] = await mention;
    expect(mentionMsg.content).toBe(`<@${standin.bot.id}> hello bot`);

    const suppressedBefore = standin.gateway.suppressed.length;
    expect(standin.dispatch("MESSAGE_CREATE", standin.buildMessage({ dm: true, content: "dm" }))).toBe(0);
    expect(standin.gateway.suppressed.slice(suppressedBefore)).toEqual([
      {
        sessionId: expect.any(String),
        t: "MESSAGE_CREATE",
        reason: `missing intent ${GatewayIntentBits.DirectMessages}`,
      },
    ]);
  });

  it("heartbeats (op 1) are acknowledged (op 11) and discord.js measures the ping", async () => {
    const heartbeat = await standin.waitForGatewayFrame((f) => f.direction === "in" && f.op === 1);
    const ack = await standin.waitForGatewayFrame(
      (f) => f.direction === "out" && f.op === 11 && f.at >= heartbeat.at,
    );
    expect(ack.connectionId).toBe(heartbeat.connectionId);
    await vi.waitFor(() => expect(client.ws.ping).toBeGreaterThanOrEqual(0));
  });

  it("a callback after the 3 s deadline gets 404 Unknown interaction (10062) and discord.js rejects", async () => {
    const received = nextEvent(client, Events.InteractionCreate, (i) => i.isChatInputCommand());
    const payload = standin.interactionCreate({ kind: "chatInput", commandName: "slow" });
    const [interaction] = await received;
    if (!interaction.isChatInputCommand()) throw new Error("unreachable");
    const record = standin.getInteraction(payload.id);
    if (!record) throw new Error("interaction not registered");
    record.createdAt -= 10_000; // pretend the bot took 10 s
    await expect(interaction.reply("too late")).rejects.toMatchObject({ code: 10062, status: 404 });
  });

  it("unknown routes answer 404 with a Discord-style JSON error and are recorded", async () => {
    await expect(client.rest.get("/no/such/route")).rejects.toMatchObject({ status: 404, code: 0 });
    expect(standin.findRequests({ method: "GET", path: "/no/such/route" })[0]?.status).toBe(404);
  });
});

describe("Discord stand-in lifecycle", () => {
  const tcpHandles = () =>
    process.getActiveResourcesInfo().filter((r) => r === "TCPSocketWrap" || r === "TCPServerWrap").length;

  it("client.destroy() + standin.close() leave no sockets or servers behind", async () => {
    const baseline = tcpHandles();
    const standin = await startDiscordStandin();
    const client = newClient(standin);
    const ready = nextEvent(client, Events.ClientReady);
    await client.login("any-token");
    await ready;
    expect(standin.connectedSessions).toBe(1);
    // at least the listening server + both ends of the gateway socket (baseline may still hold a closing handle)
    expect(tcpHandles()).toBeGreaterThanOrEqual(baseline + 2);

    await client.destroy();
    await standin.close();
    await vi.waitFor(() => expect(tcpHandles()).toBeLessThanOrEqual(baseline), {
      timeout: 3_000,
      interval: 20,
    });
    // the client closed with 1000, which ends the session like on Discord
    expect(standin.connectedSessions).toBe(0);
  });
});
