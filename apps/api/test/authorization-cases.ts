/**
 * How each row of the authorization table (authorization.test.ts) is tried: the operation, valid
 * variables with a fresh target for every attempt, and what must hold after an allowed attempt and
 * after a denied one. The expected outcomes themselves are in the table, not here.
 */
import { schema as tables } from "@kraftsamling/db";
import { desc, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Viewer } from "../src/context";
import { type TestApi, testPassword } from "./support";

export const actors = [
  "anonymous",
  "observer",
  "memberOfOther",
  "organisationAdmin",
  "adminOfOther",
  "moderator",
  "coordinator",
] as const;
export type Actor = (typeof actors)[number];

export const actorLabels: Record<Actor, string> = {
  anonymous: "anonymous",
  observer: "observer",
  memberOfOther: "member of Rädda Barnen acting on SSR",
  organisationAdmin: "admin of SSR acting on SSR",
  adminOfOther: "admin of SSR acting on Rädda Barnen",
  moderator: "moderator",
  coordinator: "coordinator",
};

export const demo = {
  coordinator: "samordnare@kraftsamling.example",
  moderator: "moderator@kraftsamling.example",
  ssrAdmin: "admin.ssr@kraftsamling.example",
  rbMember: "medlem.raddabarnen@kraftsamling.example",
  observer: "observator@kraftsamling.example",
} as const;

/** The seeded person behind each actor. */
const actorEmail: Record<Exclude<Actor, "anonymous">, string> = {
  observer: demo.observer,
  memberOfOther: demo.rbMember,
  organisationAdmin: demo.ssrAdmin,
  adminOfOther: demo.ssrAdmin,
  moderator: demo.moderator,
  coordinator: demo.coordinator,
};

const ssrSlug = "akademikerforbundet-ssr";
const rbSlug = "radda-barnen";

type Data = Record<string, unknown> | undefined;

/** One try of one operation by one actor. */
export interface Attempt {
  viewer: Viewer | null;
  source: string;
  variables?: Record<string, unknown>;
  /** After a denied attempt: what the operation would have changed is as it was. */
  unchanged?: () => Promise<void>;
  /** After an allowed attempt: what it did. */
  allowed?: (data: Data) => Promise<void> | void;
}

export type Case = (world: World, actor: Actor) => Promise<Attempt>;

interface NewPerson {
  organisationId?: string;
  membershipRole?: "MEMBER" | "ADMIN";
  role?: "COORDINATOR" | "MODERATOR" | "MEMBER" | "OBSERVER";
}

export interface World {
  api: TestApi;
  /** The seeded coordinator, who prepares the targets. */
  coordinator: Viewer;
  ssr: string;
  rb: string;
  /** A member (not the demo admin) of SSR and of Rädda Barnen, whose e-mail others try to read. */
  colleague: Record<string, { id: string; email: string }>;
  /** A pending invitation into SSR and into Rädda Barnen. */
  pendingInvitation: Record<string, string>;
  /** A new session of the actor's seeded person; null for anonymous. */
  viewerFor(actor: Actor): Promise<Viewer | null>;
  /** A new person with the actor's portal role and memberships, for acting on one's own account. */
  standIn(actor: Actor): Promise<Viewer | null>;
  /** The organisation the actor acts on: Rädda Barnen for the admin of another organisation, else SSR. */
  organisationOf(actor: Actor): string;
  slugOf(actor: Actor): string;
  unique(prefix: string): string;
  /** Invites by the API as the coordinator; the raw token comes from the mail in the outbox. */
  invite(
    input: { email: string; name?: string } & NewPerson,
  ): Promise<{ id: string; token: string }>;
  /** Invites and accepts: a throwaway person with an account. */
  newPerson(options?: NewPerson): Promise<{ id: string; email: string }>;
  person(id: string): Promise<typeof tables.people.$inferSelect | undefined>;
  membership(
    personId: string,
    organisationId: string,
  ): Promise<typeof tables.memberships.$inferSelect | undefined>;
}

const inviteMutation = `mutation ($input: InviteInput!) {
  invitePerson(input: $input) {
    __typename
    ... on InputError { code message }
    ... on MutationInvitePersonSuccess { data { id } }
  }
}`;
const acceptMutation = `mutation ($token: String!, $name: String!, $password: String!) {
  acceptInvitation(token: $token, name: $name, password: $password) {
    __typename
    ... on InputError { code message }
    ... on MutationAcceptInvitationSuccess { data { id email } }
  }
}`;

