import { schema } from "@kraftsamling/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { erasePerson } from "../src/accounts/personal-data";
import type { Viewer } from "../src/context";
import { newParticipant } from "./meetings-support";
import { type TestApi, testApi } from "./support";

type Answer = {
  __typename: string;
  code?: string;
  message?: string;
  field?: string | null;
  data?: unknown;
};

interface Entry {
  id: string;
  status: string;
  mine: boolean;
  person: { name: string } | null;
  organisation: { slug: string } | null;
}

const hearing = "demo-hearing-barnets-delaktighet";
const webinar = "demo-webbinarium-direkttid";
const roundTable = "demo-rundabord-personalforsorjning";
const entryFields = "id status mine person { name } organisation { slug }";

describe("the speaker list of a hearing", () => {
  let api: TestApi;
  let member: Viewer;
  let admin: Viewer;
  let coordinator: Viewer;
  let moderator: Viewer;
  const meetingIds: Record<string, string> = {};

  beforeAll(async () => {
    api = await testApi();
    for (const slug of [hearing, webinar, roundTable]) {
      const meeting = await api.database.db.query.meetings.findFirst({ where: { slug } });
      meetingIds[slug] = meeting?.id ?? "";
    }
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    admin = await api.viewer("admin.ssr@kraftsamling.example");
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    moderator = await api.viewer("moderator@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });
  beforeEach(async () => {
    await api.database.db.delete(schema.meetingSpeakers);
    await api.database.db.delete(schema.meetingLiveStates);
  });

  const askToSpeak = async (viewer: Viewer, slug = hearing, organisationId?: string) =>
    (
      await api.query<{ askToSpeak: Answer }>(
        `mutation ($input: AskToSpeakInput!) { askToSpeak(input: $input) {
          __typename ... on InputError { code message field }
          ... on MutationAskToSpeakSuccess { data { ${entryFields} } }
        } }`,
        { input: { meetingId: meetingIds[slug], organisationId } },
        viewer,
      )
    ).askToSpeak;

  const entryId = (answer: Answer) => (answer.data as Entry).id;

  /** The list as a participant sees it: who speaks and who waits, in order. */
  const speakerList = async (viewer: Viewer = member) =>
    (
      await api.query<{ meeting: { speakerList: Entry[] } }>(
        `query ($slug: String!) { meeting(slug: $slug) { speakerList { ${entryFields} } } }`,
        { slug: hearing },
        viewer,
      )
    ).meeting.speakerList.map((e) => [e.person?.name, e.status]);

  const moderate = async (mutation: string, args: Record<string, unknown>, types: string) => {
    const names = Object.keys(args);
    const result = await api.query<Record<string, Answer>>(
      `mutation (${names.map((n) => `$${n}: ${types}`).join(", ")}) {
        ${mutation}(${names.map((n) => `${n}: $${n}`).join(", ")}) {
          __typename ... on InputError { code message field }
          ... on Mutation${mutation[0]?.toUpperCase()}${mutation.slice(1)}Success { data { ${entryFields} } }
        }
      }`,
      args,
      moderator,
    );
    return result[mutation] as Answer;
  };
  const nextSpeaker = () =>
    moderate("giveFloorToNextSpeaker", { meetingId: meetingIds[hearing] }, "ID!");
  const finish = (id: string) => moderate("finishSpeaker", { id }, "ID!");
  const remove = (id: string) => moderate("removeSpeaker", { id }, "ID!");
  const move = async (id: string, direction: "UP" | "DOWN") =>
    (
      await api.query<{ moveSpeaker: Answer }>(
        `mutation ($id: ID!, $d: SpeakerMove!) { moveSpeaker(id: $id, direction: $d) {
          __typename ... on InputError { code message }
          ... on MutationMoveSpeakerSuccess { data { id } }
        } }`,
        { id, d: direction },
        moderator,
      )
    ).moveSpeaker;

  const withdraw = async (viewer: Viewer) =>
    (
      await api.query<{ withdrawFromSpeakerList: Answer }>(
        `mutation ($m: ID!) { withdrawFromSpeakerList(meetingId: $m) {
          __typename ... on InputError { code message }
          ... on MutationWithdrawFromSpeakerListSuccess { data }
        } }`,
        { m: meetingIds[hearing] },
        viewer,
      )
    ).withdrawFromSpeakerList;

  it("puts people last in the list, once each, as themselves or for their organisation", async () => {
    const ssr = await api.database.db.query.organisations.findFirst({
      where: { slug: "akademikerforbundet-ssr" },
    });
    expect(await askToSpeak(member)).toMatchObject({
      data: { status: "WAITING", mine: true, person: { name: "Omar Nilsson" }, organisation: null },
    });
    expect(await askToSpeak(admin, hearing, ssr?.id)).toMatchObject({
      data: { organisation: { slug: "akademikerforbundet-ssr" } },
    });
    expect(
      await askToSpeak(coordinator, hearing, "00000000-0000-0000-0000-000000000000"),
    ).toMatchObject({
      code: "NOT_A_MEMBER",
      field: "organisationId",
    });
    expect(await askToSpeak(member)).toMatchObject({
      code: "ALREADY_ON_LIST",
      message: "You are already on the speaker list.",
    });
    expect(await speakerList(admin)).toEqual([
      ["Omar Nilsson", "WAITING"],
      ["Sara Lund", "WAITING"],
    ]);
  });

  it("is for hearings only", async () => {
    for (const slug of [webinar, roundTable]) {
      expect(await askToSpeak(member, slug)).toMatchObject({
        code: "NO_SPEAKER_LIST",
        message: "Only hearings have a speaker list.",
        field: "meetingId",
      });
    }
    expect(
      await moderate("giveFloorToNextSpeaker", { meetingId: meetingIds[webinar] }, "ID!"),
    ).toMatchObject({ code: "NO_SPEAKER_LIST" });
    expect(await api.database.db.select().from(schema.meetingSpeakers)).toEqual([]);
  });

  it("gives the floor to the next who waits, one speaker at a time", async () => {
    const first = entryId(await askToSpeak(member));
    await askToSpeak(admin);
    expect(await nextSpeaker()).toMatchObject({
      data: { id: first, status: "SPEAKING", person: { name: "Omar Nilsson" } },
    });
    expect(await speakerList()).toEqual([
      ["Omar Nilsson", "SPEAKING"],
      ["Sara Lund", "WAITING"],
    ]);
    await askToSpeak(coordinator);
    expect(await nextSpeaker()).toMatchObject({
      data: { status: "SPEAKING", person: { name: "Sara Lund" } },
    });
    expect(await speakerList()).toEqual([
      ["Sara Lund", "SPEAKING"],
      ["Ingrid Holm", "WAITING"],
    ]);
    const speaking = await api.database.db.query.meetingSpeakers.findMany({
      where: { status: "speaking" },
    });
    expect(speaking).toHaveLength(1);
    expect(
      (await api.database.db.query.meetingSpeakers.findFirst({ where: { id: first } }))?.status,
    ).toBe("done");

    await nextSpeaker();
    expect(await nextSpeaker()).toMatchObject({
      code: "NO_ONE_WAITING",
      message: "No one is waiting to speak.",
    });
    // Refused, it changed nothing: the last speaker still has the floor.
    expect(await speakerList()).toEqual([["Ingrid Holm", "SPEAKING"]]);
  });

  it("ends a speech, and only the speech of whoever has the floor", async () => {
    const speaking = entryId(await askToSpeak(member));
    const waiting = entryId(await askToSpeak(admin));
    await nextSpeaker();
    expect(await finish(waiting)).toMatchObject({
      code: "NOT_SPEAKING",
      message: "This person does not have the floor.",
    });
    expect(await finish(speaking)).toMatchObject({ data: { status: "DONE" } });
    expect(await speakerList()).toEqual([["Sara Lund", "WAITING"]]);
    // Done, a person may ask to speak again.
    expect((await askToSpeak(member)).__typename).toBe("MutationAskToSpeakSuccess");
  });

  it("lets people withdraw from the list and ask again", async () => {
    await askToSpeak(member);
    await askToSpeak(admin);
    expect(await withdraw(member)).toMatchObject({ data: true });
    expect(await speakerList()).toEqual([["Sara Lund", "WAITING"]]);
    expect(await withdraw(member)).toMatchObject({
      code: "NOT_ON_LIST",
      message: "You are not on the speaker list.",
    });
    expect((await askToSpeak(member)).__typename).toBe("MutationAskToSpeakSuccess");
    expect(await speakerList()).toEqual([
      ["Sara Lund", "WAITING"],
      ["Omar Nilsson", "WAITING"],
    ]);
  });

  it("lets the moderator remove someone from the list", async () => {
    const id = entryId(await askToSpeak(member));
    await askToSpeak(admin);
    expect(await remove(id)).toMatchObject({ data: { status: "WITHDRAWN" } });
    expect(await speakerList()).toEqual([["Sara Lund", "WAITING"]]);
    expect(await remove(id)).toMatchObject({ code: "NOT_ON_LIST" });
  });

  it("moves people up and down the list", async () => {
    const a = entryId(await askToSpeak(member));
    const b = entryId(await askToSpeak(admin));
    const c = entryId(await askToSpeak(coordinator));
    expect(await move(c, "UP")).toMatchObject({ data: { id: c } });
    expect(await speakerList()).toEqual([
      ["Omar Nilsson", "WAITING"],
      ["Ingrid Holm", "WAITING"],
      ["Sara Lund", "WAITING"],
    ]);
    await move(c, "UP");
    await move(a, "DOWN");
    expect(await speakerList()).toEqual([
      ["Ingrid Holm", "WAITING"],
      ["Sara Lund", "WAITING"],
      ["Omar Nilsson", "WAITING"],
    ]);
    expect(await move(c, "UP")).toMatchObject({
      code: "CANNOT_MOVE",
      message: "The entry is already first.",
    });
    expect(await move(a, "DOWN")).toMatchObject({
      code: "CANNOT_MOVE",
      message: "The entry is already last.",
    });
    // The order holds when the floor is given.
    expect(await nextSpeaker()).toMatchObject({ data: { id: c } });
    expect(await move(c, "DOWN")).toMatchObject({ code: "NOT_WAITING" });
    expect(await nextSpeaker()).toMatchObject({ data: { id: b } });
  });

  it("takes no one new while closed, and keeps the moderator in charge", async () => {
    await askToSpeak(member);
    await api.query(
      `mutation ($m: ID!) { setMeetingLiveState(input: { meetingId: $m, speakerListOpen: false }) { __typename } }`,
      { m: meetingIds[hearing] },
      moderator,
    );
    expect(await askToSpeak(admin)).toMatchObject({
      code: "SPEAKER_LIST_CLOSED",
      message: "The moderator has closed the speaker list.",
    });
    expect(await nextSpeaker()).toMatchObject({ data: { person: { name: "Omar Nilsson" } } });
  });

  it("records the moderator's actions in the audit log", async () => {
    await api.database.db.delete(schema.auditLog);
    const a = entryId(await askToSpeak(member));
    const b = entryId(await askToSpeak(admin));
    const c = entryId(await askToSpeak(coordinator));
    await move(c, "UP");
    await nextSpeaker();
    await nextSpeaker();
    await finish(c);
    await remove(b);
    // Giving the floor ends the last speech in the same transaction, at the same moment: unordered.
    const log = await api.database.db.query.auditLog.findMany();
    expect(log.map((e) => [e.action, e.actorName, e.subjectType, e.subjectId]).sort()).toEqual(
      [
        ["moderation.speaker.move", "Jonas Ek", "meetingSpeaker", c],
        ["moderation.speaker.floor", "Jonas Ek", "meetingSpeaker", a],
        ["moderation.speaker.done", "Jonas Ek", "meetingSpeaker", a],
        ["moderation.speaker.floor", "Jonas Ek", "meetingSpeaker", c],
        ["moderation.speaker.done", "Jonas Ek", "meetingSpeaker", c],
        ["moderation.speaker.remove", "Jonas Ek", "meetingSpeaker", b],
      ].sort(),
    );
    // What participants do themselves is not a moderator's action.
    await withdraw(member);
    expect(await api.database.db.query.auditLog.findMany()).toHaveLength(6);
  });

  it("takes an erased person's waiting place off the list, and keeps a speech given as a former participant's", async () => {
    const person = await newParticipant(api);
    const [waiting, spoke] = await api.database.db
      .insert(schema.meetingSpeakers)
      .values([
        {
          meetingId: meetingIds[hearing] ?? "",
          personId: person.personId,
          status: "waiting" as const,
          position: 1,
        },
        {
          meetingId: meetingIds[webinar] ?? "",
          personId: person.personId,
          status: "done" as const,
          position: 1,
        },
      ])
      .returning();
    await erasePerson(api.database.db, person.personId);
    const left = await api.database.db.select().from(schema.meetingSpeakers);
    expect(left.map((entry) => entry.id)).not.toContain(waiting?.id);
    expect(left.find((entry) => entry.id === spoke?.id)).toMatchObject({
      personId: null,
      status: "done",
    });
  });

  it("puts a person's questions, votes and places on speaker lists in their data export", async () => {
    const person = await newParticipant(api);
    const meetingId = meetingIds[hearing] ?? "";
    const [question] = await api.database.db
      .insert(schema.meetingQuestions)
      .values({ meetingId, authorId: person.personId, body: "Hur når vi barnen?" })
      .returning();
    await api.database.db
      .insert(schema.meetingQuestionVotes)
      .values({ questionId: question?.id ?? "", personId: person.personId });
    await api.database.db
      .insert(schema.meetingSpeakers)
      .values({ meetingId, personId: person.personId, status: "waiting", position: 1 });
    type Exported = {
      exportMyData: {
        questionsYouAsked: { body: string }[];
        questionsYouVotedFor: { questionId: string }[];
        speakerListPlaces: { meetingId: string; status: string }[];
      };
    };
    const { exportMyData } = await api.query<Exported>(`{ exportMyData }`, {}, person);
    expect(exportMyData.questionsYouAsked.map((q) => q.body)).toEqual(["Hur når vi barnen?"]);
    expect(exportMyData.questionsYouVotedFor).toEqual([
      expect.objectContaining({ questionId: question?.id }),
    ]);
    expect(exportMyData.speakerListPlaces).toEqual([
      expect.objectContaining({ meetingId, status: "waiting" }),
    ]);
  });
});
