import {
  actOnBehalfOf,
  changePassword,
  endOwnSession,
  passwordResetState,
  requestPasswordReset,
  resetPassword,
  signIn,
  signOut,
  signOutEverywhere,
} from "../accounts/service";
import type { StartedSession } from "../accounts/sessions";
import type { Viewer } from "../accounts/viewer";
import { builder } from "../builder";
import type { Context } from "../context";
import { uuidOrNull } from "../shared/ids";
import { forSignedIn, readableByAnyone } from "./access";
import { LinkState } from "./enums";

/** The viewer of a field whose authScopes admit only the signed-in. */
export function signedInViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error("a field for the signed-in was reached without a viewer");
  return ctx.viewer;
}

/** Sets a new session's cookie; the rest of this request (the mutation's answer) is the signed-in person's. */
export function adoptSession(ctx: Context, session: StartedSession): void {
  ctx.setSessionCookie(session.token);
  ctx.viewer = session.viewer;
}

export const Session = builder.drizzleObject("sessions", {
  name: "Session",
  description: "A browser where the person is signed in.",
  // Only the columns the asked-for fields read: never the token's hash.
  select: { columns: { id: true } },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The session's id (not its secret token)." }),
    userAgent: t.exposeString("userAgent", {
      description:
        "The browser the session was begun in, as it named itself; null when it did not.",
      nullable: true,
    }),
    createdAt: t.expose("createdAt", {
      description: "When the session began (the sign-in).",
      type: "DateTime",
    }),
    lastSeenAt: t.expose("lastSeenAt", {
      description: "When the session was last used.",
      type: "DateTime",
    }),
    expiresAt: t.expose("expiresAt", {
      description: "When the session ends unless used again.",
      type: "DateTime",
    }),
    current: t.boolean({
      description: "This is the session of the browser that asks.",
      resolve: (session, _args, ctx) => session.id === ctx.viewer?.sessionId,
    }),
    actingOrganisation: t.relation("actingOrganisation", {
      description:
        "The organisation the person acts for in this session; null when acting as themselves.",
      nullable: true,
    }),
  }),
});

const PasswordResetPreview = builder
  .objectRef<{ state: "VALID" | "EXPIRED" | "USED" }>("PasswordResetPreview")
  .implement({
    description:
      "Whether a password-reset link can still be used, before the person types a new password.",
    fields: (t) => ({
      state: t.expose("state", {
        type: LinkState,
        description: "Whether the link may still be used, and if not, why.",
      }),
    }),
  });

builder.queryFields((t) => ({
  passwordReset: t.field({
    ...readableByAnyone,
    type: PasswordResetPreview,
    nullable: true,
    description: "The state of a password-reset link, or null when the token is unknown.",
    args: {
      token: t.arg.string({
        required: true,
        description: "The token from the link in the password-reset mail.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const state = await passwordResetState(ctx.database.db, args.token);
      return state ? { state } : null;
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
    description: "The signed-in person's sessions, in every browser, newest first.",
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
      email: t.arg.string({
        description: "The e-mail address of the account.",
        required: true,
        notFreeText: "email",
      }),
      password: t.arg.string({
        description: "The account's password.",
        required: true,
        notFreeText: "password",
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const session = await signIn(ctx.database.db, args, ctx.request, ctx.viewer);
      adoptSession(ctx, session);
      const signedIn = await ctx.database.db.query.people.findFirst(
        query({ where: { id: session.viewer.personId } }),
      );
      if (!signedIn) throw new Error("the person disappeared while signing in");
      return signedIn;
    },
  }),
  signOut: t.boolean({
    description: "Signs out of this browser's session; true when there was one.",
    ...readableByAnyone,
    resolve: async (_root, _args, ctx) => {
      await signOut(ctx.database.db, ctx.viewer);
      ctx.setSessionCookie(null);
      return true;
    },
  }),
  signOutEverywhere: t.int({
    ...forSignedIn,
    description: "Ends every session of the signed-in person, this one included; returns how many.",
    resolve: async (_root, _args, ctx) => {
      const ended = await signOutEverywhere(ctx.database.db, signedInViewer(ctx));
      ctx.setSessionCookie(null);
      return ended;
    },
  }),
  endSession: t.boolean({
    ...forSignedIn,
    description: "Ends one of the signed-in person's other sessions.",
    args: { id: t.arg.id({ required: true, description: "The session's id." }) },
    resolve: async (_root, args, ctx) => {
      const id = uuidOrNull(args.id);
      if (!id) return false;
      const viewer = signedInViewer(ctx);
      const ended = await endOwnSession(ctx.database.db, viewer, id);
      if (id === viewer.sessionId) ctx.setSessionCookie(null);
      return ended;
    },
  }),
  actOnBehalfOf: t.boolean({
    ...forSignedIn,
    description:
      "Chooses the organisation the person speaks for in this session, or none (themselves).",
    errors: {},
    args: {
      organisationId: t.arg.id({
        required: false,
        description: "One of the person's organisations; null to act as themselves.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const organisationId = args.organisationId ? uuidOrNull(args.organisationId) : null;
      await actOnBehalfOf(ctx.database.db, signedInViewer(ctx), organisationId);
      return true;
    },
  }),
  requestPasswordReset: t.boolean({
    ...readableByAnyone,
    description:
      "E-mails a link to choose a new password, if the address has an account: at most 3 mails per address and hour, and 20 requests per client address and hour. Always answers true, after the same time.",
    args: {
      email: t.arg.string({
        required: true,
        notFreeText: "email",
        description: "The e-mail address of the account.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      await requestPasswordReset(ctx.database.db, ctx.services, args.email, ctx.request.ip);
      return true;
    },
  }),
  resetPassword: t.boolean({
    ...readableByAnyone,
    description: "Sets a new password with the link's token; ends every session of the person.",
    errors: {},
    args: {
      token: t.arg.string({
        description: "The token from the link in the password-reset mail.",
        required: true,
        notFreeText: "token",
      }),
      password: t.arg.string({
        description: "The new password: at least 12 characters, not the e-mail address.",
        required: true,
        notFreeText: "password",
      }),
    },
    resolve: async (_root, args, ctx) => {
      await resetPassword(ctx.database.db, args.token, args.password);
      return true;
    },
  }),
  changePassword: t.boolean({
    description:
      "Changes the signed-in person's password: the current one is asked again, a wrong one counts as a failed sign-in.",
    ...forSignedIn,
    errors: {},
    args: {
      currentPassword: t.arg.string({
        description: "The password the person signs in with now.",
        required: true,
        notFreeText: "password",
      }),
      newPassword: t.arg.string({
        description: "The new password: at least 12 characters, not the e-mail address.",
        required: true,
        notFreeText: "password",
      }),
    },
    resolve: async (_root, args, ctx) => {
      await changePassword(ctx.database.db, signedInViewer(ctx), args, ctx.request.ip);
      return true;
    },
  }),
}));
