import { builder } from "../builder";
import { outboxCount, outboxPageQuery } from "../mail/outbox-list";
import { pageSizes, replacedBy, replacedListLimit } from "../shared/connections";
import { checkedCursors, totalCountField } from "./connection";

export const OutboxMail = builder.drizzleObject("outbox", {
  name: "OutboxMail",
  description:
    "An e-mail the portal sent, or keeps for the coordinator where no SMTP server is configured.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The mail's id." }),
    to: t.exposeString("to", { description: "The address it goes to." }),
    subject: t.exposeString("subject", { description: "The mail's subject." }),
    text: t.exposeString("text", { description: "The mail's text." }),
    kind: t.exposeString("kind", {
      description: "What the mail is, e.g. invitation or password_reset.",
    }),
    attachmentNames: t.stringList({
      description: "The files sent with the mail, such as a meeting's calendar file.",
      select: { columns: { attachments: true } },
      resolve: (mail) => mail.attachments.map((a) => a.filename),
    }),
    createdAt: t.expose("createdAt", { description: "When the mail was made.", type: "DateTime" }),
    sentAt: t.expose("sentAt", {
      description: "When it was sent over SMTP or marked sent; null while it waits.",
      type: "DateTime",
      nullable: true,
    }),
    error: t.exposeString("error", {
      description: "Why sending failed; null when it did not.",
      nullable: true,
    }),
  }),
});

builder.queryFields((t) => ({
  outboxConnection: t.drizzleConnection(
    {
      type: "outbox",
      description: "E-mail, newest first, a page at a time (coordinator).",
      ...pageSizes,
      totalCount: (_root, _args, ctx) => outboxCount(ctx.database.db),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.outbox.findMany(
          query(checkedCursors("outbox", args, outboxPageQuery)),
        ),
    },
    {
      name: "OutboxConnection",
      description: "A page of the outbox, newest first.",
      fields: (t) => ({ totalCount: t.int(totalCountField("mails the outbox holds")) }),
    },
    { name: "OutboxEdge", description: "A mail of the outbox, and its cursor." },
  ),
  outbox: t.drizzleField({
    type: ["outbox"],
    ...replacedBy("outbox"),
    description: "E-mail, newest first (coordinator).",
    args: {
      limit: t.arg.int({
        description: "How many, newest first.",
        required: false,
        defaultValue: 100,
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.outbox.findMany(
        query({
          orderBy: { createdAt: "desc" },
          limit: Math.min(Math.max(args.limit ?? replacedListLimit, 1), replacedListLimit),
        }),
      ),
  }),
}));
