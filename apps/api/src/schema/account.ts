import { schema } from "@kraftsamling/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { checkNewPassword, hashPassword, passwordMatches } from "../accounts/passwords";
import { endSession, endSessions, startSession } from "../accounts/sessions";
import { clearSignInFailures, reserveSignInAttempt } from "../accounts/sign-in-limits";
import { newToken, tokenHash } from "../accounts/tokens";
import { builder } from "../builder";
import { takePasswordResetMail, takePasswordResetRequest } from "../mail/mail-limits";
import { passwordResetMail } from "../mail/messages";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { forSignedIn, readableByAnyone } from "./access";
import { LinkState } from "./enums";

const resetHours = 1;

/**
 * A password-reset request is answered this long after it arrived, whether the address has an
 * account or not and whether a mail goes out or not, so that the time tells nothing either.
 */
export const passwordResetAnswerMilliseconds = 400;

const sleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));

export const Session = builder.drizzleObject("sessions", {
  name: "Session",
  description: "A browser where the person is signed in.",
  // Only the columns the asked-for fields read: never the token's hash.
  select: { columns: { id: true } },
  fields: (t) => ({
    id: t.exposeID("id"),
    userAgent: t.exposeString("userAgent", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastSeenAt: t.expose("lastSeenAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    current: t.boolean({ resolve: (session, _args, ctx) => session.id === ctx.viewer?.sessionId }),
    actingOrganisation: t.relation("actingOrganisation", { nullable: true }),
  }),
});

const normalEmail = (email: string) => email.trim().toLowerCase();

const PasswordResetPreview = builder
  .objectRef<{ state: "VALID" | "EXPIRED" | "USED" }>("PasswordResetPreview")
  .implement({
    description:
      "Whether a password-reset link can still be used, before the person types a new password.",
    fields: (t) => ({ state: t.expose("state", { type: LinkState }) }),
  });

builder.queryFields((t) => ({
  passwordReset: t.field({
    ...readableByAnyone,
    type: PasswordResetPreview,
    nullable: true,
    description: "The state of a password-reset link, or null when the token is unknown.",
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const reset = await ctx.database.db.query.passwordResets.findFirst({
        where: { tokenHash: tokenHash(args.token) },
      });
      if (!reset) return null;
      const state = reset.usedAt ? "USED" : reset.expiresAt < new Date() ? "EXPIRED" : "VALID";
      return { state } as const;
    },
  }),
  currentSession: t.drizzleField({
    ...readableByAnyone,
    type: "sessions",
    nullable: true,
    description:
      "This browser's session (with the organisation the person acts for), or null when signed out.",
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer
        ? ctx.database.db.query.sessions.findFirst(query({ where: { id: ctx.viewer.sessionId } }))
        : null,
  }),
  mySessions: t.drizzleField({
    ...forSignedIn,
    type: ["sessions"],
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.sessions.findMany(
        query({ where: { personId: ctx.viewer?.personId ?? "" }, orderBy: { lastSeenAt: "desc" } }),
      ),
  }),
}));

builder.mutationFields((t) => ({
  signIn: t.drizzleField({
    ...readableByAnyone,
    type: "people",
    description:
      "Signs in with e-mail and password; the same answer whether the address has an account or not.",
    errors: {},
    args: {
      email: t.arg.string({ required: true, notFreeText: "email" }),
      password: t.arg.string({ required: true, notFreeText: "password" }),
    },
    resolve: async (query, _root, args, ctx) => {
      const email = normalEmail(args.email);
      // Counted before the password is checked; it stays counted as a failure unless it succeeds.
      const attempt = await reserveSignInAttempt(ctx.database, email, ctx.request.ip);
      const person = await ctx.database.db.query.people.findFirst({
        where: { RAW: (p) => sql`lower(${p.email}) = ${email}` },
      });
      if (!person || !(await passwordMatches(person.passwordHash ?? null, args.password))) {
        throw new InputError(
          "INVALID_CREDENTIALS",
          "The e-mail address or the password is not right.",
        );
      }
      await attempt.succeeded();
      // A new session id at every sign-in: a session fixed before sign-in is worthless.
      if (ctx.viewer) await endSession(ctx, ctx.viewer.sessionId);
      await startSession(ctx, person.id);
      const signedIn = await ctx.database.db.query.people.findFirst(
        query({ where: { id: person.id } }),
      );
      if (!signedIn) throw new Error("the person disappeared while signing in");
      return signedIn;
    },
  }),
  signOut: t.boolean({
    ...readableByAnyone,
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer) await endSession(ctx, ctx.viewer.sessionId);
      ctx.setSessionCookie(null);
      return true;
    },
  }),
  signOutEverywhere: t.int({
    ...forSignedIn,
    description: "Ends every session of the signed-in person, this one included; returns how many.",
    resolve: async (_root, _args, ctx) => {
      const ended = await endSessions(ctx.database, ctx.viewer?.personId ?? "");
      ctx.setSessionCookie(null);
      return ended;
    },
  }),
  endSession: t.boolean({
    ...forSignedIn,
    description: "Ends one of the signed-in person's other sessions.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = uuidOrNull(args.id);
      if (!id) return false;
      const ended = await ctx.database.db
        .delete(schema.sessions)
        .where(
          and(eq(schema.sessions.id, id), eq(schema.sessions.personId, ctx.viewer?.personId ?? "")),
        )
        .returning({ id: schema.sessions.id });
      if (id === ctx.viewer?.sessionId) ctx.setSessionCookie(null);
      return ended.length > 0;
    },
  }),
  actOnBehalfOf: t.boolean({
    ...forSignedIn,
    description:
      "Chooses the organisation the person speaks for in this session, or none (themselves).",
    errors: {},
    args: { organisationId: t.arg.id({ required: false }) },
    resolve: async (_root, args, ctx) => {
      const organisationId = args.organisationId ? uuidOrNull(args.organisationId) : null;
      if (
        organisationId &&
        !ctx.viewer?.memberships.some((m) => m.organisationId === organisationId)
      ) {
        throw new InputError(
          "NOT_A_MEMBER",
          "You can only act on behalf of an organisation you belong to.",
          "organisationId",
        );
      }
      await ctx.database.db
        .update(schema.sessions)
        .set({ actingOrganisationId: organisationId })
        .where(eq(schema.sessions.id, ctx.viewer?.sessionId ?? ""));
      return true;
    },
  }),
  requestPasswordReset: t.boolean({
    ...readableByAnyone,
    description:
      "E-mails a link to choose a new password, if the address has an account: at most 3 mails per address and hour, and 20 requests per client address and hour. Always answers true, after the same time.",
    args: { email: t.arg.string({ required: true, notFreeText: "email" }) },
    resolve: async (_root, args, ctx) => {
      const answerAt = Date.now() + passwordResetAnswerMilliseconds;
      const email = normalEmail(args.email);
      // Counted alike for addresses with and without an account, so the limit tells nothing either.
      const client = await takePasswordResetRequest(ctx.database, ctx.request.ip);
      const mail = client.allowed ? await takePasswordResetMail(ctx.database, email) : client;
      const person = await ctx.database.db.query.people.findFirst({
        where: { RAW: (p) => sql`lower(${p.email}) = ${email}` },
      });
      if (person && mail.allowed) {
        const send = async () => {
          const token = newToken();
          await ctx.database.db.insert(schema.passwordResets).values({
            tokenHash: tokenHash(token),
            personId: person.id,
            expiresAt: new Date(Date.now() + resetHours * 3600_000),
          });
          await ctx.services.mailer.send(
            passwordResetMail(person.email, `${ctx.services.config.publicUrl}/losenord/${token}`),
          );
        };
        // A slow mail server finishes after the answer rather than delay it.
        const sending = send().catch((error) =>
          ctx.services.log.error("could not send a password-reset link", error),
        );
        await Promise.race([sending, sleep(answerAt - Date.now())]);
      }
      await sleep(answerAt - Date.now());
      return true;
    },
  }),
  resetPassword: t.boolean({
    ...readableByAnyone,
    description: "Sets a new password with the link's token; ends every session of the person.",
    errors: {},
    args: {
      token: t.arg.string({ required: true, notFreeText: "token" }),
      password: t.arg.string({ required: true, notFreeText: "password" }),
    },
    resolve: async (_root, args, ctx) => {
      const reset = await ctx.database.db.query.passwordResets.findFirst({
        where: { tokenHash: tokenHash(args.token) },
        with: { person: true },
      });
      if (!reset)
        throw new InputError("LINK_INVALID", "This link is not valid. Ask for a new one.", "token");
      if (reset.usedAt)
        throw new InputError(
          "LINK_USED",
          "This link has been used already. Ask for a new one.",
          "token",
        );
      if (reset.expiresAt < new Date())
        throw new InputError("LINK_EXPIRED", "This link has expired. Ask for a new one.", "token");
      checkNewPassword(args.password, reset.person.email);
      const passwordHash = await hashPassword(args.password);
      await ctx.database.db.transaction(async (tx) => {
        const used = await tx
          .update(schema.passwordResets)
          .set({ usedAt: new Date() })
          .where(and(eq(schema.passwordResets.id, reset.id), isNull(schema.passwordResets.usedAt)))
          .returning({ id: schema.passwordResets.id });
        if (used.length === 0)
          throw new InputError(
            "LINK_USED",
            "This link has been used already. Ask for a new one.",
            "token",
          );
        await tx
          .update(schema.people)
          .set({ passwordHash, updatedAt: new Date() })
          .where(eq(schema.people.id, reset.personId));
        await tx.delete(schema.sessions).where(eq(schema.sessions.personId, reset.personId));
      });
      await clearSignInFailures(ctx.database, normalEmail(reset.person.email));
      return true;
    },
  }),
  changePassword: t.boolean({
    ...forSignedIn,
    errors: {},
    args: {
      currentPassword: t.arg.string({ required: true, notFreeText: "password" }),
      newPassword: t.arg.string({ required: true, notFreeText: "password" }),
    },
    resolve: async (_root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) return false;
      // Guessing the current password counts as guessing at the sign-in, and locks alike.
      const attempt = await reserveSignInAttempt(
        ctx.database,
        normalEmail(viewer.email),
        ctx.request.ip,
      );
      const person = await ctx.database.db.query.people.findFirst({
        where: { id: viewer.personId },
      });
      if (!(await passwordMatches(person?.passwordHash ?? null, args.currentPassword))) {
        throw new InputError(
          "WRONG_PASSWORD",
          "The current password is not right.",
          "currentPassword",
        );
      }
      await attempt.succeeded();
      if (args.newPassword === args.currentPassword) {
        throw new InputError(
          "PASSWORD_UNCHANGED",
          "The new password must differ from the current one.",
          "newPassword",
        );
      }
      checkNewPassword(args.newPassword, viewer.email, "newPassword");
      await ctx.database.db
        .update(schema.people)
        .set({ passwordHash: await hashPassword(args.newPassword), updatedAt: new Date() })
        .where(eq(schema.people.id, viewer.personId));
      // Other browsers must sign in again with the new password.
      await endSessions(ctx.database, viewer.personId, viewer.sessionId);
      return true;
    },
  }),
}));