/** The object a root field answered, or a test failure. */
export function answer(data: Data, field: string): Record<string, unknown> {
  const value = data?.[field];
  if (value === null || typeof value !== "object")
    throw new Error(`${field} answered ${JSON.stringify(value)}`);
  return value as Record<string, unknown>;
}

async function tokenFromOutbox(api: TestApi, to: string, path: string): Promise<string> {
  const [mail] = await api.database.db
    .select()
    .from(tables.outbox)
    .where(eq(tables.outbox.to, to))
    .orderBy(desc(tables.outbox.createdAt))
    .limit(1);
  const token = mail?.text.match(new RegExp(`${path}/([A-Za-z0-9_-]+)`))?.[1];
  if (!token) throw new Error(`no ${path} link in a mail to ${to}`);
  return token;
}

export async function createWorld(api: TestApi): Promise<World> {
  const { db } = api.database;
  const coordinator = await api.viewer(demo.coordinator);
  const organisationId = async (slug: string) => {
    const organisation = await db.query.organisations.findFirst({ where: { slug } });
    if (!organisation) throw new Error(`no organisation ${slug}`);
    return organisation.id;
  };
  const ssr = await organisationId(ssrSlug);
  const rb = await organisationId(rbSlug);
  let counter = 0;
  const unique = (prefix: string) => `${prefix}.${++counter}@prov.example`;

  const invite: World["invite"] = async (input) => {
    const { data, errors } = await api.execute(inviteMutation, { input }, coordinator);
    const result = answer(data as Data, "invitePerson");
    if (errors?.length || result.__typename !== "MutationInvitePersonSuccess")
      throw new Error(`could not invite ${input.email}: ${JSON.stringify({ errors, result })}`);
    const id = (result.data as { id: string }).id;
    return { id, token: await tokenFromOutbox(api, input.email, "inbjudan") };
  };

  const newPerson: World["newPerson"] = async (options = {}) => {
    const email = unique("person");
    const { token } = await invite({ email, ...options });
    const { data, errors } = await api.execute(acceptMutation, {
      token,
      name: `Prov ${email.split("@")[0]}`,
      password: testPassword,
    });
    const result = answer(data as Data, "acceptInvitation");
    if (errors?.length || result.__typename !== "MutationAcceptInvitationSuccess")
      throw new Error(`could not accept for ${email}: ${JSON.stringify({ errors, result })}`);
    return { id: (result.data as { id: string }).id, email };
  };

  const world: World = {
    api,
    coordinator,
    ssr,
    rb,
    colleague: {
      [ssr]: await newPerson({ organisationId: ssr }),
      [rb]: await newPerson({ organisationId: rb }),
    },
    pendingInvitation: {},
    viewerFor: async (actor) => (actor === "anonymous" ? null : api.viewer(actorEmail[actor])),
    standIn: async (actor) => {
      const options: Record<Actor, NewPerson | null> = {
        anonymous: null,
        observer: { role: "OBSERVER" },
        memberOfOther: { organisationId: rb },
        organisationAdmin: { organisationId: ssr, membershipRole: "ADMIN" },
        adminOfOther: { organisationId: ssr, membershipRole: "ADMIN" },
        moderator: { role: "MODERATOR" },
        coordinator: { role: "COORDINATOR" },
      };
      const wanted = options[actor];
      if (!wanted) return null;
      return api.viewer((await newPerson(wanted)).email);
    },
    organisationOf: (actor) => (actor === "adminOfOther" ? rb : ssr),
    slugOf: (actor) => (actor === "adminOfOther" ? rbSlug : ssrSlug),
    unique,
    invite,
    newPerson,
    person: (id) => db.query.people.findFirst({ where: { id } }),
    membership: (personId, organisationId) =>
      db.query.memberships.findFirst({ where: { personId, organisationId } }),
  };
  for (const id of [ssr, rb]) {
    const email = unique("pending");
    await invite({ email, organisationId: id });
    world.pendingInvitation[id] = email;
  }
  return world;
}

