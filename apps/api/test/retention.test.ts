import { ConfigError, defaultRetentionSettings, loadConfig } from "@kraftsamling/config";
import { schema } from "@kraftsamling/db";
import { eq, inArray, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tokenHash } from "../src/accounts/tokens";
import type { RetentionPeriods } from "../src/retention/periods";
import { scheduleRetentionSweeps } from "../src/retention/schedule";
import { type SweepCounts, sweepExpiredData } from "../src/retention/sweep";
import type { Log } from "../src/shared/log";
import { type TestApi, testApi } from "./support";

const day = 86_400_000;
const minute = 60_000;

/** Periods unlike the defaults and unlike each other, so that a period read for the wrong kind shows. */
const periods: RetentionPeriods = {
  sessionDays: 10,
  outboxDays: 45,
  readNotificationDays: 20,
  unreadNotificationDays: 60,
  auditLogDays: 1000,
  unusedAccountDays: 300,
  invitationDays: 15,
  apiKeyRequestDays: 25,
};

/** A batch smaller than the rows of some kinds, so that those take several statements. */
const batchSize = 3;

let counter = 0;
const unique = (prefix: string) => {
  counter += 1;
  return `${prefix}-${counter}-${Date.now().toString(36)}`;
};

describe("the retention sweep: personal data kept only as long as configured", () => {
  let api: TestApi;
  let now: Date;
  /** Just inside a period of `days` (kept) and just outside it (deleted). */
  let inside: (days: number) => Date;
  let outside: (days: number) => Date;
  let member: { id: string };
  let counts: SweepCounts;
  let auditCountBefore: number;
  let surveysWithRespondents: number;
  const kept: Record<string, string[]> = {};
  const gone: Record<string, string[]> = {};
  const note = (into: Record<string, string[]>, kind: string, id: string) => {
    into[kind] = [...(into[kind] ?? []), id];
  };

  beforeAll(async () => {
    api = await testApi();
    now = new Date();
    inside = (days) => new Date(now.getTime() - days * day + minute);
    outside = (days) => new Date(now.getTime() - days * day - minute);
    const db = api.database.db;
    const person = await db.query.people.findFirst({
      where: { email: "medlem.raddabarnen@kraftsamling.example" },
    });
    if (!person) throw new Error("no demo member");
    member = person;

    // Sessions: expired, or unused longer than the period.
    const session = async (lastSeenAt: Date, expiresAt: Date, into: Record<string, string[]>) => {
      const [row] = await db
        .insert(schema.sessions)
        .values({
          tokenHash: tokenHash(unique("session")),
          personId: member.id,
          ip: "192.0.2.7",
          lastSeenAt,
          createdAt: lastSeenAt,
          expiresAt,
        })
        .returning({ id: schema.sessions.id });
      note(into, "sessions", row?.id ?? "");
    };
    const soon = new Date(now.getTime() + day);
    await session(inside(periods.sessionDays), soon, kept);
    await session(outside(periods.sessionDays), soon, gone);
    await session(new Date(now.getTime() - 5 * minute), new Date(now.getTime() - minute), gone);

    // Password-reset links: the sessions' period after they expired.
    for (const [expiresAt, into] of [
      [inside(periods.sessionDays), kept],
      [outside(periods.sessionDays), gone],
    ] as const) {
      const [row] = await db
        .insert(schema.passwordResets)
        .values({ tokenHash: tokenHash(unique("reset")), personId: member.id, expiresAt })
        .returning({ id: schema.passwordResets.id });
      note(into, "passwordResets", row?.id ?? "");
    }

    // The outbox: more sent mail past the period than a batch holds; unsent mail by when it was written.
    const mail = async (values: { sentAt: Date | null; createdAt: Date }, into: typeof kept) => {
      const [row] = await db
        .insert(schema.outbox)
        .values({
          to: `${unique("mottagare")}@example.se`,
          subject: "Ämne",
          text: "Text",
          kind: "test",
          ...values,
        })
        .returning({ id: schema.outbox.id });
      note(into, "outboxMail", row?.id ?? "");
    };
    for (let n = 0; n < 2 * batchSize + 1; n++)
      await mail({ sentAt: outside(periods.outboxDays), createdAt: outside(400) }, gone);
    await mail({ sentAt: inside(periods.outboxDays), createdAt: outside(400) }, kept);
    await mail({ sentAt: null, createdAt: outside(periods.outboxDays) }, gone);
    await mail({ sentAt: null, createdAt: inside(periods.outboxDays) }, kept);

    // Notifications: read ones from when they were read, unread ones from when they were written.
    const notification = async (
      values: { readAt: Date | null; createdAt: Date },
      into: typeof kept,
    ) => {
      const [row] = await db
        .insert(schema.notifications)
        .values({ personId: member.id, kind: "reply", ...values })
        .returning({ id: schema.notifications.id });
      note(into, "notifications", row?.id ?? "");
    };
    const longAgo = outside(periods.unreadNotificationDays + 10);
    await notification({ readAt: inside(periods.readNotificationDays), createdAt: longAgo }, kept);
    await notification({ readAt: outside(periods.readNotificationDays), createdAt: longAgo }, gone);
    await notification({ readAt: null, createdAt: inside(periods.unreadNotificationDays) }, kept);
    await notification({ readAt: null, createdAt: outside(periods.unreadNotificationDays) }, gone);

    // The audit log.
    for (const [at, into] of [
      [inside(periods.auditLogDays), kept],
      [outside(periods.auditLogDays), gone],
    ] as const) {
      const [row] = await db
        .insert(schema.auditLog)
        .values({ actorName: "Någon", action: "test.retention", subjectType: "test", at })
        .returning({ id: schema.auditLog.id });
      note(into, "auditLog", row?.id ?? "");
    }

    // Invitations never accepted, from when they expired or were withdrawn; an accepted one stays.
    const invitation = async (
      values: { expiresAt: Date; revokedAt?: Date; acceptedAt?: Date },
      into: typeof kept,
    ) => {
      const [row] = await db
        .insert(schema.invitations)
        .values({
          tokenHash: tokenHash(unique("invitation")),
          email: `${unique("inbjuden")}@example.se`,
          name: "Inbjuden Person",
          ...values,
        })
        .returning({ id: schema.invitations.id });
      note(into, "invitations", row?.id ?? "");
    };
    await invitation({ expiresAt: inside(periods.invitationDays) }, kept);
    await invitation({ expiresAt: outside(periods.invitationDays) }, gone);
    await invitation({ expiresAt: soon, revokedAt: outside(periods.invitationDays) }, gone);
    await invitation({ expiresAt: soon, revokedAt: inside(periods.invitationDays) }, kept);
    await invitation({ expiresAt: outside(400), acceptedAt: outside(400) }, kept);

    // Requests for an API key, from when their link expired.
    for (const [expiresAt, into] of [
      [inside(periods.apiKeyRequestDays), kept],
      [outside(periods.apiKeyRequestDays), gone],
    ] as const) {
      const [row] = await db
        .insert(schema.apiKeyRequests)
        .values({
          tokenHash: tokenHash(unique("request")),
          email: `${unique("forskare")}@example.se`,
          keyName: "Forskning",
          expiresAt,
        })
        .returning({ id: schema.apiKeyRequests.id });
      note(into, "apiKeyRequests", row?.id ?? "");
    }

    // Counts of limits, keyed by addresses: gone once their window has ended.
    const ended = unique("signin:person@example.se");
    const running = unique("signin:192.0.2.9");
    await db.insert(schema.rateLimitPoints).values([
      { key: ended, points: 2, expire: now.getTime() - 1000 },
      { key: running, points: 2, expire: now.getTime() + 15 * minute },
    ]);
    note(gone, "rateLimitCounts", ended);
    note(kept, "rateLimitCounts", running);

    // Accounts: only a member or observer that no one has signed in to within the period, that
    // has no session and is older than the period is unused. The coordinator's and moderators'
    // accounts are never erased.
    const account = async (
      values: {
        role: "member" | "observer" | "coordinator" | "moderator";
        createdAt: Date;
        lastSignedInAt?: Date;
      },
      into: typeof kept,
      extra: { passwordHash?: string; session?: boolean } = {},
    ) => {
      const email = `${unique("konto")}@example.se`;
      const [row] = await db
        .insert(schema.people)
        .values({ name: `Konto ${counter}`, email, passwordHash: extra.passwordHash, ...values })
        .returning({ id: schema.people.id, email: schema.people.email, name: schema.people.name });
      if (!row) throw new Error("not stored");
      if (extra.session)
        await db.insert(schema.sessions).values({
          tokenHash: tokenHash(unique("session")),
          personId: row.id,
          expiresAt: soon,
        });
      note(into, "people", row.id);
      return row;
    };
    const unused = await account(
      { role: "member", createdAt: outside(periods.unusedAccountDays) },
      gone,
    );
    await account({ role: "observer", createdAt: outside(periods.unusedAccountDays) }, gone);
    await account({ role: "member", createdAt: inside(periods.unusedAccountDays) }, kept);
    await account({ role: "coordinator", createdAt: outside(periods.unusedAccountDays) }, kept);
    await account({ role: "moderator", createdAt: outside(periods.unusedAccountDays) }, kept);
    // Signed in within the period: in use. Signed in only before it: unused, password or not.
    await account(
      {
        role: "member",
        createdAt: outside(periods.unusedAccountDays),
        lastSignedInAt: inside(periods.unusedAccountDays),
      },
      kept,
      { passwordHash: "argon2id-hash" },
    );
    await account(
      {
        role: "observer",
        createdAt: outside(periods.unusedAccountDays),
        lastSignedInAt: outside(periods.unusedAccountDays),
      },
      gone,
      { passwordHash: "argon2id-hash" },
    );
    await account({ role: "member", createdAt: outside(periods.unusedAccountDays) }, kept, {
      session: true,
    });
    // What the unused account wrote stays, as a former participant's; its mail goes with it.
    const theme = await db.query.themes.findFirst();
    if (!theme) throw new Error("no theme");
    const [comment] = await db
      .insert(schema.comments)
      .values({ themeId: theme.id, authorId: unused.id, body: "En kommentar som ska finnas kvar." })
      .returning({ id: schema.comments.id });
    note(kept, "comments", comment?.id ?? "");
    await mail({ sentAt: now, createdAt: now }, kept);
    const [itsMail] = await db
      .insert(schema.outbox)
      .values({ to: unused.email, subject: "Inbjudan", text: "Text", kind: "test", sentAt: now })
      .returning({ id: schema.outbox.id });
    note(gone, "outboxMailOfErased", itsMail?.id ?? "");

    // The survey respondents: the coordinator's retention (365 days unless set) from the import.
    await db
      .update(schema.surveys)
      .set({ importedAt: new Date(now.getTime() - 400 * day) })
      .where(sql`true`);

    surveysWithRespondents = await db.$count(
      schema.surveys,
      sql`${schema.surveys.respondentsDeletedAt} is null`,
    );
    auditCountBefore = await db.$count(
      schema.auditLog,
      eq(schema.auditLog.action, "retention.sweep"),
    );
    api.clearStatements();
    counts = await sweepExpiredData(db, periods, now, { batchSize });
  });

  afterAll(async () => {
    await api?.close();
  });

  const idsIn = async (kind: string, ids: string[]): Promise<string[]> => {
    const db = api.database.db;
    const found = (rows: { id: string }[]) => rows.map((r) => r.id);
    switch (kind) {
      case "sessions":
        return found(
          await db
            .select({ id: schema.sessions.id })
            .from(schema.sessions)
            .where(inArray(schema.sessions.id, ids)),
        );
      case "passwordResets":
        return found(
          await db
            .select({ id: schema.passwordResets.id })
            .from(schema.passwordResets)
            .where(inArray(schema.passwordResets.id, ids)),
        );
      case "outboxMail":
      case "outboxMailOfErased":
        return found(
          await db
            .select({ id: schema.outbox.id })
            .from(schema.outbox)
            .where(inArray(schema.outbox.id, ids)),
        );
      case "notifications":
        return found(
          await db
            .select({ id: schema.notifications.id })
            .from(schema.notifications)
            .where(inArray(schema.notifications.id, ids)),
        );
      case "auditLog":
        return found(
          await db
            .select({ id: schema.auditLog.id })
            .from(schema.auditLog)
            .where(inArray(schema.auditLog.id, ids)),
        );
      case "invitations":
        return found(
          await db
            .select({ id: schema.invitations.id })
            .from(schema.invitations)
            .where(inArray(schema.invitations.id, ids)),
        );
      case "apiKeyRequests":
        return found(
          await db
            .select({ id: schema.apiKeyRequests.id })
            .from(schema.apiKeyRequests)
            .where(inArray(schema.apiKeyRequests.id, ids)),
        );
      case "rateLimitCounts":
        return (
          await db
            .select({ key: schema.rateLimitPoints.key })
            .from(schema.rateLimitPoints)
            .where(inArray(schema.rateLimitPoints.key, ids))
        ).map((r) => r.key);
      case "people":
        return found(
          await db
            .select({ id: schema.people.id })
            .from(schema.people)
            .where(inArray(schema.people.id, ids)),
        );
      case "comments":
        return found(
          await db
            .select({ id: schema.comments.id })
            .from(schema.comments)
            .where(inArray(schema.comments.id, ids)),
        );
      default:
        throw new Error(`no such kind ${kind}`);
    }
  };

  it("deletes every row just outside its period and keeps every row just inside it", async () => {
    for (const [kind, ids] of Object.entries(gone))
      expect(await idsIn(kind, ids), `${kind} past the period`).toEqual([]);
    for (const [kind, ids] of Object.entries(kept))
      expect((await idsIn(kind, ids)).sort(), `${kind} within the period`).toEqual([...ids].sort());
  });

  it("erases an unused account as an erasure does: its comment stays without an author", async () => {
    const [comment] = await api.database.db
      .select({ authorId: schema.comments.authorId })
      .from(schema.comments)
      .where(inArray(schema.comments.id, kept.comments ?? []));
    expect(comment).toEqual({ authorId: null });
  });

  it("deletes the survey's respondent rows by the coordinator's retention and keeps the survey", async () => {
    const db = api.database.db;
    const surveys = await db.select().from(schema.surveys);
    expect(surveys.length).toBeGreaterThan(0);
    expect(surveys.every((s) => s.respondentsDeletedAt !== null)).toBe(true);
    expect(await db.$count(schema.surveyRespondents)).toBe(0);
  });

  it("answers how many of each kind went", () => {
    expect(counts).toEqual({
      sessions: 2,
      passwordResets: 1,
      outboxMail: 2 * batchSize + 2,
      readNotifications: 1,
      unreadNotifications: 1,
      auditLog: 1,
      surveyRespondents: surveysWithRespondents,
      unusedAccounts: 3,
      invitations: 2,
      apiKeyRequests: 1,
      rateLimitCounts: 1,
    });
    expect(surveysWithRespondents).toBeGreaterThan(0);
  });

  it("deletes more rows than a batch in statements of at most a batch", () => {
    // The sweep's own deletes (an erasure deletes the erased person's mail by address).
    const outboxDeletes = api.statements.filter((s) =>
      /^delete from "outbox" where .* in \(select/i.test(s),
    );
    // 2 × batch + 1 sent and 1 unsent past the period: batches of 3, 3 and 2; a short one ends it.
    expect(outboxDeletes).toHaveLength(3);
    for (const statement of outboxDeletes) expect(statement).toMatch(/ limit \$\d+\)/i);
  });

  it("notes one audit entry by the portal itself with the counts, naming no one", async () => {
    const entries = await api.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "retention.sweep"));
    expect(entries.length - auditCountBefore).toBe(1);
    const entry = entries.at(-1);
    expect(entry?.actorId).toBeNull();
    expect(entry?.actorName).toBe("System");
    expect(entry?.after).toEqual({ removed: counts, periodsInDays: periods });
    expect(JSON.stringify(entry)).not.toMatch(/@|Konto/);
  });

  it("finds nothing more on a second run and notes nothing then", async () => {
    const db = api.database.db;
    const again = await sweepExpiredData(db, periods, now, { batchSize });
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    expect(await db.$count(schema.auditLog, eq(schema.auditLog.action, "retention.sweep"))).toBe(
      auditCountBefore + 1,
    );
  });

  it("runs at once when scheduled, logging one line with the counts, and stops", async () => {
    const db = api.database.db;
    await db.insert(schema.auditLog).values({
      actorName: "Någon",
      action: "test.retention.schedule",
      subjectType: "test",
      at: outside(periods.auditLogDays),
    });
    const lines: string[] = [];
    const log: Log = {
      error: (message) => lines.push(`error ${message}`),
      warn: (message) => lines.push(`warn ${message}`),
      info: (message) => lines.push(message),
      debug: () => {},
    };
    const stop = scheduleRetentionSweeps(api.database, periods, log);
    try {
      await vi.waitFor(() => expect(lines).toEqual(["retention: removed 1 auditLog"]));
      expect(
        await db.$count(schema.auditLog, like(schema.auditLog.action, "test.retention.%")),
      ).toBe(0);
    } finally {
      stop();
    }
  });
});

