import { type Relations, relations } from "@kraftsamling/db";
import SchemaBuilder from "@pothos/core";
import DrizzlePlugin from "@pothos/plugin-drizzle";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import WithInputPlugin from "@pothos/plugin-with-input";
import { getTableConfig } from "drizzle-orm/pg-core";
import { GraphQLError } from "graphql";
import { type AuthScopes, scopeLoaders } from "./accounts/scopes";
import type { Context } from "./context";
import InputGuardPlugin from "./input-guard";
import { InputError } from "./shared/errors";

export const builder = new SchemaBuilder<{
  Context: Context;
  DrizzleRelations: Relations;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Relay first so that scope checks receive parsed global ids; the input guard last, so that it
  // checks every argument after authorization and its refusals become InputError results.
  plugins: [
    RelayPlugin,
    ScopeAuthPlugin,
    ErrorsPlugin,
    DrizzlePlugin,
    WithInputPlugin,
    InputGuardPlugin,
  ],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
  },
  drizzle: {
    client: (ctx) => ctx.database.db,
    getTableConfig,
    relations,
  },
  scopeAuth: {
    authorizeOnSubscribe: true,
    // Loaders, not values: a sign-in changes the viewer within the request, and each scope is
    // evaluated (then cached) when a field first asks for it.
    authScopes: (ctx) => scopeLoaders(() => ctx.viewer),
    // A denied field answers with FORBIDDEN (signed in) or UNAUTHENTICATED (anonymous).
    unauthorizedError: (_parent, context, _info, result) =>
      new GraphQLError(result.message, {
        extensions: { code: (context as Context).viewer ? "FORBIDDEN" : "UNAUTHENTICATED" },
      }),
  },
  errors: {
    defaultTypes: [InputError],
  },
});

// Deny by default: every field of Query and Mutation must name who may use it (see schema/access.ts).
builder.queryType({ authScopes: { coordinator: true } });
builder.mutationType({ authScopes: { coordinator: true } });