/** Every row of the tables an operation of this API can change, to compare before and after. */
export async function snapshot(api: TestApi): Promise<Record<string, string[]>> {
  const { db } = api.database;
  const read = {
    people: () => db.select().from(tables.people),
    memberships: () => db.select().from(tables.memberships),
    organisations: () => db.select().from(tables.organisations),
    sessions: () => db.select().from(tables.sessions),
    invitations: () => db.select().from(tables.invitations),
    passwordResets: () => db.select().from(tables.passwordResets),
    rateLimitPoints: () => db.select().from(tables.rateLimitPoints),
    outbox: () => db.select().from(tables.outbox),
    auditLog: () => db.select().from(tables.auditLog),
    comments: () => db.select().from(tables.comments),
    commentRevisions: () => db.select().from(tables.commentRevisions),
    commentAgreements: () => db.select().from(tables.commentAgreements),
    commentReports: () => db.select().from(tables.commentReports),
    participantBlocks: () => db.select().from(tables.participantBlocks),
    themes: () => db.select().from(tables.themes),
    meetingQuestions: () => db.select().from(tables.meetingQuestions),
    meetingQuestionVotes: () => db.select().from(tables.meetingQuestionVotes),
    meetingSpeakers: () => db.select().from(tables.meetingSpeakers),
    meetingLiveStates: () => db.select().from(tables.meetingLiveStates),
    meetings: () => db.select().from(tables.meetings),
    meetingOrganisations: () => db.select().from(tables.meetingOrganisations),
    meetingRegistrations: () => db.select().from(tables.meetingRegistrations),
    conferenceSlots: () => db.select().from(tables.conferenceSlots),
    seminarPicks: () => db.select().from(tables.seminarPicks),
    agendaItems: () => db.select().from(tables.agendaItems),
    meetingDocuments: () => db.select().from(tables.meetingDocuments),
    calendarFeeds: () => db.select().from(tables.calendarFeeds),
    findings: () => db.select().from(tables.findings),
    findingThemes: () => db.select().from(tables.findingThemes),
    findingRevisions: () => db.select().from(tables.findingRevisions),
  };
  const result: Record<string, string[]> = {};
  for (const [name, rows] of Object.entries(read)) {
    result[name] = (await rows()).map((row) => JSON.stringify(row)).sort();
  }
  return result;
}

/** The rows added and removed between two snapshots, by table; {} when nothing changed. */
export function changes(
  before: Record<string, string[]>,
  after: Record<string, string[]>,
): Record<string, { added: string[]; removed: string[] }> {
  const changed: Record<string, { added: string[]; removed: string[] }> = {};
  for (const name of Object.keys(before)) {
    const was = new Set(before[name]);
    const is = new Set(after[name]);
    const added = [...is].filter((row) => !was.has(row));
    const removed = [...was].filter((row) => !is.has(row));
    if (added.length || removed.length) changed[name] = { added, removed };
  }
  return changed;
}

const sessionExists = async (world: World, id: string) =>
  (await world.api.database.db.query.sessions.findFirst({ where: { id } })) !== undefined;

const personSelect = (field: string, success: string, data = "data") => `
  ${field} {
    __typename
    ... on InputError { code message field }
    ... on ${success} { ${data} }
  }`;

