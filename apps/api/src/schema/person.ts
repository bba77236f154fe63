import { peopleCount, peoplePageQuery } from "../accounts/people-list";
import {
  deleteOwnAccount,
  erasePersonOnRequest,
  exportMyData,
  setPortalRole,
  updateProfile,
} from "../accounts/service";
import { builder } from "../builder";
import type { Context } from "../context";
import { pageSizes, replacedBy, replacedListLimit } from "../shared/connections";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { forSignedIn } from "./access";
import { signedInViewer } from "./account";
import { checkedCursors, totalCountField } from "./connection";
import { MembershipRole, PortalRole } from "./enums";

const isSelf = (person: { id: string }, ctx: Context) => ctx.viewer?.personId === person.id;

export const Person = builder.drizzleObject("people", {
  name: "Person",
  description: "Someone with an account.",
  // Names and organisations are seen by the signed-in; contact details only by the person and the coordinator.
  authScopes: { signedIn: true },
  // Only the columns the asked-for fields read: a comment's author never loads a password hash.
  select: { columns: { id: true } },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The person's id (their global id)." }),
    name: t.exposeString("name", { description: "The person's name." }),
    title: t.exposeString("title", {
      description: "The person's job title; null when not given.",
      nullable: true,
    }),
    role: t.expose("role", { description: "The person's role in the portal.", type: PortalRole }),
    email: t.exposeString("email", {
      description: "The person's e-mail address: the person's own and the coordinator's to see.",
      authScopes: (person, _args, ctx) => (isSelf(person, ctx) ? true : { coordinator: true }),
    }),
    memberships: t.relation("memberships", {
      description: "The organisations the person belongs to.",
    }),
    createdAt: t.expose("createdAt", {
      description: "When the account was made.",
      type: "DateTime",
    }),
  }),
});

export const Membership = builder.drizzleObject("memberships", {
  name: "Membership",
  description: "A person's place in an organisation.",
  fields: (t) => ({
    role: t.expose("role", {
      description: "Member or admin of the organisation.",
      type: MembershipRole,
    }),
    person: t.relation("person", { description: "The person." }),
    organisation: t.relation("organisation", { description: "The organisation." }),
    since: t.expose("createdAt", {
      description: "When the person joined the organisation.",
      type: "DateTime",
    }),
  }),
});

builder.queryFields((t) => ({
  me: t.drizzleField({
    skipTypeScopes: true,
    authScopes: { public: true },
    type: "people",
    nullable: true,
    description: "The signed-in person, or null.",
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer
        ? ctx.database.db.query.people.findFirst(query({ where: { id: ctx.viewer.personId } }))
        : null,
  }),
  peopleConnection: t.drizzleConnection(
    {
      type: "people",
      description: "Everyone with an account, by name, a page at a time (coordinator).",
      ...pageSizes,
      args: {
        search: t.arg.string({
          required: false,
          description: "Only people whose name or e-mail address holds this text.",
        }),
      },
      totalCount: (_root, args, ctx) => peopleCount(ctx.database.db, args.search),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.people.findMany(
          query(checkedCursors("people", args, peoplePageQuery(args.search))),
        ),
    },
    {
      name: "PersonConnection",
      description: "A page of people, by name.",
      fields: (t) => ({ totalCount: t.int(totalCountField("people the search finds")) }),
    },
    { name: "PersonEdge", description: "A person, and their cursor." },
  ),
  people: t.drizzleField({
    type: ["people"],
    ...replacedBy("people"),
    description: "Everyone with an account, by name (coordinator).",
    args: {
      search: t.arg.string({
        description: "Part of a name or an e-mail address, any case.",
        required: false,
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.people.findMany(
        query({
          // The same search as the connection's: the text as it is written, `%` and `_` too.
          where: peoplePageQuery(args.search).where,
          orderBy: { name: "asc" },
          limit: replacedListLimit,
        }),
      ),
  }),
  exportMyData: t.field({
    ...forSignedIn,
    type: "JSON",
    description: "Everything the portal holds about the signed-in person, to download.",
    resolve: (_root, _args, ctx) => exportMyData(ctx.database.db, signedInViewer(ctx)),
  }),
}));

const ProfileInput = builder.inputType("ProfileInput", {
  description: "A person's profile as they write it.",
  fields: (t) => ({
    name: t.string({ description: "The name, 2–100 characters.", required: true }),
    title: t.string({ description: "The job title; null empties it.", required: false }),
  }),
});

const noSuchPerson = () => new InputError("NOT_FOUND", "There is no such person.", "personId");

builder.mutationFields((t) => ({
  updateProfile: t.drizzleField({
    description: "Changes the signed-in person's name and job title.",
    ...forSignedIn,
    type: "people",
    errors: {},
    args: {
      input: t.arg({
        description: "The profile as it is to be.",
        type: ProfileInput,
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = signedInViewer(ctx);
      await updateProfile(ctx.database.db, viewer, input);
      return ctx.database.db.query.people
        .findFirst(query({ where: { id: viewer.personId } }))
        .then((p) => p ?? Promise.reject(new Error("gone")));
    },
  }),
  setPortalRole: t.drizzleField({
    type: "people",
    description: "Gives a person a role across the portal (coordinator).",
    errors: {},
    args: {
      personId: t.arg.id({ description: "The person's id.", required: true }),
      role: t.arg({ description: "The person's new role.", type: PortalRole, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const personId = uuidOrNull(args.personId);
      if (!personId) throw noSuchPerson();
      await setPortalRole(ctx.database.db, signedInViewer(ctx), personId, args.role);
      return ctx.database.db.query.people
        .findFirst(query({ where: { id: personId } }))
        .then((p) => p ?? Promise.reject(new Error("gone")));
    },
  }),
  deleteMyAccount: t.boolean({
    ...forSignedIn,
    description:
      "Erases the signed-in person's personal data; their comments stay, as a former participant's.",
    errors: {},
    args: {
      password: t.arg.string({
        description: "The person's password, asked again.",
        required: true,
        notFreeText: "password",
      }),
    },
    resolve: async (_root, args, ctx) => {
      await deleteOwnAccount(ctx.database.db, signedInViewer(ctx), args.password);
      ctx.setSessionCookie(null);
      return true;
    },
  }),
  deletePerson: t.boolean({
    description: "Erases a person's personal data on their request (coordinator).",
    errors: {},
    args: { personId: t.arg.id({ description: "The person's id.", required: true }) },
    resolve: async (_root, args, ctx) => {
      const personId = uuidOrNull(args.personId);
      if (!personId) throw noSuchPerson();
      await erasePersonOnRequest(ctx.database.db, signedInViewer(ctx), personId);
      return true;
    },
  }),
}));
