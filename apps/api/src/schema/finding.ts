import { builder } from "../builder";
import { FindingSource } from "./enums";

/** What is needed of findings to show those a meeting produced; published ones only, but to the coordinator. */
export const Finding = builder.drizzleObject("findings", {
  name: "Finding",
  description: "A finding (iakttagelse) from a municipality visit, a meeting or a survey.",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    body: t.exposeString("body"),
    source: t.expose("source", { type: FindingSource }),
    published: t.boolean({
      select: { columns: { status: true } },
      resolve: (finding) => finding.status === "published",
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    meeting: t.relation("meeting", { nullable: true, description: "The meeting it came from." }),
  }),
});

builder.queryFields((t) => ({
  findings: t.drizzleField({
    type: ["findings"],
    description:
      "Every finding, drafts too, newest first (the coordinator), to link to the meetings that produced them.",
    args: { limit: t.arg.int({ required: false, defaultValue: 500 }) },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.findings.findMany(
        query({
          orderBy: { createdAt: "desc" },
          limit: Math.min(Math.max(args.limit ?? 500, 1), 1000),
        }),
      ),
  }),
}));