/** The cases, by the operation named in the table's first column. */
export const cases: Record<string, Case> = {
  // ---- Mutations ----------------------------------------------------------------------------
  "Mutation.acceptInvitation": async (w, actor) => {
    const email = w.unique("accept");
    const { token } = await w.invite({ email });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($token: String!, $password: String!) {
        ${personSelect('acceptInvitation(token: $token, name: "Ny Deltagare", password: $password)', "MutationAcceptInvitationSuccess", "data { id email }")}
      }`,
      variables: { token, password: testPassword },
      unchanged: async () =>
        expect(
          await w.api.database.db.query.people.findFirst({ where: { email } }),
        ).toBeUndefined(),
      allowed: (data) => {
        expect(answer(data, "acceptInvitation")).toMatchObject({
          __typename: "MutationAcceptInvitationSuccess",
          data: { email },
        });
      },
    };
  },

  "Mutation.actOnBehalfOf": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    const organisationId = w.organisationOf(actor);
    const acting = async () =>
      viewer
        ? (await w.api.database.db.query.sessions.findFirst({ where: { id: viewer.sessionId } }))
            ?.actingOrganisationId
        : null;
    return {
      viewer,
      source: `mutation ($o: ID) { ${personSelect("actOnBehalfOf(organisationId: $o)", "MutationActOnBehalfOfSuccess")} }`,
      variables: { o: organisationId },
      unchanged: async () => expect(await acting()).toBeNull(),
      allowed: async (data) => {
        // Acting for an organisation takes belonging to it; others get an InputError, not FORBIDDEN.
        if (viewer?.memberships.some((m) => m.organisationId === organisationId)) {
          expect(answer(data, "actOnBehalfOf").__typename).toBe("MutationActOnBehalfOfSuccess");
          expect(await acting()).toBe(organisationId);
        } else {
          expect(answer(data, "actOnBehalfOf")).toMatchObject({ code: "NOT_A_MEMBER" });
          expect(await acting()).toBeNull();
        }
      },
    };
  },

  "Mutation.addMember": async (w, actor) => {
    const organisationId = w.organisationOf(actor);
    const target = await w.newPerson();
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($o: ID!, $e: String!) { ${personSelect("addMember(organisationId: $o, email: $e)", "MutationAddMemberSuccess")} }`,
      variables: { o: organisationId, e: target.email },
      unchanged: async () => expect(await w.membership(target.id, organisationId)).toBeUndefined(),
      allowed: async (data) => {
        expect(answer(data, "addMember").__typename).toBe("MutationAddMemberSuccess");
        expect(await w.membership(target.id, organisationId)).toMatchObject({ role: "member" });
      },
    };
  },

  "Mutation.changePassword": async (w, actor) => {
    const viewer = await w.standIn(actor);
    const before = viewer ? (await w.person(viewer.personId))?.passwordHash : null;
    return {
      viewer,
      source: `mutation ($current: String!) { ${personSelect('changePassword(currentPassword: $current, newPassword: "ett helt nytt långt lösenord")', "MutationChangePasswordSuccess")} }`,
      variables: { current: testPassword },
      allowed: async (data) => {
        expect(answer(data, "changePassword").__typename).toBe("MutationChangePasswordSuccess");
        expect((await w.person(viewer?.personId ?? ""))?.passwordHash).not.toBe(before);
      },
    };
  },

  "Mutation.createOrganisation": async (w, actor) => {
    const name = `Provorganisation för ${actor}`;
    const find = () => w.api.database.db.query.organisations.findFirst({ where: { name } });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($input: OrganisationInput!) { ${personSelect("createOrganisation(input: $input)", "MutationCreateOrganisationSuccess", "data { id name }")} }`,
      variables: { input: { name, kind: "INTRESSEORGANISATION", circle: "BRED_DELAKTIGHET" } },
      unchanged: async () => expect(await find()).toBeUndefined(),
      allowed: async (data) => {
        expect(answer(data, "createOrganisation").__typename).toBe(
          "MutationCreateOrganisationSuccess",
        );
        expect(await find()).toBeDefined();
      },
    };
  },

  "Mutation.deleteMyAccount": async (w, actor) => {
    const viewer = await w.standIn(actor);
    return {
      viewer,
      source: `mutation ($p: String!) { ${personSelect("deleteMyAccount(password: $p)", "MutationDeleteMyAccountSuccess")} }`,
      variables: { p: testPassword },
      allowed: async (data) => {
        expect(answer(data, "deleteMyAccount").__typename).toBe("MutationDeleteMyAccountSuccess");
        expect(await w.person(viewer?.personId ?? "")).toBeUndefined();
      },
    };
  },

  "Mutation.deletePerson": async (w, actor) => {
    const organisationId = w.organisationOf(actor);
    // A member of the organisation the actor acts on: even its admin may not erase them.
    const target = await w.newPerson({ organisationId });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($p: ID!) { ${personSelect("deletePerson(personId: $p)", "MutationDeletePersonSuccess")} }`,
      variables: { p: target.id },
      unchanged: async () => {
        expect(await w.person(target.id)).toMatchObject({ email: target.email });
        expect(await w.membership(target.id, organisationId)).toBeDefined();
      },
      allowed: async (data) => {
        expect(answer(data, "deletePerson").__typename).toBe("MutationDeletePersonSuccess");
        expect(await w.person(target.id)).toBeUndefined();
      },
    };
  },

  "Mutation.endSession": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    // One's own other session; for anonymous, someone's session.
    const other = await w.api.viewer(viewer?.email ?? demo.observer);
    return {
      viewer,
      source: `mutation ($id: ID!) { endSession(id: $id) }`,
      variables: { id: other.sessionId },
      unchanged: async () => expect(await sessionExists(w, other.sessionId)).toBe(true),
      allowed: async (data) => {
        expect(data?.endSession).toBe(true);
        expect(await sessionExists(w, other.sessionId)).toBe(false);
      },
    };
  },

  "Mutation.endSession (another person's session)": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    const other = await w.api.viewer(actor === "observer" ? demo.moderator : demo.observer);
    return {
      viewer,
      source: `mutation ($id: ID!) { endSession(id: $id) }`,
      variables: { id: other.sessionId },
      unchanged: async () => expect(await sessionExists(w, other.sessionId)).toBe(true),
      // Signed in, so allowed to ask; but only one's own sessions end.
      allowed: async (data) => {
        expect(data?.endSession).toBe(false);
        expect(await sessionExists(w, other.sessionId)).toBe(true);
      },
    };
  },

  "Mutation.invitePerson": (w, actor) => inviteCase(w, actor, { organisationId: true }),
  "Mutation.invitePerson (no organisation)": (w, actor) =>
    inviteCase(w, actor, { organisationId: false }),
  "Mutation.invitePerson (portal role MODERATOR)": (w, actor) =>
    inviteCase(w, actor, { organisationId: true, role: "MODERATOR" }),

  "Mutation.removeMember": async (w, actor) => {
    const organisationId = w.organisationOf(actor);
    const target = await w.newPerson({ organisationId });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($o: ID!, $p: ID!) { ${personSelect("removeMember(organisationId: $o, personId: $p)", "MutationRemoveMemberSuccess")} }`,
      variables: { o: organisationId, p: target.id },
      unchanged: async () => expect(await w.membership(target.id, organisationId)).toBeDefined(),
      allowed: async (data) => {
        expect(answer(data, "removeMember").__typename).toBe("MutationRemoveMemberSuccess");
        expect(await w.membership(target.id, organisationId)).toBeUndefined();
        expect(await w.person(target.id)).toBeDefined();
      },
    };
  },

  "Mutation.requestPasswordReset": async (w, actor) => {
    const email = actor === "anonymous" ? demo.observer : actorEmail[actor];
    const resets = async () => {
      const person = await w.api.database.db.query.people.findFirst({ where: { email } });
      return (
        await w.api.database.db
          .select()
          .from(tables.passwordResets)
          .where(eq(tables.passwordResets.personId, person?.id ?? ""))
      ).length;
    };
    const before = await resets();
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($e: String!) { requestPasswordReset(email: $e) }`,
      variables: { e: email },
      unchanged: async () => expect(await resets()).toBe(before),
      allowed: async (data) => {
        expect(data?.requestPasswordReset).toBe(true);
        expect(await resets()).toBe(before + 1);
      },
    };
  },

  "Mutation.resetPassword": async (w, actor) => {
    const target = await w.newPerson();
    await w.api.query(`mutation ($e: String!) { requestPasswordReset(email: $e) }`, {
      e: target.email,
    });
    const token = await tokenFromOutbox(w.api, target.email, "losenord");
    const hash = async () => (await w.person(target.id))?.passwordHash;
    const before = await hash();
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($t: String!) { ${personSelect('resetPassword(token: $t, password: "ett nytt långt lösenord")', "MutationResetPasswordSuccess")} }`,
      variables: { t: token },
      unchanged: async () => expect(await hash()).toBe(before),
      allowed: async (data) => {
        expect(answer(data, "resetPassword").__typename).toBe("MutationResetPasswordSuccess");
        expect(await hash()).not.toBe(before);
      },
    };
  },

  "Mutation.revokeInvitation": (w, actor) => revokeCase(w, actor, true),
  "Mutation.revokeInvitation (no organisation)": (w, actor) => revokeCase(w, actor, false),

  "Mutation.revokeInvitation (malformed id)": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `mutation { revokeInvitation(id: "ingen-sadan-inbjudan") }`,
    // Nothing to revoke; the check of who may revoke must not fail on the id either.
    unchanged: async () => {},
    allowed: (data) => expect(data?.revokeInvitation).toBe(false),
  }),

  "Mutation.setMembershipRole": async (w, actor) => {
    const organisationId = w.organisationOf(actor);
    const target = await w.newPerson({ organisationId });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($o: ID!, $p: ID!) { ${personSelect("setMembershipRole(organisationId: $o, personId: $p, role: ADMIN)", "MutationSetMembershipRoleSuccess")} }`,
      variables: { o: organisationId, p: target.id },
      unchanged: async () =>
        expect(await w.membership(target.id, organisationId)).toMatchObject({ role: "member" }),
      allowed: async (data) => {
        expect(answer(data, "setMembershipRole").__typename).toBe(
          "MutationSetMembershipRoleSuccess",
        );
        expect(await w.membership(target.id, organisationId)).toMatchObject({ role: "admin" });
      },
    };
  },

  "Mutation.setPortalRole": async (w, actor) => {
    // A member of the organisation the actor acts on: even its admin may not change portal roles.
    const target = await w.newPerson({ organisationId: w.organisationOf(actor) });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($p: ID!) { ${personSelect("setPortalRole(personId: $p, role: MODERATOR)", "MutationSetPortalRoleSuccess", "data { id role }")} }`,
      variables: { p: target.id },
      unchanged: async () => expect(await w.person(target.id)).toMatchObject({ role: "member" }),
      allowed: async (data) => {
        expect(answer(data, "setPortalRole")).toMatchObject({ data: { role: "MODERATOR" } });
        expect(await w.person(target.id)).toMatchObject({ role: "moderator" });
      },
    };
  },

  "Mutation.signIn": async (w, actor) => {
    const email = actor === "anonymous" ? demo.observer : actorEmail[actor];
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($e: String!, $p: String!) { ${personSelect("signIn(email: $e, password: $p)", "MutationSignInSuccess", "data { id email }")} }`,
      variables: { e: email, p: testPassword },
      unchanged: async () => expect(w.api.cookies).toEqual([]),
      allowed: (data) => {
        expect(answer(data, "signIn")).toMatchObject({ data: { email } });
        expect(w.api.cookies).toHaveLength(1);
      },
    };
  },

  "Mutation.signOut": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    return {
      viewer,
      source: `mutation { signOut }`,
      unchanged: async () => {
        if (viewer) expect(await sessionExists(w, viewer.sessionId)).toBe(true);
      },
      allowed: async (data) => {
        expect(data?.signOut).toBe(true);
        if (viewer) expect(await sessionExists(w, viewer.sessionId)).toBe(false);
      },
    };
  },

  "Mutation.signOutEverywhere": async (w, actor) => {
    const viewer = await w.standIn(actor);
    if (viewer) await w.api.viewer(viewer.email); // a second browser
    return {
      viewer,
      source: `mutation { signOutEverywhere }`,
      allowed: async (data) => {
        expect(data?.signOutEverywhere).toBeGreaterThanOrEqual(2);
        const left = await w.api.database.db.query.sessions.findMany({
          where: { personId: viewer?.personId ?? "" },
        });
        expect(left).toEqual([]);
      },
    };
  },

  "Mutation.updateOrganisation": async (w, actor) => {
    const id = w.organisationOf(actor);
    const find = () => w.api.database.db.query.organisations.findFirst({ where: { id } });
    const before = await find();
    if (!before) throw new Error("no organisation");
    const description = `Beskrivning ändrad av ${actor}`;
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!, $input: OrganisationInput!) { ${personSelect("updateOrganisation(id: $id, input: $input)", "MutationUpdateOrganisationSuccess", "data { id description }")} }`,
      variables: {
        id,
        input: {
          name: before.name,
          shortName: before.shortName,
          kind: before.kind.toUpperCase(),
          circle: before.circle.toUpperCase(),
          website: before.website,
          description,
        },
      },
      unchanged: async () => expect((await find())?.description).toBe(before.description),
      allowed: async (data) => {
        expect(answer(data, "updateOrganisation")).toMatchObject({ data: { description } });
        expect((await find())?.description).toBe(description);
      },
    };
  },

  "Mutation.updateProfile": async (w, actor) => {
    const viewer = await w.standIn(actor);
    return {
      viewer,
      source: `mutation { ${personSelect('updateProfile(input: { name: "Nytt Namn", title: "Ny titel" })', "MutationUpdateProfileSuccess", "data { id name }")} }`,
      allowed: async () =>
        expect(await w.person(viewer?.personId ?? "")).toMatchObject({
          name: "Nytt Namn",
          title: "Ny titel",
        }),
    };
  },

  // ---- Queries ------------------------------------------------------------------------------
  "Query.auditLog": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ auditLog(limit: 5) { id action actorName before after } }`,
    allowed: (data) => expect((data?.auditLog as unknown[]).length).toBeGreaterThan(0),
  }),

  "Query.auditLogConnection": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ auditLogConnection(first: 5) { totalCount nodes { id action } } }`,
    allowed: (data) => expect(answer(data, "auditLogConnection").totalCount).toBeGreaterThan(0),
  }),

  "Query.currentSession": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    return {
      viewer,
      source: `{ currentSession { id current } }`,
      allowed: (data) =>
        viewer
          ? expect(data?.currentSession).toEqual({ id: viewer.sessionId, current: true })
          : expect(data?.currentSession).toBeNull(),
    };
  },

  "Query.exportMyData": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    return {
      viewer,
      source: `{ exportMyData }`,
      allowed: (data) =>
        expect(data?.exportMyData).toMatchObject({ person: { email: viewer?.email } }),
    };
  },

  "Query.invitations": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ invitations { id email organisation { slug } } }`,
    allowed: (data) =>
      expect((data?.invitations as { email: string }[]).map((i) => i.email)).toContain(
        w.pendingInvitation[w.ssr],
      ),
  }),

  "Query.me": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    return {
      viewer,
      source: `{ me { id name } }`,
      allowed: (data) =>
        viewer
          ? expect(data?.me).toMatchObject({ id: viewer.personId })
          : expect(data?.me).toBeNull(),
    };
  },

  "Query.mySessions": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    return {
      viewer,
      source: `{ mySessions { id current } }`,
      allowed: async (data) => {
        const sessions = data?.mySessions as { id: string; current: boolean }[];
        expect(sessions).toContainEqual({ id: viewer?.sessionId, current: true });
        // Only one's own.
        for (const { id } of sessions) {
          const row = await w.api.database.db.query.sessions.findFirst({ where: { id } });
          expect(row?.personId).toBe(viewer?.personId);
        }
      },
    };
  },

  "Query.invitationsConnection": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ invitationsConnection(first: 100) { nodes { id email } } }`,
    allowed: (data) =>
      expect(
        (answer(data, "invitationsConnection").nodes as { email: string }[]).map((i) => i.email),
      ).toContain(w.pendingInvitation[w.ssr]),
  }),

  "Query.outboxConnection": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ outboxConnection(first: 5) { totalCount nodes { id to } } }`,
    allowed: (data) => expect(answer(data, "outboxConnection").totalCount).toBeGreaterThan(0),
  }),

  "Query.peopleConnection": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ peopleConnection { totalCount nodes { id name } } }`,
    allowed: (data) => expect(answer(data, "peopleConnection").totalCount).toBeGreaterThan(5),
  }),

  "Query.outbox": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ outbox(limit: 5) { id to kind text } }`,
    allowed: (data) => expect((data?.outbox as unknown[]).length).toBeGreaterThan(0),
  }),

  "Query.people": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ people { id name } }`,
    allowed: (data) => expect((data?.people as unknown[]).length).toBeGreaterThan(5),
  }),

  "Query.findingCounts": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ findingCounts(groupBy: [KIND]) { groupBy total invented cells { count kind } } }`,
    allowed: (data) => {
      const counts = answer(data, "findingCounts");
      expect(counts.groupBy).toEqual(["KIND"]);
      expect(typeof counts.total).toBe("number");
    },
  }),

  "Query.findingRoundChange": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ findingRoundChange(groupBy: [THEME]) { municipalityCount round1Total round2Total cells { round1 round2 change } } }`,
    allowed: (data) =>
      expect(typeof answer(data, "findingRoundChange").municipalityCount).toBe("number"),
  }),

  "Query.countyVisits": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ countyVisits { invented counties { county { code } round1 round2 findings } } }`,
    allowed: (data) => expect(answer(data, "countyVisits").counties as unknown[]).toHaveLength(21),
  }),

  // ---- Fields of objects -------------------------------------------------------------------
  "Organisation.members": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `query ($slug: String!) { organisation(slug: $slug) { members { role person { id name } } } }`,
    variables: { slug: w.slugOf(actor) },
    allowed: (data) => {
      const members = answer(data, "organisation").members as { person: { id: string } }[];
      expect(members.map((m) => m.person.id)).toContain(w.colleague[w.organisationOf(actor)]?.id);
    },
  }),

  "Organisation.membersConnection": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `query ($slug: String!) { organisation(slug: $slug) { membersConnection(first: 100) { nodes { person { id } } } } }`,
    variables: { slug: w.slugOf(actor) },
    allowed: (data) => {
      const members = answer(data, "organisation").membersConnection as {
        nodes: { person: { id: string } }[];
      };
      expect(members.nodes.map((m) => m.person.id)).toContain(
        w.colleague[w.organisationOf(actor)]?.id,
      );
    },
  }),

  "Organisation.invitationsConnection": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `query ($slug: String!) { organisation(slug: $slug) { invitationsConnection(first: 100) { nodes { email } } } }`,
    variables: { slug: w.slugOf(actor) },
    allowed: (data) => {
      const invitations = answer(data, "organisation").invitationsConnection as {
        nodes: { email: string }[];
      };
      expect(invitations.nodes.map((i) => i.email)).toContain(
        w.pendingInvitation[w.organisationOf(actor)],
      );
    },
  }),

  "Organisation.invitations": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `query ($slug: String!) { organisation(slug: $slug) { invitations { id email } } }`,
    variables: { slug: w.slugOf(actor) },
    allowed: (data) => {
      const invitations = answer(data, "organisation").invitations as { email: string }[];
      expect(invitations.map((i) => i.email)).toContain(
        w.pendingInvitation[w.organisationOf(actor)],
      );
    },
  }),

  "Person.email (another person's)": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `query ($slug: String!) { organisation(slug: $slug) { members { person { id email } } } }`,
    variables: { slug: w.slugOf(actor) },
    allowed: (data) => {
      const members = answer(data, "organisation").members as { person: { email: string } }[];
      expect(members.map((m) => m.person.email)).toContain(
        w.colleague[w.organisationOf(actor)]?.email,
      );
    },
  }),

  "Person.email (one's own)": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    return {
      viewer,
      source: `{ me { id email } }`,
      allowed: (data) =>
        viewer
          ? expect(data?.me).toMatchObject({ email: viewer.email })
          : expect(data?.me).toBeNull(),
    };
  },
};

