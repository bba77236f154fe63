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
import GeneratedDescriptionsPlugin from "./generated-descriptions";
import InputGuardPlugin from "./input-guard";
import LoadedColumnsPlugin from "./loaded-columns";
import { InputError } from "./shared/errors";

export const builder = new SchemaBuilder<{
  Context: Context;
  DrizzleRelations: Relations;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Relay first so that scope checks receive parsed global ids; the input guard last, so that it
  // checks every argument after authorization and its refusals become InputError results. The
  // loaded columns inside the scope checks and around the drizzle plugin (loaded-columns.ts).
  plugins: [
    RelayPlugin,
    ScopeAuthPlugin,
    ErrorsPlugin,
    LoadedColumnsPlugin,
    DrizzlePlugin,
    WithInputPlugin,
    InputGuardPlugin,
    GeneratedDescriptionsPlugin,
  ],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // Every growing list is a page: `first`/`after` forwards, `last`/`before` backwards, at most
    // 100 items (`connectionPage` in shared/query-cost.ts, which the cost limit counts by).
    edgesFieldOptions: {
      nullable: { list: false, items: false },
      description: "The page's items, each with the cursor that points at it.",
    },
    nodeFieldOptions: { nullable: false, description: "The item." },
    nodesOnConnection: {
      description: "The page's items, without their cursors: the shorter way to read a page.",
    },
    cursorFieldOptions: {
      description: "Points at this item: give it as `after` or `before` to page from here.",
    },
    pageInfoFieldOptions: { description: "Where this page lies in the whole list." },
    pageInfoTypeOptions: {
      description: "Where a page lies in the whole list, and how to get the next.",
    },
    hasNextPageFieldOptions: {
      description: "More items follow this page (ask with `after: endCursor`).",
    },
    hasPreviousPageFieldOptions: {
      description: "More items come before this page (ask with `before: startCursor`).",
    },
    startCursorFieldOptions: {
      description: "The cursor of the page's first item; null for an empty page.",
    },
    endCursorFieldOptions: {
      description: "The cursor of the page's last item; null for an empty page.",
    },
    firstArgOptions: {
      description:
        "How many items from the start, or after `after` (at most 100; 50 when neither first nor last is given).",
    },
    afterArgOptions: {
      description: "The cursor to continue after (a previous page's `endCursor`).",
    },
    lastArgOptions: {
      description: "How many items from the end, or before `before` (at most 100).",
    },
    beforeArgOptions: {
      description: "The cursor to go back from (a previous page's `startCursor`).",
    },
    defaultConnectionTypeOptions: {
      description: "One page of a list, and where it lies in the whole.",
    },
    defaultEdgeTypeOptions: { description: "An item of a page, and its cursor." },
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
    // A denied field answers with FORBIDDEN (signed in) or UNAUTHENTICATED (anonymous), saying
    // which field and what would open it.
    unauthorizedError: (_parent, context, info) => {
      const field = `${info.parentType.name}.${info.fieldName}`;
      return (context as Context).viewer
        ? new GraphQLError(
            `${field} is not open to you: it is for another role, organisation or person.`,
            { extensions: { code: "FORBIDDEN" } },
          )
        : new GraphQLError(`${field} is for signed-in people: sign in first.`, {
            extensions: { code: "UNAUTHENTICATED" },
          });
    },
  },
  errors: {
    defaultTypes: [InputError],
  },
});

// Deny by default: every field of Query and Mutation must name who may use it (see schema/access.ts).
builder.queryType({ authScopes: { coordinator: true } });
builder.mutationType({ authScopes: { coordinator: true } });
