import { builder } from "../builder";

export const OutboxMail = builder.drizzleObject("outbox", {
  name: "OutboxMail",
  description:
    "An e-mail the portal sent, or keeps for the coordinator where no SMTP server is configured.",
  fields: (t) => ({
    id: t.exposeID("id"),
    to: t.exposeString("to"),
    subject: t.exposeString("subject"),
    text: t.exposeString("text"),
    kind: t.exposeString("kind"),
    attachmentNames: t.stringList({
      description: "The files sent with the mail, such as a meeting's calendar file.",
      select: { columns: { attachments: true } },
      resolve: (mail) => mail.attachments.map((a) => a.filename),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    sentAt: t.expose("sentAt", { type: "DateTime", nullable: true }),
    error: t.exposeString("error", { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  outbox: t.drizzleField({
    type: ["outbox"],
    description: "E-mail, newest first (coordinator).",
    args: { limit: t.arg.int({ required: false, defaultValue: 100 }) },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.outbox.findMany(
        query({
          orderBy: { createdAt: "desc" },
          limit: Math.min(Math.max(args.limit ?? 100, 1), 500),
        }),
      ),
  }),
}));