async function inviteCase(
  w: World,
  actor: Actor,
  options: { organisationId: boolean; role?: "MODERATOR" },
): Promise<Attempt> {
  const email = w.unique("invited");
  const organisationId = options.organisationId ? w.organisationOf(actor) : null;
  const find = () => w.api.database.db.query.invitations.findFirst({ where: { email } });
  return {
    viewer: await w.viewerFor(actor),
    source: `mutation ($input: InviteInput!) { ${personSelect("invitePerson(input: $input)", "MutationInvitePersonSuccess", "data { id email }")} }`,
    variables: { input: { email, organisationId, role: options.role } },
    unchanged: async () => expect(await find()).toBeUndefined(),
    allowed: async (data) => {
      expect(answer(data, "invitePerson")).toMatchObject({ data: { email } });
      expect(await find()).toMatchObject({
        organisationId,
        role: options.role?.toLowerCase() ?? "member",
      });
    },
  };
}

async function revokeCase(w: World, actor: Actor, withOrganisation: boolean): Promise<Attempt> {
  const organisationId = withOrganisation ? w.organisationOf(actor) : undefined;
  const { id } = await w.invite({ email: w.unique("revoked"), organisationId });
  const revokedAt = async () =>
    (await w.api.database.db.query.invitations.findFirst({ where: { id } }))?.revokedAt;
  return {
    viewer: await w.viewerFor(actor),
    source: `mutation ($id: ID!) { revokeInvitation(id: $id) }`,
    variables: { id },
    unchanged: async () => expect(await revokedAt()).toBeNull(),
    allowed: async (data) => {
      expect(data?.revokeInvitation).toBe(true);
      expect(await revokedAt()).toBeInstanceOf(Date);
    },
  };
}
