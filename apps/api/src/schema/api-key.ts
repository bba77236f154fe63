import { hasScope } from "../accounts/scopes";
import { apiKeyCount, apiKeysPageQuery, ownerNames } from "../api-keys/list";
import {
  type ApiKeyRow,
  apiKeyLinkState,
  confirmApiKey,
  createApiKey,
  myApiKeysQuery,
  type NewApiKey as NewApiKeyShape,
  requestApiKey,
  requestHours,
  revokeApiKey,
  revokeApiKeyBySecret,
} from "../api-keys/service";
import { builder } from "../builder";
import { pageSizes } from "../shared/connections";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { requestBatches } from "../shared/request-batch";
import { forSignedIn, readableByAnyone } from "./access";
import { signedInViewer } from "./account";
import { checkedCursors, totalCountField } from "./connection";
import { apiKeyColumns } from "./stored-columns";

const ownerNameOf = requestBatches<string | null>(null);

export const ApiKey = builder.drizzleObject("apiKeys", {
  name: "ApiKey",
  select: { columns: apiKeyColumns },
  description:
    "A key for a program that reads the public API, sent as `Authorization: Bearer <key>`. It gives no more access than an anonymous caller has: it names the program for its own rate limit. Its secret is shown once, when it is made, and is not stored.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The key's id (not its secret)." }),
    name: t.exposeString("name", { description: "What its owner called it." }),
    prefix: t.exposeString("prefix", {
      description: "The secret's first characters, to tell one's keys apart.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was made." }),
    lastUsedAt: t.expose("lastUsedAt", {
      type: "DateTime",
      nullable: true,
      description:
        "When a request last came with it, to within a minute; null when it has not been used.",
    }),
    revokedAt: t.expose("revokedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was revoked; a revoked key is refused with INVALID_API_KEY.",
    }),
    owner: t.string({
      nullable: true,
      description:
        "Whom the key belongs to: the name of the person whose account it was made with, else the e-mail address that confirmed it. The coordinator's to see; null for everyone else. The names are loaded for a whole page at once.",
      resolve: async (key: ApiKeyRow, _args, ctx, info) => {
        if (!hasScope(ctx.viewer, "coordinator")) return null;
        if (!key.personId) return key.ownerEmail;
        const name = await ownerNameOf(ctx, [info.rootValue], key.personId, async (ids) => {
          const names = await ownerNames(ctx.database.db, ids);
          return new Map(ids.map((id) => [id, names.get(id) ?? null]));
        });
        return name ?? key.ownerEmail;
      },
    }),
  }),
});

const NewApiKey = builder.objectRef<NewApiKeyShape>("NewApiKey").implement({
  description: "A key just made, with its secret: the only time the secret is shown.",
  fields: (t) => ({
    key: t.field({ type: ApiKey, description: "The key.", resolve: (made) => made.key }),
    secret: t.exposeString("secret", {
      description:
        "The key itself, to send as `Authorization: Bearer <secret>`. Shown this once: only its hash is stored.",
    }),
  }),
});

const ApiKeyLinkStateEnum = builder.enumType("ApiKeyLinkState", {
  description: "What a link mailed to confirm an API key would do if followed now.",
  values: {
    READY: { description: "It makes its key when confirmed (`confirmApiKey`)." },
    USED: { description: "It has made its key already; a key is shown only once." },
    EXPIRED: { description: `It is older than ${requestHours} hours; ask for a new key.` },
    INVALID: { description: "No link has this token: it was not copied whole, or never sent." },
  } as const,
});

