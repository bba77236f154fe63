import { schema } from "@kraftsamling/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Limit, spendOrGiveBack, take, taken } from "../src/accounts/rate-limits";
import { passwordResetAnswerMilliseconds } from "../src/accounts/service";
import { accountLimit, addressLimit, reserveSignInAttempt } from "../src/accounts/sign-in-limits";
import type { Viewer } from "../src/accounts/viewer";
import { mailLimits } from "../src/mail/mail-limits";
import { cancelAs, newParticipant, registerAs, storedMeeting } from "./meetings-support";
import { type TestApi, testApi, testPassword } from "./support";

/** Every argon2 verification, counted: a wrong password checked is a guess made. */
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const argon2 = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...argon2,
    verify: (...args: Parameters<typeof argon2.verify>) => {
      verifications.count++;
      return argon2.verify(...args);
    },
  };
});

type Answer = { __typename: string; code?: string; retryAt?: string | null; field?: string | null };

const signIn = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on InputError { code retryAt field }
  }
}`;
const changePassword = `mutation ($current: String!, $new: String!) {
  changePassword(currentPassword: $current, newPassword: $new) {
    __typename
    ... on InputError { code retryAt field }
  }
}`;
const requestReset = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const invite = `mutation ($email: String!) {
  invitePerson(input: { email: $email }) { __typename ... on InputError { code retryAt field } }
}`;

const limitsByScope: Record<string, Limit> = Object.fromEntries(
  [accountLimit, addressLimit, ...Object.values(mailLimits)].map((l) => [l.scope, l]),
);

async function counter(api: TestApi, scope: string, subject: string) {
  const limit = limitsByScope[scope];
  if (!limit) throw new Error(`no limit ${scope}`);
  return taken(api.database, limit, subject);
}

async function outboxTo(api: TestApi, to: string, kind: string) {
  return api.database.db
    .select()
    .from(schema.outbox)
    .where(and(eq(schema.outbox.to, to), eq(schema.outbox.kind, kind)));
}

describe("sign-in limits, counted in the database", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("checks exactly five of fifty simultaneous wrong passwords for one account and refuses the rest", async () => {
    const email = "observator@kraftsamling.example";
    verifications.count = 0;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        api.execute(signIn, { email, password: "fel lösenord igen" }),
      ),
    );
    const codes = answers.map((a) => (a.data as { signIn: Answer }).signIn.code);
    expect(codes.filter((c) => c === "INVALID_CREDENTIALS")).toHaveLength(5);
    expect(codes.filter((c) => c === "ACCOUNT_LOCKED")).toHaveLength(45);
    expect(verifications.count).toBe(5);
    // Exactly the five checked attempts are recorded as failures; the refused ones are not.
    expect(await counter(api, "sign-in-account", email)).toBe(5);
    // The right password is refused too while the account is locked, and checked no more.
    const locked = await api.execute(signIn, { email, password: testPassword });
    expect((locked.data as { signIn: Answer }).signIn.code).toBe("ACCOUNT_LOCKED");
    expect(verifications.count).toBe(5);
  });

  it("lets exactly twenty simultaneous attempts from one address through, whatever accounts they name", async () => {
    const ip = "198.51.100.7";
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        reserveSignInAttempt(api.database, `gissning.${i}@kommun.example`, ip),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(refused).toHaveLength(10);
    expect(refused.every((e) => e.code === "TOO_MANY_ATTEMPTS")).toBe(true);
    expect(await counter(api, "sign-in-address", ip)).toBe(20);
    // An attempt refused for its address does not count against the account it named.
    const accounts = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        counter(api, "sign-in-account", `gissning.${i}@kommun.example`),
      ),
    );
    expect(accounts.reduce((sum, count) => sum + count, 0)).toBe(20);
  });

  it("forgets an account's failures at a right password, which counts as no failure of the address", async () => {
    const email = "moderator@kraftsamling.example";
    for (let i = 0; i < 3; i++) await api.execute(signIn, { email, password: "fel lösenord igen" });
    expect(await counter(api, "sign-in-account", email)).toBe(3);
    const addressBefore = await counter(api, "sign-in-address", "192.0.2.1");
    const ok = await api.execute(signIn, { email, password: testPassword });
    expect((ok.data as { signIn: Answer }).signIn.__typename).toBe("MutationSignInSuccess");
    expect(await counter(api, "sign-in-account", email)).toBe(0);
    expect(await counter(api, "sign-in-address", "192.0.2.1")).toBe(addressBefore);
  });

  it("refuses the current password as the new one, and counts a wrong current password as a guess", async () => {
    const viewer = await api.viewer("admin.ssr@kraftsamling.example");
    const same = await api.execute(
      changePassword,
      { current: testPassword, new: testPassword },
      viewer,
    );
    expect((same.data as { changePassword: Answer }).changePassword).toMatchObject({
      code: "PASSWORD_UNCHANGED",
      field: "newPassword",
    });
    const person = await api.database.db.query.people.findFirst({
      where: { email: "admin.ssr@kraftsamling.example" },
    });
    // Nothing changed, and no other session ended.
    expect(person?.passwordHash).toBeTruthy();
    const signedIn = await api.execute(signIn, {
      email: "admin.ssr@kraftsamling.example",
      password: testPassword,
    });
    expect((signedIn.data as { signIn: Answer }).signIn.__typename).toBe("MutationSignInSuccess");

    for (let i = 0; i < 5; i++)
      await api.execute(changePassword, { current: "inte mitt lösenord", new: "x" }, viewer);
    const locked = await api.execute(
      changePassword,
      { current: testPassword, new: "ett helt nytt långt lösenord" },
      viewer,
    );
    expect((locked.data as { changePassword: Answer }).changePassword.code).toBe("ACCOUNT_LOCKED");
  });
});

describe("limits on mail to others", () => {
  let api: TestApi;
  let coordinator: Viewer;
  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  it("answers a reset request for an unknown address as for a known one, after the same time", async () => {
    const time = async (email: string) => {
      const started = performance.now();
      const answer = await api.execute(requestReset, { email });
      return { answer, ms: performance.now() - started };
    };
    const known = await time("observator@kraftsamling.example");
    const unknown = await time("ingen.alls@kommun.example");
    expect(unknown.answer).toEqual(known.answer);
    expect(known.answer.data).toEqual({ requestPasswordReset: true });
    expect(known.ms).toBeGreaterThanOrEqual(passwordResetAnswerMilliseconds - 5);
    expect(unknown.ms).toBeGreaterThanOrEqual(passwordResetAnswerMilliseconds - 5);
    expect(Math.abs(known.ms - unknown.ms)).toBeLessThan(150);
    expect(await outboxTo(api, "observator@kraftsamling.example", "password-reset")).toHaveLength(
      1,
    );
    expect(await outboxTo(api, "ingen.alls@kommun.example", "password-reset")).toHaveLength(0);
  });

  it("puts at most three password-reset mails to one address in the outbox an hour, answering every request alike", async () => {
    const email = "medlem.raddabarnen@kraftsamling.example";
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        api.execute(requestReset, { email: i % 2 ? email.toUpperCase() : email }),
      ),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(
      new Set([JSON.stringify({ data: { requestPasswordReset: true } })]),
    );
    expect(await outboxTo(api, email, "password-reset")).toHaveLength(3);
    // An unknown address is counted the same way, so the limit tells nothing either.
    await Promise.all(
      Array.from({ length: 3 }, () =>
        api.execute(requestReset, { email: "ingen.alls@kommun.example" }),
      ),
    );
    expect(await counter(api, "password-reset-address", "ingen.alls@kommun.example")).toBe(3);
  });

  it("takes at most twenty reset requests an hour from one client address", async () => {
    // Two, fifteen and three requests came before: this client's twenty for the hour are spent.
    const answers = await Promise.all(
      Array.from({ length: 3 }, (_, i) =>
        api.execute(requestReset, { email: `flera.${i}@kommun.example` }),
      ),
    );
    expect(answers.every((a) => JSON.stringify(a.data) === '{"requestPasswordReset":true}')).toBe(
      true,
    );
    expect(await counter(api, "password-reset-client", "192.0.2.1")).toBe(
      mailLimits.passwordResetPerClient.max,
    );
    await api.execute(requestReset, { email: "moderator@kraftsamling.example" });
    expect(await outboxTo(api, "moderator@kraftsamling.example", "password-reset")).toHaveLength(0);
  });

  it("sends at most three invitations to one address an hour, refusing the fourth with when to try again", async () => {
    const email = "inbjuden.ofta@kommun.example";
    const answers: Answer[] = [];
    for (let i = 0; i < 4; i++)
      answers.push(
        ((await api.execute(invite, { email }, coordinator)).data as { invitePerson: Answer })
          .invitePerson,
      );
    expect(answers.slice(0, 3).map((a) => a.__typename)).toEqual([
      "MutationInvitePersonSuccess",
      "MutationInvitePersonSuccess",
      "MutationInvitePersonSuccess",
    ]);
    expect(answers[3]).toMatchObject({ code: "TOO_MANY_INVITATIONS", field: "email" });
    const retryIn = new Date(answers[3]?.retryAt ?? 0).getTime() - Date.now();
    expect(retryIn).toBeGreaterThan(59 * 60_000);
    expect(retryIn).toBeLessThanOrEqual(60 * 60_000);
    expect(await outboxTo(api, email, "invitation")).toHaveLength(3);
  });

  it("counts every spelling of one mailbox as one address: case, quotes, a trailing dot, a +tag", async () => {
    const spellings = [
      "mottagare@kommun.example",
      "Mottagare@Kommun.example.",
      '"mottagare"@kommun.example',
      "mottagare+1@kommun.example",
    ];
    const answers: Answer[] = [];
    for (const email of spellings)
      answers.push(
        ((await api.execute(invite, { email }, coordinator)).data as { invitePerson: Answer })
          .invitePerson,
      );
    expect(answers.map((a) => a.__typename).slice(0, 3)).toEqual([
      "MutationInvitePersonSuccess",
      "MutationInvitePersonSuccess",
      "MutationInvitePersonSuccess",
    ]);
    expect(answers[3]).toMatchObject({ code: "TOO_MANY_INVITATIONS", field: "email" });
  });

  it("lets a person register and withdraw thirty times, with six mails about it, while the registration keeps working", async () => {
    const participant = await newParticipant(api);
    const meeting = await storedMeeting(api, { capacity: 5 });
    for (let i = 0; i < 30; i++) {
      expect((await registerAs(api, participant, meeting.id)).data?.status).toBe("CONFIRMED");
      expect((await cancelAs(api, participant, meeting.id)).data?.status).toBe("CANCELLED");
    }
    expect((await registerAs(api, participant, meeting.id)).data?.status).toBe("CONFIRMED");
    const mail = await api.database.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.to, participant.email));
    expect(mail).toHaveLength(mailLimits.registrationPerMeeting.max);
    // Another meeting is another count.
    const other = await storedMeeting(api);
    await registerAs(api, participant, other.id);
    expect(
      await api.database.db
        .select()
        .from(schema.outbox)
        .where(eq(schema.outbox.to, participant.email)),
    ).toHaveLength(mailLimits.registrationPerMeeting.max + 1);
  });

  it("still tells someone promoted from the waiting list, whatever their own mails", async () => {
    const holder = await newParticipant(api);
    const waiting = await newParticipant(api);
    const meeting = await storedMeeting(api, { capacity: 1 });
    await registerAs(api, holder, meeting.id);
    for (let i = 0; i < 3; i++) {
      await registerAs(api, waiting, meeting.id);
      await cancelAs(api, waiting, meeting.id);
    }
    expect((await registerAs(api, waiting, meeting.id)).data?.status).toBe("WAITLISTED");
    await cancelAs(api, holder, meeting.id);
    expect(await outboxTo(api, waiting.email, "meeting-registration-promoted")).toHaveLength(1);
  });

  it("gives back what a write took when the write fails, and keeps it when the write is done", async () => {
    const limit: Limit = { scope: "test-write", max: 1, windowMinutes: 1 };
    const first = await take(api.database, limit, "person-a");
    if (!first.allowed) throw new Error("refused at once");
    await expect(
      spendOrGiveBack(api.database, limit, "person-a", first.windowStartedAt, async () => {
        throw new Error("the row was not written");
      }),
    ).rejects.toThrow("the row was not written");
    expect(await taken(api.database, limit, "person-a")).toBe(0);
    const second = await take(api.database, limit, "person-a");
    if (!second.allowed) throw new Error("refused after the give-back");
    await spendOrGiveBack(
      api.database,
      limit,
      "person-a",
      second.windowStartedAt,
      async () => "written",
    );
    expect(await taken(api.database, limit, "person-a")).toBe(1);
    expect((await take(api.database, limit, "person-a")).allowed).toBe(false);
  });
});
