import { createHash } from "node:crypto";
import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { httpServer } from "./meetings-support";
import { mailText, startSmtpSink } from "./smtp-sink";
import { type TestApi, testApi, testPassword } from "./support";

type Answer = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

const requestKey = `mutation ($email: String!, $name: String!) {
  requestApiKey(email: $email, name: $name) {
    __typename
    ... on MutationRequestApiKeySuccess { data }
    ... on InputError { code field message }
  }
}`;
const confirmKey = `mutation ($token: String!) {
  confirmApiKey(token: $token) {
    __typename
    ... on MutationConfirmApiKeySuccess { data { secret key { id name prefix createdAt lastUsedAt revokedAt } } }
    ... on InputError { code field message }
  }
}`;
const createKey = `mutation ($name: String!) {
  createApiKey(name: $name) {
    __typename
    ... on MutationCreateApiKeySuccess { data { secret key { id name prefix } } }
    ... on InputError { code field message }
  }
}`;
const revokeKey = `mutation ($id: ID!) {
  revokeApiKey(id: $id) {
    __typename
    ... on MutationRevokeApiKeySuccess { data { id revokedAt } }
    ... on InputError { code message }
  }
}`;
const revokeBySecret = `mutation ($key: String!) {
  revokeApiKeyBySecret(key: $key) {
    __typename
    ... on MutationRevokeApiKeyBySecretSuccess { data }
    ... on InputError { code message }
  }
}`;
const linkState = `query ($token: String!) { apiKeyLink(token: $token) }`;
const publicQuery = `{ counties { code name } }`;