describe("the retention periods: configured, validated and public", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  type Periods = { retentionPeriods: { kind: string; days: number; description: string }[] };
  const read = `{ retentionPeriods { kind days description } }`;

  it("come from RETENTION_* with defaults, and a wrong value stops the start naming the variable", () => {
    expect(loadConfig({}).retention).toEqual(defaultRetentionSettings);
    expect(loadConfig({ RETENTION_OUTBOX_DAYS: "45" }).retention.outboxDays).toBe(45);
    for (const wrong of ["tre år", "0", "1.5", "-3"]) {
      expect(() => loadConfig({ RETENTION_AUDIT_LOG_DAYS: wrong })).toThrow(ConfigError);
      expect(() => loadConfig({ RETENTION_AUDIT_LOG_DAYS: wrong })).toThrow(
        /^RETENTION_AUDIT_LOG_DAYS must be a whole number of days/,
      );
    }
  });

  it("are read by anyone as configured, the survey's as the coordinator set it", async () => {
    const config = api.services.config as typeof api.services.config & {
      retention?: RetentionPeriods;
    };
    config.retention = loadConfig({ RETENTION_OUTBOX_DAYS: "45" }).retention;
    await api.database.db
      .insert(schema.measurementSettings)
      .values({ id: 1, respondentRetentionDays: 200 })
      .onConflictDoUpdate({
        target: schema.measurementSettings.id,
        set: { respondentRetentionDays: 200 },
      });
    try {
      const { retentionPeriods } = await api.query<Periods>(read, {}, null);
      const days = Object.fromEntries(retentionPeriods.map((p) => [p.kind, p.days]));
      expect(days).toEqual({
        SESSIONS: defaultRetentionSettings.sessionDays,
        OUTBOX_MAIL: 45,
        READ_NOTIFICATIONS: defaultRetentionSettings.readNotificationDays,
        UNREAD_NOTIFICATIONS: defaultRetentionSettings.unreadNotificationDays,
        AUDIT_LOG: defaultRetentionSettings.auditLogDays,
        SURVEY_RESPONDENTS: 200,
        UNUSED_ACCOUNTS: defaultRetentionSettings.unusedAccountDays,
        INVITATIONS: defaultRetentionSettings.invitationDays,
        API_KEY_REQUESTS: defaultRetentionSettings.apiKeyRequestDays,
        RATE_LIMIT_COUNTS: 1,
      });
      for (const period of retentionPeriods) expect(period.description.length).toBeGreaterThan(20);
    } finally {
      delete config.retention;
    }
  });
});
