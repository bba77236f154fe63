import { schema } from "@kraftsamling/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/accounts/viewer";
import { type TestApi, testApi } from "./support";

const invite = `mutation ($input: InviteInput!) {
  invitePerson(input: $input) {
    __typename
    ... on InputError { code message field }
    ... on MutationInvitePersonSuccess { data { id email } }
  }
}`;

type InviteResult = { invitePerson: { __typename: string; code?: string; data?: { id: string } } };

describe("invitations to an address that has one open", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let ssrAdmin: Viewer;

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    ssrAdmin = await api.viewer("admin.ssr@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  const orgId = async (slug: string) => {
    const organisation = await api.database.db.query.organisations.findFirst({ where: { slug } });
    if (!organisation) throw new Error(`no organisation ${slug}`);
    return organisation.id;
  };
  const invitationsTo = (email: string) =>
    api.database.db.query.invitations.findMany({ where: { email } });

  it("lets an organisation admin replace no invitation they could not withdraw", async () => {
    const email = "blivande.moderator@kommun.example";
    const fromCoordinator = await api.query<InviteResult>(
      invite,
      { input: { email, role: "MODERATOR" } },
      coordinator,
    );
    const coordinatorsId = fromCoordinator.invitePerson.data?.id;
    expect(coordinatorsId).toBeTruthy();

    const fromAdmin = await api.query<InviteResult>(
      invite,
      { input: { email, organisationId: await orgId("akademikerforbundet-ssr") } },
      ssrAdmin,
    );
    expect(fromAdmin.invitePerson).toMatchObject({
      __typename: "InputError",
      code: "INVITATION_PENDING",
    });
    const rows = await invitationsTo(email);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: coordinatorsId, role: "moderator", revokedAt: null });

    // Into another organisation, the same.
    const other = "annan.organisation@kommun.example";
    await api.query(
      invite,
      { input: { email: other, organisationId: await orgId("radda-barnen") } },
      coordinator,
    );
    const again = await api.query<InviteResult>(
      invite,
      { input: { email: other, organisationId: await orgId("akademikerforbundet-ssr") } },
      ssrAdmin,
    );
    expect(again.invitePerson.code).toBe("INVITATION_PENDING");
    expect((await invitationsTo(other)).filter((i) => i.revokedAt === null)).toHaveLength(1);
  });

  it("replaces an invitation the inviter could withdraw, and audits the withdrawal", async () => {
    const email = "kollega2@ssr.example";
    const ssr = await orgId("akademikerforbundet-ssr");
    const first = await api.query<InviteResult>(
      invite,
      { input: { email, organisationId: ssr } },
      ssrAdmin,
    );
    const second = await api.query<InviteResult>(
      invite,
      { input: { email, organisationId: ssr } },
      ssrAdmin,
    );
    expect(second.invitePerson.__typename).toBe("MutationInvitePersonSuccess");
    const rows = await invitationsTo(email);
    expect(rows.find((i) => i.id === first.invitePerson.data?.id)?.revokedAt).toBeInstanceOf(Date);
    expect(rows.filter((i) => i.revokedAt === null).map((i) => i.id)).toEqual([
      second.invitePerson.data?.id,
    ]);
    const revoked = (await api.database.db.select().from(schema.auditLog)).filter(
      (e) => e.action === "invitation.revoke" && e.subjectId === first.invitePerson.data?.id,
    );
    expect(revoked).toHaveLength(1);
    expect(revoked[0]?.actorId).toBe(ssrAdmin.personId);

    // The coordinator replaces anyone's.
    const byCoordinator = await api.query<InviteResult>(
      invite,
      { input: { email, role: "MODERATOR" } },
      coordinator,
    );
    expect(byCoordinator.invitePerson.__typename).toBe("MutationInvitePersonSuccess");
  });
});
