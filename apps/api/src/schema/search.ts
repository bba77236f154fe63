import { GraphQLError } from "graphql";
import { hasScope } from "../accounts/scopes";
import { builder } from "../builder";
import { type SearchHit, search } from "../dialogue/service";
import { readableByAnyone } from "./access";

const SearchHitKind = builder.enumType("SearchHitKind", { values: ["THEME", "COMMENT"] as const });

const SearchHitRef = builder.objectRef<SearchHit>("SearchHit").implement({
  description: "A theme or comment that matches a search, with the passage that matched.",
  fields: (t) => ({
    kind: t.field({
      type: SearchHitKind,
      resolve: (hit) => (hit.kind === "theme" ? "THEME" : "COMMENT"),
    }),
    themeSlug: t.exposeString("themeSlug"),
    themeTitle: t.exposeString("themeTitle"),
    commentId: t.exposeID("commentId", { nullable: true }),
    snippet: t.exposeString("snippet", {
      description:
        "HTML: the passage, escaped, with the matched words in <mark> and no other markup.",
    }),
    rank: t.exposeFloat("rank"),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    ...readableByAnyone,
    type: [SearchHitRef],
    description:
      "Swedish full-text search over themes, and over comments for signed-in people, best first.",
    args: {
      text: t.arg.string({
        required: true,
        description: 'Words; "quoted phrases", OR and -excluded words work.',
      }),
      limit: t.arg.int({ required: false, defaultValue: 20 }),
    },
    resolve: (_root, args, ctx) => {
      const text = args.text.trim();
      const limit = args.limit ?? 20;
      if (text.length < 2 || text.length > 200) {
        throw new GraphQLError("Search for 2 to 200 characters.", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      if (limit < 1 || limit > 100) {
        throw new GraphQLError(`limit must be between 1 and 100, got ${limit}`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      return search(ctx.database.db, text, {
        includeComments: hasScope(ctx.viewer, "signedIn"),
        limit,
      });
    },
  }),
}));
