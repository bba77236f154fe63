import type { Database } from "@kraftsamling/db";
import { oneDatabaseTwice, testsUsePostgres } from "@kraftsamling/db/testing";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { hashPassword } from "../src/accounts/passwords";
import { meetingLiveEventsChannel } from "../src/live/meeting-live-events";
import { createMailer } from "../src/mail/mailer";
import { createServer, type KraftsamlingServer } from "../src/server";
import { subscriptionsOpened } from "../src/shared/channel-events";
import { createLog } from "../src/shared/log";
import { testPassword } from "./support";

const hearing = "demo-hearing-barnets-delaktighet";
const webinar = "demo-webbinarium-direkttid";
const roundTable = "demo-rundabord-personalforsorjning";

interface Activity {
  change: string;
  questionId: string | null;
  speakerId: string | null;
}

describe(`live Q&A and speaker list across API instances on ${testsUsePostgres() ? "PostgreSQL" : "PGlite"}`, () => {
  const log = createLog("error");
  let databases: [Database, Database];
  let drop: () => Promise<void>;
  const servers: KraftsamlingServer[] = [];
  const urls: string[] = [];
  const meetingIds: Record<string, string> = {};

  beforeAll(async () => {
    ({ databases, drop } = await oneDatabaseTwice({
      seed: { demoPassword: testPassword, hashPassword },
    }));
    for (const slug of [hearing, webinar, roundTable]) {
      const meeting = await databases[0].db.query.meetings.findFirst({ where: { slug } });
      meetingIds[slug] = meeting?.id ?? "";
    }
    for (const database of databases) {
      const mailer = createMailer({
        database,
        smtpUrl: undefined,
        from: "test@kraftsamling.example",
        log,
        printLinks: false,
      });
      const server = await createServer({
        database,
        log,
        services: { mailer, config: { publicUrl: "http://portal.test", nodeEnv: "test" } },
      });
      servers.push(server);
      urls.push((await server.listen(0, "127.0.0.1")).url);
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const database of databases ?? []) await database.close();
    await drop?.();
  });

  const url = (instance: 0 | 1) => urls[instance] ?? "";

  async function signIn(instance: 0 | 1, email: string): Promise<string> {
    const response = await fetch(`${url(instance)}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { signIn(email: "${email}", password: "${testPassword}") { __typename } }`,
      }),
    });
    return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  }

  async function post(
    instance: 0 | 1,
    cookie: string,
    query: string,
    variables: Record<string, unknown>,
  ) {
    const response = await fetch(`${url(instance)}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, { data?: { id: string } }> };
    if (!body.data) throw new Error(JSON.stringify(body));
    return body.data;
  }

  /** A page open on one instance, subscribed to one meeting's live activity. */
  function subscribe(instance: 0 | 1, cookie: string | null, meetingId: string) {
    const received: Activity[] = [];
    const errors: { message: string; extensions?: Record<string, unknown> }[] = [];
    const socket = class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, cookie ? { headers: { cookie } } : {});
      }
    };
    const client = createClient({
      url: `${url(instance).replace("http", "ws")}graphql`,
      webSocketImpl: socket,
      lazy: false,
    });
    const ready = new Promise<void>((resolve) => client.on("connected", () => resolve()));
    let ended: () => void = () => {};
    const end = new Promise<void>((resolve) => {
      ended = resolve;
    });
    const stop = client.subscribe<{ meetingLiveActivity: Activity }>(
      {
        query: `subscription ($m: ID!) { meetingLiveActivity(meetingId: $m) { change questionId speakerId } }`,
        variables: { m: meetingId },
      },
      {
        next: (value) => {
          if (value.data) received.push(value.data.meetingLiveActivity);
          errors.push(...((value.errors ?? []) as typeof errors));
        },
        error: (e) => {
          errors.push(...(Array.isArray(e) ? e : [e as (typeof errors)[number]]));
          ended();
        },
        complete: () => ended(),
      },
    );
    return {
      received,
      errors,
      ready,
      end,
      close: async () => {
        stop();
        await client.dispose();
      },
    };
  }

  async function until(check: () => boolean, what: string) {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
    if (!check()) throw new Error(`never saw ${what}`);
  }

  it("tells pages open on one instance of questions, votes, pins, the speaker list and the state changed through the other", async () => {
    const participant = await signIn(0, "medlem.raddabarnen@kraftsamling.example");
    const voter = await signIn(0, "admin.ssr@kraftsamling.example");
    const moderator = await signIn(0, "moderator@kraftsamling.example");
    const opened = subscriptionsOpened(meetingLiveEventsChannel);
    const page = subscribe(
      1,
      await signIn(1, "admin.ssr@kraftsamling.example"),
      meetingIds[hearing] ?? "",
    );
    const otherMeeting = subscribe(1, moderator, meetingIds[webinar] ?? "");
    await Promise.all([page.ready, otherMeeting.ready]);
    // Nothing changes before the server has registered both subscriptions.
    await until(
      () => subscriptionsOpened(meetingLiveEventsChannel) >= opened + 2,
      "both subscriptions",
    );

    const asked = await post(
      0,
      participant,
      `mutation ($m: ID!) { askQuestion(input: { meetingId: $m, body: "Hur når vi de yngsta barnen?" }) {
        ... on MutationAskQuestionSuccess { data { id } } } }`,
      { m: meetingIds[hearing] },
    );
    const questionId = asked.askQuestion?.data?.id ?? "";
    expect(questionId).not.toBe("");
    await until(() => page.received.length >= 1, "the new question");
    expect(page.received[0]).toEqual({ change: "QUESTION_ASKED", questionId, speakerId: null });

    const decision = `mutation ($id: ID!) { approveQuestion(id: $id) { __typename } }`;
    await post(0, moderator, decision, { id: questionId });
    await until(() => page.received.length >= 2, "the approval");
    await post(
      0,
      voter,
      `mutation ($id: ID!) { voteForQuestion(id: $id, vote: true) { __typename } }`,
      {
        id: questionId,
      },
    );
    await until(() => page.received.length >= 3, "the vote");
    await post(0, moderator, `mutation ($id: ID!) { pinQuestion(id: $id) { __typename } }`, {
      id: questionId,
    });
    await until(() => page.received.length >= 4, "the pin");
    const spoke = await post(
      0,
      participant,
      `mutation ($m: ID!) { askToSpeak(input: { meetingId: $m }) { ... on MutationAskToSpeakSuccess { data { id } } } }`,
      { m: meetingIds[hearing] },
    );
    const speakerId = spoke.askToSpeak?.data?.id ?? "";
    await until(() => page.received.length >= 5, "the request to speak");
    await post(
      0,
      moderator,
      `mutation ($m: ID!) { setMeetingLiveState(input: { meetingId: $m, questionsOpen: false }) { __typename } }`,
      { m: meetingIds[hearing] },
    );
    await until(() => page.received.length >= 6, "the closed Q&A");

    expect(page.received).toEqual([
      { change: "QUESTION_ASKED", questionId, speakerId: null },
      { change: "QUESTION_CHANGED", questionId, speakerId: null },
      { change: "VOTES", questionId, speakerId: null },
      { change: "QUESTION_CHANGED", questionId, speakerId: null },
      { change: "SPEAKERS", questionId: null, speakerId },
      { change: "STATE", questionId: null, speakerId: null },
    ]);
    // The webinar's page heard nothing of the hearing.
    expect(otherMeeting.received).toEqual([]);
    await page.close();
    await otherMeeting.close();
  });

  it("refuses a subscription without a session, and for a meeting without a live Q&A", async () => {
    const anonymous = subscribe(1, null, meetingIds[hearing] ?? "");
    await anonymous.end;
    expect(anonymous.errors).toEqual([
      expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } }),
    ]);
    await anonymous.close();

    const cookie = await signIn(1, "medlem.raddabarnen@kraftsamling.example");
    const roundTablePage = subscribe(1, cookie, meetingIds[roundTable] ?? "");
    await roundTablePage.end;
    expect(roundTablePage.errors).toEqual([
      expect.objectContaining({
        message: "Only hearings and webinars have a live Q&A.",
        extensions: { code: "BAD_USER_INPUT", reason: "NO_LIVE_QUESTIONS" },
      }),
    ]);
    await roundTablePage.close();
  });
});