builder.queryFields((t) => ({
  apiKeyLink: t.field({
    ...readableByAnyone,
    type: ApiKeyLinkStateEnum,
    description:
      "Whether the link mailed to confirm an API key can still make its key, without spending it: the page the link opens asks this first.",
    args: {
      token: t.arg.string({
        required: true,
        notFreeText: "token",
        description: "The token from the link in the mail.",
      }),
    },
    resolve: (_root, args, ctx) => apiKeyLinkState(ctx.database.db, args.token),
  }),
  apiKeysConnection: t.drizzleConnection(
    {
      type: "apiKeys",
      description:
        "Every API key, whoever owns it, newest first, a page at a time, filtered by whether it is revoked and by text (coordinator).",
      ...pageSizes,
      args: {
        revoked: t.arg.boolean({
          required: false,
          description: "True: revoked keys only; false: keys not revoked only; null: all.",
        }),
        search: t.arg.string({
          required: false,
          description:
            "Only keys whose name or prefix, or whose owner's name or e-mail address, holds this text (any case).",
        }),
      },
      totalCount: (_root, args, ctx) => apiKeyCount(ctx.database.db, args),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.apiKeys.findMany(
          query(checkedCursors("apiKeys", args, apiKeysPageQuery(ctx.database.db, args))),
        ),
    },
    {
      name: "ApiKeyConnection",
      description: "A page of API keys, newest first.",
      fields: (t) => ({ totalCount: t.int(totalCountField("keys the filter chooses")) }),
    },
    { name: "ApiKeyEdge", description: "An API key, and its cursor." },
  ),
  myApiKeys: t.drizzleField({
    ...forSignedIn,
    type: [ApiKey],
    description:
      "The signed-in person's API keys, those they made and those their address confirmed, newest first (at most 100), revoked ones included.",
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.apiKeys.findMany(query(myApiKeysQuery(signedInViewer(ctx)))),
  }),
}));

builder.mutationFields((t) => ({
  requestApiKey: t.boolean({
    ...readableByAnyone,
    description: `Mails a link to the address that makes an API key when it is followed (valid for ${requestHours} hours, once); no account is needed. At most 3 mails to one address and 20 requests from one client address an hour. Answers true whatever the address, once the address and the name are well formed.`,
    errors: {},
    args: {
      email: t.arg.string({
        required: true,
        notFreeText: "email",
        description: "Where the link goes; the key's owner, to be written to about it.",
      }),
      name: t.arg.string({
        required: true,
        description:
          "A name for the key, 2 to 80 characters, such as the program that will use it.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      await requestApiKey(ctx.database.db, ctx.services, args, ctx.request.ip);
      return true;
    },
  }),
  confirmApiKey: t.field({
    ...readableByAnyone,
    type: NewApiKey,
    description:
      "Makes the key that a mailed link asked for and answers with its secret, once: the link then is spent.",
    errors: {},
    args: {
      token: t.arg.string({
        required: true,
        notFreeText: "token",
        description: "The token from the link in the mail.",
      }),
    },
    resolve: (_root, args, ctx) => confirmApiKey(ctx.database.db, args.token),
  }),
  createApiKey: t.field({
    ...forSignedIn,
    type: NewApiKey,
    description:
      "Makes an API key for the signed-in person and answers with its secret, which is shown this once. At most 20 keys that are not revoked.",
    errors: {},
    args: {
      name: t.arg.string({
        required: true,
        description:
          "A name for the key, 2 to 80 characters, such as the program that will use it.",
      }),
    },
    resolve: (_root, args, ctx) => createApiKey(ctx.database.db, signedInViewer(ctx), args.name),
  }),
  revokeApiKey: t.field({
    ...forSignedIn,
    type: ApiKey,
    description:
      "Revokes one of the signed-in person's keys (the coordinator any key); requests with it are refused from then on.",
    errors: {},
    args: { id: t.arg.id({ required: true, description: "The key's id." }) },
    resolve: (_root, args, ctx) => {
      const id = uuidOrNull(args.id);
      if (!id) throw new InputError("NOT_FOUND", "You have no API key with this id.", "id");
      return revokeApiKey(ctx.database.db, signedInViewer(ctx), id);
    },
  }),
  revokeApiKeyBySecret: t.boolean({
    ...readableByAnyone,
    description:
      "Revokes a key by the key itself, for an owner without an account: the key, its name and, when it was the address's last key, the address are deleted.",
    errors: {},
    args: {
      key: t.arg.string({
        required: true,
        notFreeText: "token",
        description: "The key's secret, as sent in `Authorization: Bearer <key>`.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      await revokeApiKeyBySecret(ctx.database.db, args.key);
      return true;
    },
  }),
}));