interface NewKey {
  secret: string;
  key: { id: string; name: string; prefix: string; lastUsedAt: string | null };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("API keys", () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let server: { url: string; stop: () => Promise<void> };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    api = await testApi({ smtpUrl: smtp.url });
    server = await httpServer(api);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
    await smtp?.close();
  });

  /** A request over HTTP, as a program sends it, with a key if given. */
  async function post(
    query: string,
    variables: Record<string, unknown> = {},
    authorization?: string,
  ): Promise<{ status: number; body: Answer }> {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Answer };
  }

  /** The token in the newest key mail to an address, and how many such mails it got. */
  function keyMails(email: string): { token: string | undefined; count: number; text: string } {
    const mails = smtp.received.filter(
      (m) => m.to.includes(email) && /\/api-nyckel\//.test(mailText(m)),
    );
    const last = mails.at(-1);
    const text = last ? mailText(last) : "";
    return {
      token: text.match(/http:\/\/portal\.test\/api-nyckel\/([A-Za-z0-9_-]+)/)?.[1],
      count: mails.length,
      text,
    };
  }

  /** The first thing a WebSocket answers to connection_init with these parameters: a message type, or its close code. */
  async function socketAnswer(payload: Record<string, unknown>): Promise<string | number> {
    const socket = new WebSocket(
      `${server.url.replace(/^http/, "ws")}/graphql`,
      "graphql-transport-ws",
    );
    await new Promise((resolve, reject) => {
      socket.once("open", resolve);
      socket.once("error", reject);
    });
    const answer = new Promise<string | number>((resolve) => {
      socket.once("message", (data) =>
        resolve((JSON.parse(String(data)) as { type: string }).type),
      );
      socket.once("close", (code, reason) =>
        resolve(reason.length > 0 ? `${code} ${String(reason)}` : code),
      );
    });
    socket.send(JSON.stringify({ type: "connection_init", payload }));
    const first = await answer;
    socket.close();
    return first;
  }

  async function requestAndConfirm(email: string, name: string): Promise<NewKey> {
    const asked = await post(requestKey, { email, name });
    expect(asked.body.data?.requestApiKey).toEqual({
      __typename: "MutationRequestApiKeySuccess",
      data: true,
    });
    // The address is kept, and written to, in lower case.
    const { token } = keyMails(email.toLowerCase());
    if (!token) throw new Error(`no key mail to ${email}`);
    const confirmed = await post(confirmKey, { token });
    const answer = confirmed.body.data?.confirmApiKey as { data?: NewKey; code?: string };
    if (!answer.data) throw new Error(`not confirmed: ${answer.code}`);
    return answer.data;
  }

  it("mails a link to anyone who asks; the link shows a working key once, and only its hash is stored", async () => {
    const email = "Forskare@Universitet.example";
    const made = await requestAndConfirm(email, "Min analys");
    const mail = keyMails("forskare@universitet.example");
    expect(mail.text).toContain("Min analys");
    expect(mail.text).toContain("24 timmar");

    expect(made.secret).toMatch(/^ks_[A-Za-z0-9_-]{43}$/);
    expect(made.key).toMatchObject({ name: "Min analys", lastUsedAt: null });
    expect(made.secret.startsWith(made.key.prefix)).toBe(true);
    expect(made.key.prefix.length).toBeLessThan(made.secret.length / 3);

    const [row] = await api.database.db
      .select()
      .from(schema.apiKeys)
      .where(eq(schema.apiKeys.id, made.key.id));
    expect(row).toMatchObject({
      ownerEmail: "forskare@universitet.example",
      personId: null,
      secretHash: sha256(made.secret),
    });
    expect(JSON.stringify(row)).not.toContain(made.secret);

    // The same link a second time shows no key.
    const again = await post(confirmKey, { token: mail.token });
    expect(again.body.data?.confirmApiKey).toMatchObject({ code: "LINK_USED", field: "token" });

    const read = await post(publicQuery, {}, `Bearer ${made.secret}`);
    expect(read.status).toBe(200);
    expect((read.body.data?.counties as unknown[]).length).toBeGreaterThan(20);
    const [used] = await api.database.db
      .select({ lastUsedAt: schema.apiKeys.lastUsedAt })
      .from(schema.apiKeys)
      .where(eq(schema.apiKeys.id, made.key.id));
    expect(used?.lastUsedAt).toBeInstanceOf(Date);

    // Its owner, without an account, revokes it with the key itself: the row and the address go.
    const revoked = await post(revokeBySecret, { key: made.secret });
    expect(revoked.body.data?.revokeApiKeyBySecret).toMatchObject({ data: true });
    const refused = await post(publicQuery, {}, `Bearer ${made.secret}`);
    expect(refused.status).toBe(401);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("INVALID_API_KEY");
    expect(refused.body.errors?.[0]?.message).toContain("http://portal.test/api-nyckel");
    const left = await api.database.db
      .select()
      .from(schema.apiKeyRequests)
      .where(eq(schema.apiKeyRequests.email, "forskare@universitet.example"));
    expect(left).toEqual([]);
    const keys = await api.database.db
      .select()
      .from(schema.apiKeys)
      .where(eq(schema.apiKeys.ownerEmail, "forskare@universitet.example"));
    expect(keys).toEqual([]);
  });

  it("refuses a key it does not know, and a header that is not a Bearer key, instead of answering as to anyone", async () => {
    for (const [authorization, says] of [
      ["Bearer ks_detfinnsingensadannyckel", "it has been revoked, or it never existed"],
      ["Basic dXNlcjpwYXNz", 'is not of the form "Bearer <key>"'],
      // A key sent alone is not called dead: the header's form is what to mend.
      ["ks_detfinnsingensadannyckel", 'is not of the form "Bearer <key>"'],
    ] as const) {
      const answer = await post(publicQuery, {}, authorization);
      expect(answer.status).toBe(401);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe("INVALID_API_KEY");
      expect(answer.body.errors?.[0]?.message, authorization).toContain(says);
    }
    const anonymous = await post(publicQuery);
    expect(anonymous.status).toBe(200);
  });

  it("reads a key far less often than a burst of requests comes, and writes its last use once, not at every request", async () => {
    const made = await requestAndConfirm("burst@kommun.example", "Många frågor");
    api.clearStatements();
    for (let i = 0; i < 20; i++)
      expect((await post(publicQuery, {}, `Bearer ${made.secret}`)).status).toBe(200);
    const keyStatements = api.statements.filter((sql) => /"api_keys"/.test(sql));
    // Read again only when the few seconds it is believed have passed: far fewer reads than requests.
    const reads = keyStatements.filter((sql) => /^select/i.test(sql)).length;
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(4);
    expect(keyStatements.filter((sql) => /^update/i.test(sql))).toHaveLength(1);
  });

  it("takes a key from a WebSocket's connection parameters, and closes the socket on a bad one", async () => {
    const made = await requestAndConfirm("socket@kommun.example", "Direktflöde");
    expect(await socketAnswer({ authorization: `Bearer ${made.secret}` })).toBe("connection_ack");
    expect(await socketAnswer({})).toBe("connection_ack");
    expect(await socketAnswer({ authorization: "Bearer ks_okand" })).toBe(
      "4403 The API key is not valid: it has been revoked, or it never existed.",
    );
  });

  it("tells whether a link can still make its key without spending it", async () => {
    const email = "titta@kommun.example";
    await post(requestKey, { email, name: "Titta först" });
    const { token } = keyMails(email);
    for (let i = 0; i < 2; i++)
      expect((await post(linkState, { token })).body.data).toEqual({ apiKeyLink: "READY" });
    const confirmed = await post(confirmKey, { token });
    expect(confirmed.body.data?.confirmApiKey).toMatchObject({
      __typename: "MutationConfirmApiKeySuccess",
      data: { key: { name: "Titta först" } },
    });
    expect((await post(linkState, { token })).body.data).toEqual({ apiKeyLink: "USED" });
  });

  it("refuses an unknown and an expired link, each with its own code", async () => {
    const unknown = await post(confirmKey, { token: "ingen-sadan-lank" });
    expect(unknown.body.data?.confirmApiKey).toMatchObject({ code: "LINK_INVALID" });
    expect((await post(linkState, { token: "ingen-sadan-lank" })).body.data).toEqual({
      apiKeyLink: "INVALID",
    });

    const email = "sen@kommun.example";
    await post(requestKey, { email, name: "Sent svar" });
    const { token } = keyMails(email);
    // A day and a bit later.
    await api.database.db
      .update(schema.apiKeyRequests)
      .set({ expiresAt: new Date(Date.now() - 3600_000) })
      .where(eq(schema.apiKeyRequests.email, email));
    expect((await post(linkState, { token })).body.data).toEqual({ apiKeyLink: "EXPIRED" });
    const expired = await post(confirmKey, { token });
    expect(expired.body.data?.confirmApiKey).toMatchObject({ code: "LINK_EXPIRED" });
    expect(
      await api.database.db
        .select()
        .from(schema.apiKeys)
        .where(eq(schema.apiKeys.ownerEmail, email)),
    ).toEqual([]);
  });

  it("answers alike for any address, sends one mailbox at most three links an hour, and checks what it is given", async () => {
    for (const email of ["observator@kraftsamling.example", "ingen.har.konto@kommun.example"]) {
      const answer = await post(requestKey, { email, name: "Kommunens statistik" });
      expect(answer.body.data?.requestApiKey).toEqual({
        __typename: "MutationRequestApiKeySuccess",
        data: true,
      });
    }
    const email = "flitig@kommun.example";
    for (let i = 0; i < 5; i++) {
      const answer = await post(requestKey, { email, name: `Försök ${i + 1}` });
      expect(answer.body.data?.requestApiKey).toMatchObject({ data: true });
    }
    expect(keyMails(email).count).toBe(3);

    const badEmail = await post(requestKey, { email: "inte-en-adress", name: "Namn" });
    expect(badEmail.body.data?.requestApiKey).toMatchObject({
      code: "EMAIL_INVALID",
      field: "email",
    });
    const badName = await post(requestKey, { email: "a@kommun.example", name: " " });
    expect(badName.body.data?.requestApiKey).toMatchObject({
      code: "KEY_NAME_LENGTH",
      field: "name",
    });
  });

  it("lets a signed-in person make, list and revoke their keys, and no one else's; the coordinator revokes any", async () => {
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const other = await api.viewer("admin.ssr@kraftsamling.example");
    const coordinator = await api.viewer("samordnare@kraftsamling.example");

    const created = await api.query<{ createApiKey: { data: NewKey } }>(
      createKey,
      { name: "Rapportverktyg" },
      member,
    );
    const made = created.createApiKey.data;
    expect(made.secret).toMatch(/^ks_/);

    const listed = await api.query<{
      myApiKeys: { id: string; name: string; prefix: string; revokedAt: string | null }[];
    }>(`{ myApiKeys { id name prefix createdAt lastUsedAt revokedAt } }`, {}, member);
    expect(listed.myApiKeys).toEqual([
      expect.objectContaining({ id: made.key.id, name: "Rapportverktyg", revokedAt: null }),
    ]);
    const othersList = await api.query<{ myApiKeys: unknown[] }>(`{ myApiKeys { id } }`, {}, other);
    expect(othersList.myApiKeys).toEqual([]);
    const anonymous = await api.execute(`{ myApiKeys { id } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    expect((await post(publicQuery, {}, `Bearer ${made.secret}`)).status).toBe(200);

    const notTheirs = await api.query<{ revokeApiKey: { code?: string } }>(
      revokeKey,
      { id: made.key.id },
      other,
    );
    expect(notTheirs.revokeApiKey.code).toBe("NOT_FOUND");
    const revoked = await api.query<{ revokeApiKey: { data: { revokedAt: string | null } } }>(
      revokeKey,
      { id: made.key.id },
      member,
    );
    expect(revoked.revokeApiKey.data.revokedAt).not.toBeNull();
    const refused = await post(publicQuery, {}, `Bearer ${made.secret}`);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("INVALID_API_KEY");

    const second = await api.query<{ createApiKey: { data: NewKey } }>(
      createKey,
      { name: "Ett till" },
      other,
    );
    const byCoordinator = await api.query<{ revokeApiKey: { data: { revokedAt: string } } }>(
      revokeKey,
      { id: second.createApiKey.data.key.id },
      coordinator,
    );
    expect(byCoordinator.revokeApiKey.data.revokedAt).not.toBeNull();
    const log = await api.query<{ auditLog: { action: string; subjectId: string }[] }>(
      `{ auditLog(action: "api-key") { action subjectId } }`,
      {},
      coordinator,
    );
    expect(log.auditLog).toContainEqual({
      action: "api-key.revoke",
      subjectId: second.createApiKey.data.key.id,
    });
  });

  it("puts a person's keys and key requests in their data, and erases them with the account", async () => {
    const email = "admin.ssr@kraftsamling.example";
    const person = await api.viewer(email);
    const mine = await api.query<{ createApiKey: { data: NewKey } }>(
      createKey,
      { name: "Förbundets dashboard" },
      person,
    );
    // A key their address confirmed without signing in is theirs too.
    const byMail = await requestAndConfirm(email, "Skript på jobbet");

    const exported = await api.query<{ exportMyData: Record<string, unknown> }>(
      `{ exportMyData }`,
      {},
      person,
    );
    const data = exported.exportMyData as {
      apiKeys: { name: string; prefix: string; ownerEmail: string }[];
      apiKeyRequests: { email: string; keyName: string }[];
    };
    expect(data.apiKeys.map((k) => k.name)).toEqual(
      expect.arrayContaining(["Förbundets dashboard", "Skript på jobbet"]),
    );
    expect(data.apiKeys.every((k) => k.ownerEmail === email)).toBe(true);
    expect(data.apiKeyRequests).toContainEqual(
      expect.objectContaining({ email, keyName: "Skript på jobbet" }),
    );
    const text = JSON.stringify(exported);
    expect(text).not.toContain(mine.createApiKey.data.secret);
    expect(text).not.toContain(byMail.secret);
    expect(text).not.toContain("secretHash");

    const deleted = await api.query<{ deleteMyAccount: { __typename: string } }>(
      `mutation ($p: String!) { deleteMyAccount(password: $p) { __typename } }`,
      { p: testPassword },
      person,
    );
    expect(deleted.deleteMyAccount.__typename).toBe("MutationDeleteMyAccountSuccess");
    expect(
      await api.database.db
        .select()
        .from(schema.apiKeys)
        .where(eq(schema.apiKeys.ownerEmail, email)),
    ).toEqual([]);
    expect(
      await api.database.db
        .select()
        .from(schema.apiKeyRequests)
        .where(eq(schema.apiKeyRequests.email, email)),
    ).toEqual([]);
    const refused = await post(publicQuery, {}, `Bearer ${byMail.secret}`);
    expect(refused.status).toBe(401);
  });
});
