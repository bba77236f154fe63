import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/accounts/viewer";
import { mailText, startSmtpSink } from "./smtp-sink";
import { type TestApi, testApi, testPassword } from "./support";

type Result = {
  __typename: string;
  code?: string;
  message?: string;
  retryAt?: string | null;
  field?: string | null;
};

const signIn = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on MutationSignInSuccess { data { name email } }
    ... on InputError { code message retryAt field }
  }
}`;
const invite = `mutation ($input: InviteInput!) {
  invitePerson(input: $input) { __typename ... on InputError { code message field } ... on MutationInvitePersonSuccess { data { id email } } }
}`;
const accept = `mutation ($token: String!, $name: String!, $password: String!) {
  acceptInvitation(token: $token, name: $name, password: $password) {
    __typename
    ... on MutationAcceptInvitationSuccess { data { id name email memberships { role organisation { slug } } } }
    ... on InputError { code message field }
  }
}`;

function result(data: unknown, field: string): Result & { data?: Record<string, unknown> } {
  return (data as Record<string, Result & { data?: Record<string, unknown> }>)[field] as Result & {
    data?: Record<string, unknown>;
  };
}

describe("accounts, with mail through a real SMTP server", () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let coordinator: Viewer;
  let ssrAdmin: Viewer;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    api = await testApi({ smtpUrl: smtp.url });
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    ssrAdmin = await api.viewer("admin.ssr@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  async function invitationToken(email: string): Promise<string> {
    const mail = [...smtp.received].reverse().find((m) => m.to.includes(email));
    const token = mail && mailText(mail).match(/\/inbjudan\/([A-Za-z0-9_-]+)/)?.[1];
    if (!token) throw new Error(`no invitation mail to ${email}`);
    return token;
  }

  it("sends an invitation by e-mail with a link, and keeps it in the outbox as sent", async () => {
    const { data } = await api.execute(
      invite,
      { input: { email: "ny.person@kommun.example", organisationId: await orgId("radda-barnen") } },
      coordinator,
    );
    expect(result(data, "invitePerson").__typename).toBe("MutationInvitePersonSuccess");
    const mail = smtp.received.find((m) => m.to.includes("ny.person@kommun.example"));
    expect(mail).toBeDefined();
    const text = mailText(mail ?? { from: "", to: [], raw: "" });
    expect(text).toContain("Inbjudan till Kraftsamling");
    expect(text).toMatch(/http:\/\/portal\.test\/inbjudan\/[A-Za-z0-9_-]{43}/);
    expect(text).toContain("Rädda Barnen");
    const [row] = await api.database.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.to, "ny.person@kommun.example"));
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(row?.error).toBeNull();
  });

  it("turns an invitation into an account: weak passwords refused, then signed in, then the link is spent", async () => {
    const token = await invitationToken("ny.person@kommun.example");
    const short = await api.execute(accept, { token, name: "Ny Person", password: "kort" });
    expect(result(short.data, "acceptInvitation")).toMatchObject({
      code: "PASSWORD_TOO_SHORT",
      field: "password",
    });
    const email = await api.execute(accept, {
      token,
      name: "Ny Person",
      password: "ny.person@kommun.example",
    });
    expect(result(email.data, "acceptInvitation")).toMatchObject({ code: "PASSWORD_IS_EMAIL" });

    const ok = await api.execute(accept, {
      token,
      name: "Ny Person",
      password: "ett eget långt lösenord",
    });
    const person = result(ok.data, "acceptInvitation");
    expect(person.__typename).toBe("MutationAcceptInvitationSuccess");
    expect(person.data).toMatchObject({
      name: "Ny Person",
      memberships: [{ role: "MEMBER", organisation: { slug: "radda-barnen" } }],
    });
    expect(api.cookies).toHaveLength(1);
    expect(api.cookies[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const again = await api.execute(accept, {
      token,
      name: "Någon annan",
      password: "ett annat långt lösenord",
    });
    expect(result(again.data, "acceptInvitation")).toMatchObject({ code: "LINK_USED" });
  });

  it("refuses an expired invitation with its own message", async () => {
    await api.execute(invite, { input: { email: "sen@kommun.example" } }, coordinator);
    const token = await invitationToken("sen@kommun.example");
    await api.database.db
      .update(schema.invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.invitations.email, "sen@kommun.example"));
    const { data } = await api.execute(accept, {
      token,
      name: "Sen Person",
      password: "ett eget långt lösenord",
    });
    expect(result(data, "acceptInvitation")).toMatchObject({ code: "LINK_EXPIRED" });
    const preview = await api.query<{ invitation: { state: string } }>(
      `query ($t: String!) { invitation(token: $t) { state } }`,
      { t: token },
    );
    expect(preview.invitation.state).toBe("EXPIRED");
  });

  it("lets an organisation admin invite only into their own organisation, as a member", async () => {
    const own = await api.execute(
      invite,
      {
        input: {
          email: "kollega@ssr.example",
          organisationId: await orgId("akademikerforbundet-ssr"),
          membershipRole: "ADMIN",
        },
      },
      ssrAdmin,
    );
    expect(result(own.data, "invitePerson").__typename).toBe("MutationInvitePersonSuccess");
    const other = await api.execute(
      invite,
      { input: { email: "x@rb.example", organisationId: await orgId("radda-barnen") } },
      ssrAdmin,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const moderator = await api.execute(
      invite,
      {
        input: {
          email: "y@ssr.example",
          organisationId: await orgId("akademikerforbundet-ssr"),
          role: "MODERATOR",
        },
      },
      ssrAdmin,
    );
    expect(moderator.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("answers a wrong password and an unknown address alike, and locks the account after five failures", async () => {
    const unknown = await api.execute(signIn, {
      email: "ingen@kommun.example",
      password: "fel lösenord igen",
    });
    const wrong = await api.execute(signIn, {
      email: "observator@kraftsamling.example",
      password: "fel lösenord igen",
    });
    expect(result(unknown.data, "signIn")).toMatchObject({ code: "INVALID_CREDENTIALS" });
    expect(result(wrong.data, "signIn")).toEqual(result(unknown.data, "signIn"));

    for (let i = 0; i < 4; i++)
      await api.execute(signIn, {
        email: "observator@kraftsamling.example",
        password: "fel lösenord igen",
      });
    const locked = result(
      (
        await api.execute(signIn, {
          email: "OBSERVATOR@kraftsamling.example",
          password: testPassword,
        })
      ).data,
      "signIn",
    );
    expect(locked.code).toBe("ACCOUNT_LOCKED");
    const retryIn = new Date(locked.retryAt ?? 0).getTime() - Date.now();
    expect(retryIn).toBeGreaterThan(14 * 60_000);
    expect(retryIn).toBeLessThanOrEqual(15 * 60_000);
    expect(api.cookies).toEqual([]);
  });

  it("signs in with a new session id, and signs out everywhere", async () => {
    const before = await api.viewer("moderator@kraftsamling.example");
    const { data } = await api.execute(
      signIn,
      { email: "moderator@kraftsamling.example", password: testPassword },
      before,
    );
    expect(result(data, "signIn").data).toEqual({
      name: "Jonas Ek",
      email: "moderator@kraftsamling.example",
    });
    const sessions = await api.database.db
      .select()
      .from(schema.sessions)
      .where(eq(schema.sessions.id, before.sessionId));
    expect(sessions).toEqual([]);
    // The sign-in is noted: the retention of unused accounts counts from it.
    const [signedIn] = await api.database.db
      .select({ at: schema.people.lastSignedInAt })
      .from(schema.people)
      .where(eq(schema.people.email, "moderator@kraftsamling.example"));
    expect(Date.now() - (signedIn?.at?.getTime() ?? 0)).toBeLessThan(60_000);

    const second = await api.viewer("moderator@kraftsamling.example");
    const ended = await api.query<{ signOutEverywhere: number }>(
      `mutation { signOutEverywhere }`,
      {},
      second,
    );
    expect(ended.signOutEverywhere).toBeGreaterThanOrEqual(2);
    expect(api.cookies).toEqual([null]);
    const me = await api.query<{ me: unknown }>(`{ me { id } }`);
    expect(me.me).toBeNull();
  });

  it("resets a password by e-mailed link: once, ending every session; the same answer for an unknown address", async () => {
    const sentBefore = smtp.received.length;
    await api.query(`mutation { requestPasswordReset(email: "ingen.alls@kommun.example") }`);
    expect(smtp.received.length).toBe(sentBefore);
    await api.query(
      `mutation { requestPasswordReset(email: "Medlem.RaddaBarnen@kraftsamling.example") }`,
    );
    const mail = smtp.received.at(-1);
    const token = mail && mailText(mail).match(/\/losenord\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    const session = await api.viewer("medlem.raddabarnen@kraftsamling.example");

    const reset = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { __typename ... on InputError { code } } }`;
    const linkState = `query ($token: String!) { passwordReset(token: $token) { state } }`;
    expect(await api.query(linkState, { token })).toEqual({ passwordReset: { state: "VALID" } });
    expect(await api.query(linkState, { token: "ingen-sadan-lank" })).toEqual({
      passwordReset: null,
    });
    expect(
      result((await api.execute(reset, { token, password: "kort" })).data, "resetPassword").code,
    ).toBe("PASSWORD_TOO_SHORT");
    expect(
      result(
        (await api.execute(reset, { token, password: "ett nytt långt lösenord" })).data,
        "resetPassword",
      ).__typename,
    ).toBe("MutationResetPasswordSuccess");
    expect(
      result(
        (await api.execute(reset, { token, password: "ett tredje långt lösenord" })).data,
        "resetPassword",
      ).code,
    ).toBe("LINK_USED");
    expect(await api.query(linkState, { token })).toEqual({ passwordReset: { state: "USED" } });
    expect(
      await api.database.db
        .select()
        .from(schema.sessions)
        .where(eq(schema.sessions.id, session.sessionId)),
    ).toEqual([]);
    const signedIn = await api.execute(signIn, {
      email: "medlem.raddabarnen@kraftsamling.example",
      password: "ett nytt långt lösenord",
    });
    expect(result(signedIn.data, "signIn").__typename).toBe("MutationSignInSuccess");
  });

  it("records what an organisation admin does, with before and after, for the coordinator to filter", async () => {
    const ssr = await orgId("akademikerforbundet-ssr");
    const added = await api.execute(
      `mutation ($o: ID!) { addMember(organisationId: $o, email: "observator@kraftsamling.example") { __typename } }`,
      { o: ssr },
      ssrAdmin,
    );
    expect(added.errors).toBeUndefined();
    const observer = await api.database.db.query.people.findFirst({
      where: { email: "observator@kraftsamling.example" },
    });
    await api.query(
      `mutation ($o: ID!, $p: ID!) { setMembershipRole(organisationId: $o, personId: $p, role: ADMIN) { __typename } }`,
      { o: ssr, p: observer?.id },
      ssrAdmin,
    );
    const log = await api.query<{
      auditLog: { actorName: string; action: string; before: unknown; after: unknown }[];
    }>(`{ auditLog(action: "membership") { actorName action before after } }`, {}, coordinator);
    expect(log.auditLog[0]).toEqual({
      actorName: "Sara Lund",
      action: "membership.role",
      before: { personId: observer?.id, role: "member" },
      after: { personId: observer?.id, role: "admin" },
    });
    expect(log.auditLog.map((e) => e.action)).toContain("membership.add");
    const denied = await api.execute(`{ auditLog { id } }`, {}, ssrAdmin);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("gives a person their data, and erases them while their comments stay", async () => {
    const member = await api.viewer("admin.ssr@kraftsamling.example");
    const theme = await api.database.db.query.themes.findFirst();
    await api.database.db.insert(schema.comments).values({
      themeId: theme?.id ?? "",
      authorId: member.personId,
      body: "Vi behöver mer direkttid.",
    });
    const exported = await api.query<{ exportMyData: { person: Record<string, unknown> } }>(
      `{ exportMyData }`,
      {},
      member,
    );
    expect(exported.exportMyData.person).toMatchObject({
      email: "admin.ssr@kraftsamling.example",
      name: "Sara Lund",
    });
    expect(exported.exportMyData.person).not.toHaveProperty("passwordHash");
    expect(JSON.stringify(exported)).not.toContain("tokenHash");

    const wrong = await api.execute(
      `mutation { deleteMyAccount(password: "inte mitt lösenord") { __typename ... on InputError { code } } }`,
      {},
      member,
    );
    expect(result(wrong.data, "deleteMyAccount").code).toBe("WRONG_PASSWORD");
    const done = await api.execute(
      `mutation ($p: String!) { deleteMyAccount(password: $p) { __typename } }`,
      { p: testPassword },
      member,
    );
    expect(result(done.data, "deleteMyAccount").__typename).toBe("MutationDeleteMyAccountSuccess");

    expect(
      await api.database.db.query.people.findFirst({
        where: { email: "admin.ssr@kraftsamling.example" },
      }),
    ).toBeUndefined();
    const comments = await api.database.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.body, "Vi behöver mer direkttid."));
    expect(comments).toHaveLength(1);
    expect(comments[0]?.authorId).toBeNull();
    const entries = await api.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.actorId, member.personId));
    expect(entries).toEqual([]);
    const anonymised = await api.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.actorName, "Sara Lund"));
    expect(anonymised).toEqual([]);
  });

  it("keeps the last coordinator's account: another must hold the role before it is deleted", async () => {
    const remove = `mutation ($p: String!) { deleteMyAccount(password: $p) { __typename ... on InputError { code message } } }`;
    const coordinators = () =>
      api.database.db.query.people.findMany({ where: { role: "coordinator" } });
    expect(await coordinators()).toHaveLength(1);
    const refused = await api.execute(remove, { p: testPassword }, coordinator);
    expect(result(refused.data, "deleteMyAccount")).toMatchObject({ code: "LAST_COORDINATOR" });
    expect(await coordinators()).toHaveLength(1);

    // With a second coordinator, the first may go.
    const second = await api.viewer("moderator@kraftsamling.example");
    await api.database.db
      .update(schema.people)
      .set({ role: "coordinator" })
      .where(eq(schema.people.id, second.personId));
    const done = await api.execute(remove, { p: testPassword }, coordinator);
    expect(result(done.data, "deleteMyAccount").__typename).toBe("MutationDeleteMyAccountSuccess");
    expect((await coordinators()).map((p) => p.email)).toEqual(["moderator@kraftsamling.example"]);
  });

  async function orgId(slug: string): Promise<string> {
    const org = await api.database.db.query.organisations.findFirst({ where: { slug } });
    if (!org) throw new Error(slug);
    return org.id;
  }
});

describe("e-mail without SMTP", () => {
  it("is kept in the outbox, unsent, for the coordinator to read", async () => {
    const api = await testApi();
    try {
      const coordinator = await api.viewer("samordnare@kraftsamling.example");
      await api.query(
        `mutation { requestPasswordReset(email: "observator@kraftsamling.example") }`,
      );
      const outbox = await api.query<{
        outbox: { to: string; kind: string; sentAt: string | null; text: string }[];
      }>(`{ outbox { to kind sentAt text } }`, {}, coordinator);
      expect(outbox.outbox[0]).toMatchObject({
        to: "observator@kraftsamling.example",
        kind: "password-reset",
        sentAt: null,
      });
      expect(outbox.outbox[0]?.text).toMatch(/http:\/\/portal\.test\/losenord\//);
    } finally {
      await api.close();
    }
  });
});
