/**
 * The authorization table's cases for API keys: anyone asks for one by e-mail, confirms it and
 * revokes it with the key itself; the signed-in make, list and revoke their own, and the
 * coordinator lists and revokes any, and alone sees whom a key belongs to.
 */
import { schema as tables } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { newToken, tokenHash } from "../src/accounts/tokens";
import { confirmApiKey, createApiKey } from "../src/api-keys/service";
import { answer, type Case, demo, type World } from "./authorization-cases";

const result = (field: string, success = "") =>
  `${field} { __typename ${success} ... on InputError { code message } }`;

let counter = 0;
const freshAddress = () => {
  counter += 1;
  return `nyckel${counter}.${Date.now().toString(36)}@forskning.example`;
};

async function keyRow(w: World, id: string) {
  const [row] = await w.api.database.db
    .select()
    .from(tables.apiKeys)
    .where(eq(tables.apiKeys.id, id));
  return row;
}

/** A key the person with this address made when signed in. */
async function someonesKey(w: World, email: string) {
  const owner = await w.api.viewer(email);
  return createApiKey(w.api.database.db, owner, "Någon annans nyckel");
}

export const apiKeyCases: Record<string, Case> = {
  "Query.apiKeysConnection": async (w, actor) => {
    const made = await someonesKey(w, demo.observer);
    return {
      viewer: await w.viewerFor(actor),
      source: `query ($search: String) { apiKeysConnection(first: 5, search: $search) { totalCount nodes { id name owner } } }`,
      variables: { search: made.key.prefix },
      allowed: (data) => {
        const page = answer(data, "apiKeysConnection") as {
          totalCount: number;
          nodes: { id: string; owner: string | null }[];
        };
        expect(page.totalCount).toBe(1);
        expect(page.nodes).toEqual([expect.objectContaining({ id: made.key.id })]);
        expect(page.nodes[0]?.owner).toBeTruthy();
      },
    };
  },

  // Anyone reaching a key (their own, or one just confirmed) may ask whose it is; only the
  // coordinator is told.
  "ApiKey.owner (null for all but the coordinator)": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    if (!viewer) {
      const token = newToken();
      await w.api.database.db.insert(tables.apiKeyRequests).values({
        tokenHash: tokenHash(token),
        email: freshAddress(),
        keyName: "Eget skript",
        expiresAt: new Date(Date.now() + 3600_000),
      });
      return {
        viewer,
        source: `mutation ($t: String!) { ${result("confirmApiKey(token: $t)", "... on MutationConfirmApiKeySuccess { data { key { id owner } } }")} }`,
        variables: { t: token },
        allowed: (data) => {
          const made = answer(data, "confirmApiKey") as { data: { key: { owner: unknown } } };
          expect(made.data.key.owner).toBeNull();
        },
      };
    }
    await createApiKey(w.api.database.db, viewer, "Egen nyckel");
    return {
      viewer,
      source: `{ myApiKeys { id owner } }`,
      allowed: (data) => {
        const keys = data?.myApiKeys as { owner: string | null }[];
        expect(keys.length).toBeGreaterThan(0);
        for (const key of keys)
          expect(key.owner).toBe(actor === "coordinator" ? viewer.name : null);
      },
    };
  },

  "Query.myApiKeys": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    return {
      viewer,
      source: `{ myApiKeys { id name prefix } }`,
      allowed: async (data) => {
        for (const { id } of data?.myApiKeys as { id: string }[]) {
          const row = await keyRow(w, id);
          expect(row?.personId === viewer?.personId || row?.ownerEmail === viewer?.email).toBe(
            true,
          );
        }
      },
    };
  },

  "Mutation.requestApiKey": async (w, actor) => {
    const email = freshAddress();
    const requests = () =>
      w.api.database.db
        .select()
        .from(tables.apiKeyRequests)
        .where(eq(tables.apiKeyRequests.email, email));
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($e: String!) { ${result(`requestApiKey(email: $e, name: "Statistikskript")`)} }`,
      variables: { e: email },
      unchanged: async () => expect(await requests()).toEqual([]),
      allowed: async (data) => {
        expect(answer(data, "requestApiKey").__typename).toBe("MutationRequestApiKeySuccess");
        expect(await requests()).toHaveLength(1);
      },
    };
  },

  "Mutation.confirmApiKey": async (w, actor) => {
    const email = freshAddress();
    const token = newToken();
    await w.api.database.db.insert(tables.apiKeyRequests).values({
      tokenHash: tokenHash(token),
      email,
      keyName: "Bekräftad nyckel",
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const keys = () =>
      w.api.database.db.select().from(tables.apiKeys).where(eq(tables.apiKeys.ownerEmail, email));
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($t: String!) { ${result("confirmApiKey(token: $t)", "... on MutationConfirmApiKeySuccess { data { secret } }")} }`,
      variables: { t: token },
      unchanged: async () => expect(await keys()).toEqual([]),
      allowed: async (data) => {
        expect(answer(data, "confirmApiKey").__typename).toBe("MutationConfirmApiKeySuccess");
        expect(await keys()).toHaveLength(1);
      },
    };
  },

  "Mutation.createApiKey": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    const name = `Nyckel ${freshAddress()}`;
    const keys = () =>
      w.api.database.db.select().from(tables.apiKeys).where(eq(tables.apiKeys.name, name));
    return {
      viewer,
      source: `mutation ($n: String!) { ${result("createApiKey(name: $n)", "... on MutationCreateApiKeySuccess { data { secret } }")} }`,
      variables: { n: name },
      unchanged: async () => expect(await keys()).toEqual([]),
      allowed: async (data) => {
        expect(answer(data, "createApiKey").__typename).toBe("MutationCreateApiKeySuccess");
        const [row] = await keys();
        expect(row?.personId).toBe(viewer?.personId);
      },
    };
  },

  "Mutation.revokeApiKey": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    // One's own key; for anonymous, someone's.
    const made = await someonesKey(w, viewer?.email ?? demo.observer);
    return {
      viewer,
      source: `mutation ($id: ID!) { ${result("revokeApiKey(id: $id)")} }`,
      variables: { id: made.key.id },
      unchanged: async () => expect((await keyRow(w, made.key.id))?.revokedAt).toBeNull(),
      allowed: async (data) => {
        expect(answer(data, "revokeApiKey").__typename).toBe("MutationRevokeApiKeySuccess");
        expect((await keyRow(w, made.key.id))?.revokedAt).toBeInstanceOf(Date);
      },
    };
  },

  "Mutation.revokeApiKey (another person's key)": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    const made = await someonesKey(w, actor === "observer" ? demo.moderator : demo.observer);
    return {
      viewer,
      source: `mutation ($id: ID!) { ${result("revokeApiKey(id: $id)")} }`,
      variables: { id: made.key.id },
      unchanged: async () => expect((await keyRow(w, made.key.id))?.revokedAt).toBeNull(),
      // Signed in, so allowed to ask; but only the coordinator revokes someone else's key.
      allowed: async (data) => {
        const revoked = (await keyRow(w, made.key.id))?.revokedAt ?? null;
        if (actor === "coordinator") expect(revoked).toBeInstanceOf(Date);
        else {
          expect(answer(data, "revokeApiKey").code).toBe("NOT_FOUND");
          expect(revoked).toBeNull();
        }
      },
    };
  },

  "Mutation.revokeApiKeyBySecret": async (w, actor) => {
    // A key confirmed by mail, without an account.
    const token = newToken();
    await w.api.database.db.insert(tables.apiKeyRequests).values({
      tokenHash: tokenHash(token),
      email: freshAddress(),
      keyName: "Eget skript",
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const made = await confirmApiKey(w.api.database.db, token);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($k: String!) { ${result("revokeApiKeyBySecret(key: $k)")} }`,
      variables: { k: made.secret },
      unchanged: async () => expect(await keyRow(w, made.key.id)).toBeDefined(),
      allowed: async (data) => {
        expect(answer(data, "revokeApiKeyBySecret").__typename).toBe(
          "MutationRevokeApiKeyBySecretSuccess",
        );
        expect(await keyRow(w, made.key.id)).toBeUndefined();
      },
    };
  },
};
