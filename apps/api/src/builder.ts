import { type Relations, relations } from "@kraftsamling/db";
import SchemaBuilder from "@pothos/core";
import DrizzlePlugin from "@pothos/plugin-drizzle";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import WithInputPlugin from "@pothos/plugin-with-input";
import { getTableConfig } from "drizzle-orm/pg-core";
import type { Context } from "./context";

export interface AuthScopes {
  /** Anyone, with or without an account. */
  public: boolean;
  signedIn: boolean;
  coordinator: boolean;
  moderator: boolean;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DrizzleRelations: Relations;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string };
  };
}>({
  // Relay first so that scope checks receive parsed global ids.
  plugins: [RelayPlugin, ScopeAuthPlugin, ErrorsPlugin, DrizzlePlugin, WithInputPlugin],
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
    authScopes: (ctx) => ({
      public: true,
      signedIn: ctx.viewer !== null,
      coordinator: ctx.viewer?.role === "coordinator",
      moderator: ctx.viewer?.role === "moderator" || ctx.viewer?.role === "coordinator",
    }),
  },
  errors: {
    defaultTypes: [],
  },
});

// Deny by default: every query field must name who may read it (see schema/access.ts).
builder.queryType({ authScopes: { coordinator: true } });
