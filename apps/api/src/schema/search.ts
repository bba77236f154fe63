import { resolveCursorConnection } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { hasScope } from "../accounts/scopes";
import { builder } from "../builder";
import {
  type SearchHit,
  searchCount,
  searchCursor,
  searchPage,
  searchPosition,
  searchText,
} from "../dialogue/search";
import { connectionPage } from "../shared/query-cost";
import { assertSearchWords } from "../shared/search-words";
import { selectsField } from "../shared/selection";
import { readableByAnyone } from "./access";

const SearchHitKind = builder.enumType("SearchHitKind", {
  values: {
    THEME: { description: "A theme." },
    COMMENT: { description: "A comment in a theme's thread (signed-in people)." },
  },
  description: "What a search hit is: a theme, or a comment in a theme's thread.",
});

const SearchHitRef = builder.objectRef<SearchHit>("SearchHit").implement({
  description: "A theme or comment that matches a search, with the passage that matched.",
  fields: (t) => ({
    kind: t.field({
      type: SearchHitKind,
      description: "A theme, or a comment in a theme's thread.",
      resolve: (hit) => (hit.kind === "theme" ? "THEME" : "COMMENT"),
    }),
    themeSlug: t.exposeString("themeSlug", {
      description:
        "The theme's address: the theme itself, or the one whose thread holds the comment.",
    }),
    themeTitle: t.exposeString("themeTitle", { description: "That theme's title." }),
    commentId: t.exposeID("commentId", {
      nullable: true,
      description: "The comment that matched; null for a theme.",
    }),
    snippet: t.exposeString("snippet", {
      description:
        "HTML: the passage, escaped, with the matched words in <mark> and no other markup.",
    }),
    rank: t.exposeFloat("rank", { description: "How well it matches; higher is better." }),
  }),
});

interface SearchPageShape {
  /** How many hits there are in all, counted only when asked for. */
  totalCount: () => Promise<number>;
}

const SearchHitConnection = builder.connectionObject(
  {
    type: SearchHitRef,
    name: "SearchHitConnection",
    description: "One page of a search's hits, best first, and where it lies in all of them.",
    fields: (t) => ({
      totalCount: t.int({
        description: "How many hits the search has in all.",
        resolve: (connection) => (connection as unknown as SearchPageShape).totalCount(),
      }),
    }),
  },
  { name: "SearchHitEdge", description: "A hit of a search's page, and its cursor." },
);

const searchTextArg = {
  required: true,
  description: 'Words; "quoted phrases", OR and -excluded words work. 2 to 200 characters.',
} as const;

builder.queryFields((t) => ({
  searchConnection: t.connection(
    {
      ...readableByAnyone,
      type: SearchHitRef,
      description:
        "Swedish full-text search over themes, and over comments for signed-in people, best first, a page at a time.",
      args: { text: t.arg.string(searchTextArg) },
      resolve: async (_root, args, ctx, info) => {
        const text = searchText(args.text);
        await assertSearchWords(ctx.database.db, text, "text");
        const options = { includeComments: hasScope(ctx.viewer, "signedIn") };
        const after = searchPosition(args.after, "after");
        const before = searchPosition(args.before, "before");
        const withTotal = selectsField(info, "totalCount");
        let total: number | null = null;
        const page = await resolveCursorConnection<Promise<SearchHit[]>>(
          {
            args,
            defaultSize: connectionPage.defaultSize,
            maxSize: connectionPage.maxSize,
            toCursor: (hit: SearchHit) => searchCursor(hit.position),
          },
          async ({ limit, inverted }) => {
            const found = await searchPage(ctx.database.db, text, {
              ...options,
              limit,
              after,
              before,
              inverted,
              withTotal,
            });
            total = found.total;
            return found.hits;
          },
        );
        // An empty page has no cursors, as every other connection's: not the cursor it was given.
        if (page.edges.length === 0)
          Object.assign(page.pageInfo, { startCursor: null, endCursor: null });
        // Counted with the page; a page past the last hit holds no count, so it is counted alone.
        const totalCount = async () => total ?? searchCount(ctx.database.db, text, options);
        return Object.assign(page, { totalCount });
      },
    },
    SearchHitConnection,
  ),
  search: t.field({
    ...readableByAnyone,
    type: [SearchHitRef],
    description:
      "Swedish full-text search over themes, and over comments for signed-in people, best first.",
    deprecationReason: "Use searchConnection, which pages. This list returns at most 100 items.",
    args: {
      text: t.arg.string(searchTextArg),
      limit: t.arg.int({
        required: false,
        defaultValue: 20,
        description: "How many hits, 1 to 100.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const text = searchText(args.text);
      await assertSearchWords(ctx.database.db, text, "text");
      const limit = args.limit ?? 20;
      if (limit < 1 || limit > 100) {
        throw new GraphQLError(`limit must be between 1 and 100, got ${limit}`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      const found = await searchPage(ctx.database.db, text, {
        includeComments: hasScope(ctx.viewer, "signedIn"),
        limit,
      });
      return found.hits;
    },
  }),
}));
