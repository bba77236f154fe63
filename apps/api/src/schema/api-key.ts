import {
  type ApiKeyRow,
  confirmApiKey,
  createApiKey,
  myApiKeys,
  type NewApiKey as NewApiKeyShape,
  requestApiKey,
  requestHours,
  revokeApiKey,
  revokeApiKeyBySecret,
} from "../api-keys/service";
import { builder } from "../builder";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { forSignedIn, readableByAnyone } from "./access";
import { signedInViewer } from "./account";

export const ApiKey = builder.objectRef<ApiKeyRow>("ApiKey").implement({
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

builder.queryFields((t) => ({
  myApiKeys: t.field({
    ...forSignedIn,
    type: [ApiKey],
    description:
      "The signed-in person's API keys, those they made and those their address confirmed, newest first (at most 100), revoked ones included.",
    resolve: (_root, _args, ctx) => myApiKeys(ctx.database.db, signedInViewer(ctx)),
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
