import { loadConfig } from "@kraftsamling/config";
import { type Database, type ListenerEvent, openPostgres } from "@kraftsamling/db";
import { createScratchDatabase } from "@kraftsamling/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LiveUpdates } from "../src/live/live-updates";
import type { Log } from "../src/shared/log";
import { TcpProxy } from "./tcp-proxy";
import { until } from "./until";

// Losing the connection only happens on a server: these run on the PostgreSQL server that the
// tests use (the one on 127.0.0.1:5432 when DATABASE_URL is unset), in a scratch database.
const serverUrl = loadConfig().databaseUrl ?? "postgres://postgres@127.0.0.1:5432/postgres";

describe("the listening connection, when the database goes away and comes back", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let proxy: TcpProxy;
  let proxied: Database;
  let direct: Database;

  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl);
    const server = new URL(scratch.url);
    proxy = await TcpProxy.start({ host: server.hostname, port: Number(server.port || 5432) });
    proxied = await openPostgres(proxy.url(scratch.url));
    direct = await openPostgres(scratch.url);
  });
  afterAll(async () => {
    await proxied?.close().catch(() => {});
    await direct?.close();
    await proxy?.close();
    await scratch?.drop();
  });

  const notify = (channel: string, payload: string) =>
    direct.rows(sql`select pg_notify(${channel}, ${payload})`);

  it("tries again with doubling pauses up to the ceiling until it can, then listens on every channel again", async () => {
    const events: ListenerEvent[] = [];
    const listener = proxied.listener({
      initialRetryMs: 20,
      maxRetryMs: 80,
      onEvent: (event) => events.push(event),
    });
    const received: string[] = [];
    await listener.listen("test_a", (payload) => received.push(`a:${payload}`));
    await listener.listen("test_b", (payload) => received.push(`b:${payload}`));
    expect(listener.state).toBe("listening");
    await notify("test_a", "1");
    await until(() => received.includes("a:1"), "the first notification");

    proxy.cutOff();
    await until(
      () => events.filter((e) => e.type === "retryFailed").length >= 5,
      "five failed attempts",
    );
    expect(listener.state).toBe("reconnecting");
    proxy.restore();
    await until(() => events.some((e) => e.type === "restored"), "the connection again");
    expect(listener.state).toBe("listening");

    const [lost, ...rest] = events;
    expect(lost).toMatchObject({ type: "lost", retryInMs: 20 });
    const failed = rest.filter((e) => e.type === "retryFailed");
    expect(failed.map((e) => e.attempt)).toEqual(failed.map((_, i) => i + 1));
    expect(failed.slice(0, 4).map((e) => e.retryInMs)).toEqual([40, 80, 80, 80]);
    const restored = rest.at(-1);
    expect(restored).toMatchObject({ type: "restored", attempts: failed.length + 1 });
    // Each failed attempt was a connection of its own, refused by the server that was away.
    expect(proxy.refusedFrom("kraftsamling-listen")).toBe(failed.length);

    await notify("test_a", "2");
    await notify("test_b", "3");
    await until(
      () => received.includes("a:2") && received.includes("b:3"),
      "notifications on both channels after the reconnection",
    );
    await listener.close();
    expect(listener.state).toBe("stopped");
  });
});

describe("live updates, when the database goes away and comes back", () => {
  it("logs the outage and the recovery, and tells every open subscription to read again", async () => {
    const scratch = await createScratchDatabase(serverUrl);
    const server = new URL(scratch.url);
    const proxy = await TcpProxy.start({
      host: server.hostname,
      port: Number(server.port || 5432),
    });
    const database = await openPostgres(proxy.url(scratch.url));
    const lines: string[] = [];
    const log: Log = {
      error: (message) => lines.push(`error ${message}`),
      warn: (message) => lines.push(`warn ${message}`),
      info: (message) => lines.push(`info ${message}`),
      debug: (message) => lines.push(`debug ${message}`),
    };
    const live = new LiveUpdates(database, log, { initialRetryMs: 20, maxRetryMs: 40 });
    try {
      await live.start();
      expect(live.state).toBe("listening");
      const thread = live.comments.ofThread("00000000-0000-0000-0000-000000000001");
      const meeting = live.meetings.ofMeeting("00000000-0000-0000-0000-000000000002");
      proxy.cutOff();
      await until(() => live.state === "reconnecting", "the listener reconnecting");
      await until(() => lines.some((l) => l.startsWith("debug")), "a failed attempt");
      proxy.restore();
      expect((await thread.next()).value).toEqual({
        threadId: "00000000-0000-0000-0000-000000000001",
        commentId: null,
        change: "resync",
      });
      expect((await meeting.next()).value).toEqual({
        meetingId: "00000000-0000-0000-0000-000000000002",
        change: "resync",
        questionId: null,
        speakerId: null,
      });
      expect(live.state).toBe("listening");
      expect(lines.filter((l) => !l.startsWith("debug"))).toEqual([
        expect.stringMatching(/^warn live updates stopped: .* connecting again in 0\.0 s$/),
        expect.stringMatching(
          /^info live updates running again after \d+\.\d s \(\d+ attempts\); 2 open subscriptions told to read again$/,
        ),
      ]);
      await thread.return?.();
      await meeting.return?.();
    } finally {
      await live.stop();
      await database.close().catch(() => {});
      await proxy.close();
      await scratch.drop();
    }
  });
});
