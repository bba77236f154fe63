import { schema } from "@kraftsamling/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newToken, tokenHash } from "../src/accounts/tokens";
import { confirmApiKey, createApiKey, revokeApiKey } from "../src/api-keys/service";
import type { Viewer } from "../src/context";
import { type TestApi, testApi } from "./support";

interface KeyNode {
  id: string;
  name: string;
  prefix: string;
  owner: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface KeyPage {
  totalCount?: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  nodes: KeyNode[];
}

const keysQuery = `query ($revoked: Boolean, $search: String, $first: Int, $after: String, $last: Int, $before: String) {
  apiKeysConnection(revoked: $revoked, search: $search, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { id name prefix owner createdAt lastUsedAt revokedAt }
  }
}`;

describe("the coordinator's list of every API key", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let member: Viewer;
  const ids: Record<string, string> = {};
  const address = "Skript.Agare@Forskning.example".toLowerCase();

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const db = api.database.db;
    // Oldest first: the member's two keys, one of them revoked, then a key confirmed by an
    // address without an account.
    ids.report = (await createApiKey(db, member, "Rapportverktyg")).key.id;
    ids.old = (await createApiKey(db, member, "Gammalt skript")).key.id;
    await revokeApiKey(db, member, ids.old);
    const token = newToken();
    await db.insert(schema.apiKeyRequests).values({
      tokenHash: tokenHash(token),
      email: address,
      keyName: "Forskningsprojekt",
      expiresAt: new Date(Date.now() + 3600_000),
    });
    ids.research = (await confirmApiKey(db, token)).key.id;
    // Made within the same millisecond, a microsecond apart: a cursor must tell them apart.
    const times = [
      ["report", "2026-01-10 09:00:00.000100+00"],
      ["old", "2026-01-10 09:00:00.000200+00"],
      ["research", "2026-01-10 09:00:00.000300+00"],
    ] as const;
    for (const [key, at] of times)
      await db
        .update(schema.apiKeys)
        .set({ createdAt: sql`${at}::timestamptz` })
        .where(eq(schema.apiKeys.id, ids[key] as string));
  });
  afterAll(async () => {
    await api?.close();
  });

  const list = async (variables: Record<string, unknown> = {}, viewer: Viewer = coordinator) =>
    (await api.query<{ apiKeysConnection: KeyPage }>(keysQuery, variables, viewer))
      .apiKeysConnection;

  it("shows every key newest first, each with its owner: a person's name or the confirming address", async () => {
    const page = await list();
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((k) => k.id)).toEqual([ids.research, ids.old, ids.report]);
    const byId = new Map(page.nodes.map((k) => [k.id, k]));
    expect(byId.get(ids.report as string)).toMatchObject({
      name: "Rapportverktyg",
      owner: member.name,
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(byId.get(ids.old as string)?.revokedAt).not.toBeNull();
    expect(byId.get(ids.research as string)).toMatchObject({
      name: "Forskningsprojekt",
      owner: address,
    });
    for (const key of page.nodes) expect(key.prefix).toMatch(/^ks_/);
  });

  it("filters by revoked or not", async () => {
    const revoked = await list({ revoked: true });
    expect(revoked.totalCount).toBe(1);
    expect(revoked.nodes.map((k) => k.id)).toEqual([ids.old]);
    const active = await list({ revoked: false });
    expect(active.totalCount).toBe(2);
    expect(active.nodes.map((k) => k.id)).toEqual([ids.research, ids.report]);
    const all = await list({ revoked: null });
    expect(all.totalCount).toBe(3);
  });

  it("searches the key's name and prefix and the owner's name and address, in any case", async () => {
    const found = async (search: string, revoked?: boolean) =>
      (await list({ search, revoked })).nodes.map((k) => k.id).sort();
    expect(await found("rapportVERKTYG")).toEqual([ids.report]);
    const [first] = (await list()).nodes;
    expect(await found(first?.prefix.toUpperCase() ?? "")).toEqual([first?.id]);
    // The owner's name, and the address of an account or of a confirmation.
    const surname = member.name.split(" ").at(-1) ?? member.name;
    expect(await found(surname.toLowerCase())).toEqual([ids.report, ids.old].sort());
    expect(await found("MEDLEM.RADDABARNEN")).toEqual([ids.report, ids.old].sort());
    expect(await found("forskning.EXAMPLE")).toEqual([ids.research]);
    expect(await found(member.name, true)).toEqual([ids.old]);
    // % and _ are taken as written.
    expect(await found("%")).toEqual([]);
    const none = await list({ search: "ingen sådan nyckel" });
    expect(none).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it("pages forwards and back with cursors that keep the microseconds", async () => {
    const first = await list({ first: 2 });
    expect(first.nodes.map((k) => k.id)).toEqual([ids.research, ids.old]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(3);
    const second = await list({ first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((k) => k.id)).toEqual([ids.report]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(3);
    const back = await list({ last: 2, before: second.pageInfo.startCursor });
    expect(back.nodes.map((k) => k.id)).toEqual([ids.research, ids.old]);
    // One at a time, no key is skipped or shown twice.
    const seen: string[] = [];
    let after: string | null = null;
    for (let step = 0; step < 5; step += 1) {
      const page: KeyPage = await list({ first: 1, after });
      seen.push(...page.nodes.map((k) => k.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([ids.research, ids.old, ids.report]);
  });

  it("counts only when the count is asked for", async () => {
    api.clearStatements();
    await api.query(`{ apiKeysConnection(first: 2) { nodes { id } } }`, {}, coordinator);
    expect(api.statements.join("\n")).not.toMatch(/count\(/i);
    api.clearStatements();
    const counted = await api.query<{ apiKeysConnection: { totalCount: number } }>(
      `{ apiKeysConnection(revoked: false) { totalCount } }`,
      {},
      coordinator,
    );
    expect(counted.apiKeysConnection.totalCount).toBe(2);
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0]).toMatch(/count\(/i);
  });

  it("never reads a key's secret hash to list every key, nor to list one's own", async () => {
    api.clearStatements();
    const listed = await api.query<{ apiKeysConnection: { nodes: { prefix: string }[] } }>(
      `{ apiKeysConnection(first: 10) { nodes { id name prefix createdAt lastUsedAt revokedAt owner } } }`,
      {},
      coordinator,
    );
    expect(listed.apiKeysConnection.nodes.length).toBeGreaterThan(0);
    expect(api.statements.length).toBeGreaterThan(0);
    expect(api.statements.join("\n")).not.toContain("secret_hash");
    api.clearStatements();
    const own = await api.query<{ myApiKeys: { prefix: string }[] }>(
      `{ myApiKeys { id name prefix createdAt lastUsedAt revokedAt owner } }`,
      {},
      member,
    );
    expect(own.myApiKeys).toHaveLength(2);
    expect(api.statements.length).toBeGreaterThan(0);
    expect(api.statements.join("\n")).not.toContain("secret_hash");
  });

  it("refuses a member and an anonymous caller, and shows no one else a key's owner", async () => {
    const asMember = await api.execute(keysQuery, {}, member);
    expect(asMember.data ?? null).toBeNull();
    expect(asMember.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const anonymous = await api.execute(keysQuery, {});
    expect(anonymous.data ?? null).toBeNull();
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    const own = await api.query<{ myApiKeys: { id: string; owner: string | null }[] }>(
      `{ myApiKeys { id owner } }`,
      {},
      member,
    );
    expect(own.myApiKeys.map((k) => k.owner)).toEqual([null, null]);
  });

  it("gives 50 by default and at most 100 a page", async () => {
    await api.database.db.insert(schema.apiKeys).values(
      Array.from({ length: 110 }, (_, i) => ({
        name: `Mätskript ${i}`,
        secretHash: `hash-${i}`,
        prefix: `ks_test${i}`,
        ownerEmail: address,
      })),
    );
    const byDefault = await list();
    expect(byDefault.nodes).toHaveLength(50);
    expect(byDefault.totalCount).toBe(113);
    const most = await list({ first: 500 });
    expect(most.nodes).toHaveLength(100);
  });
});
