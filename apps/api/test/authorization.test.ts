/**
 * Who may do what: every mutation and every field that is not public, tried by each kind of actor.
 * "deny" is a GraphQL error FORBIDDEN (UNAUTHENTICATED when anonymous) and no change at all in the
 * database; "allow" is no GraphQL error (an InputError in the result passed authorization) and the
 * effect checked in authorization-cases.ts. A mutation without a row fails the completeness test.
 */
import { readFileSync } from "node:fs";
import { buildSchema, type GraphQLObjectType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema as builtSchema } from "../src/schema";
import { apiKeyCases } from "./authorization-api-key-cases";
import { blogCases } from "./authorization-blog-cases";
import {
  type Actor,
  cases as accountCases,
  actorLabels,
  actors,
  changes,
  createWorld,
  snapshot,
  type World,
} from "./authorization-cases";
import { commentCases } from "./authorization-comment-cases";
import { commitmentCases } from "./authorization-commitment-cases";
import { findingCases } from "./authorization-finding-cases";
import { measurementCases } from "./authorization-measurement-cases";
import { meetingCases } from "./authorization-meeting-cases";
import { meetingLiveCases } from "./authorization-meeting-live-cases";
import { moderationCases } from "./authorization-moderation-cases";
import { reportCases } from "./authorization-report-cases";
import { visitCases } from "./authorization-visit-cases";
import { testApi } from "./support";

const cases = {
  ...accountCases,
  ...apiKeyCases,
  ...commentCases,
  ...moderationCases,
  ...blogCases,
  ...meetingCases,
  ...meetingLiveCases,
  ...visitCases,
  ...findingCases,
  ...commitmentCases,
  ...measurementCases,
  ...reportCases,
};

type Outcome = "allow" | "deny";
const A: Outcome = "allow";
const D: Outcome = "deny";

/**
 * Columns: anonymous; observer; member of organisation A (Rädda Barnen) acting on B (SSR);
 * organisation admin (of SSR, acting on SSR); admin of another organisation (SSR's admin acting on
 * Rädda Barnen); moderator; coordinator. Operations that concern no organisation are tried by the
 * same people, on their own or on a fresh target.
 */
// biome-ignore format: the table is read by its columns
const table: readonly (readonly [operation: string, ...expected: Outcome[]])[] = [
  //                                                 anon obs  AonB admin adminB mod coord
  ["Mutation.acceptInvitation",                       A,   A,   A,   A,    A,     A,   A],
  ["Mutation.actOnBehalfOf",                          D,   A,   A,   A,    A,     A,   A],
  ["Mutation.addMember",                              D,   D,   D,   A,    D,     D,   A],
  ["Mutation.changePassword",                         D,   A,   A,   A,    A,     A,   A],
  ["Mutation.createOrganisation",                     D,   D,   D,   D,    D,     D,   A],
  ["Mutation.deleteMyAccount",                        D,   A,   A,   A,    A,     A,   A],
  ["Mutation.deletePerson",                           D,   D,   D,   D,    D,     D,   A],
  ["Mutation.endSession",                             D,   A,   A,   A,    A,     A,   A],
  ["Mutation.requestApiKey",                          A,   A,   A,   A,    A,     A,   A],
  ["Mutation.confirmApiKey",                          A,   A,   A,   A,    A,     A,   A],
  ["Mutation.revokeApiKeyBySecret",                   A,   A,   A,   A,    A,     A,   A],
  ["Mutation.createApiKey",                           D,   A,   A,   A,    A,     A,   A],
  ["Mutation.revokeApiKey",                           D,   A,   A,   A,    A,     A,   A],
  ["Mutation.revokeApiKey (another person's key)",    D,   A,   A,   A,    A,     A,   A],
  ["Mutation.endSession (another person's session)",  D,   A,   A,   A,    A,     A,   A],
  ["Mutation.invitePerson",                           D,   D,   D,   A,    D,     D,   A],
  ["Mutation.invitePerson (no organisation)",         D,   D,   D,   D,    D,     D,   A],
  ["Mutation.invitePerson (portal role MODERATOR)",   D,   D,   D,   D,    D,     D,   A],
  ["Mutation.removeMember",                           D,   D,   D,   A,    D,     D,   A],
  ["Mutation.requestPasswordReset",                   A,   A,   A,   A,    A,     A,   A],
  ["Mutation.resetPassword",                          A,   A,   A,   A,    A,     A,   A],
  ["Mutation.revokeInvitation",                       D,   D,   D,   A,    D,     D,   A],
  ["Mutation.revokeInvitation (no organisation)",     D,   D,   D,   D,    D,     D,   A],
  ["Mutation.revokeInvitation (malformed id)",         D,   D,   D,   D,    D,     D,   A],
  ["Mutation.setMembershipRole",                      D,   D,   D,   A,    D,     D,   A],
  ["Mutation.setPortalRole",                          D,   D,   D,   D,    D,     D,   A],
  ["Mutation.signIn",                                 A,   A,   A,   A,    A,     A,   A],
  ["Mutation.signOut",                                A,   A,   A,   A,    A,     A,   A],
  ["Mutation.signOutEverywhere",                      D,   A,   A,   A,    A,     A,   A],
  ["Mutation.updateOrganisation",                     D,   D,   D,   D,    D,     D,   A],
  ["Mutation.updateProfile",                          D,   A,   A,   A,    A,     A,   A],
  ["Mutation.writeComment",                           D,   D,   A,   A,    A,     A,   A],
  ["Mutation.editComment",                            D,   D,   A,   A,    A,     A,   A],
  ["Mutation.editComment (another person's comment)", D,   D,   D,   D,    D,     D,   D],
  ["Mutation.deleteComment",                          D,   D,   A,   A,    A,     A,   A],
  ["Mutation.deleteComment (another person's comment)", D, D,   D,   D,    D,     A,   A],
  ["Mutation.agreeWithComment",                       D,   D,   A,   A,    A,     A,   A],
  ["Mutation.approveOrganisationPosition",            D,   D,   D,   A,    D,     D,   A],
  ["Mutation.reportComment",                          D,   D,   A,   A,    A,     A,   A],
  ["Mutation.hideComment",                            D,   D,   D,   D,    D,     A,   A],
  ["Mutation.restoreComment",                         D,   D,   D,   D,    D,     A,   A],
  ["Mutation.dismissReports",                         D,   D,   D,   D,    D,     A,   A],
  ["Mutation.lockTheme",                              D,   D,   D,   D,    D,     A,   A],
  ["Mutation.setSlowMode",                            D,   D,   D,   D,    D,     A,   A],
  ["Mutation.blockParticipant",                       D,   D,   D,   D,    D,     A,   A],
  ["Mutation.unblockParticipant",                     D,   D,   D,   D,    D,     A,   A],
  ["Mutation.registerForMeeting",                     D,   D,   A,   A,    A,     A,   A],
  ["Mutation.cancelMeetingRegistration",              D,   D,   A,   A,    A,     A,   A],
  ["Mutation.pickSeminar",                            D,   D,   A,   A,    A,     A,   A],
  ["Mutation.unpickSeminar",                          D,   D,   A,   A,    A,     A,   A],
  ["Mutation.renewCalendarFeed",                      D,   A,   A,   A,    A,     A,   A],
  ["Mutation.markAttendance",                         D,   D,   D,   D,    D,     D,   A],
  ["Mutation.createMeeting",                          D,   D,   D,   D,    D,     D,   A],
  ["Mutation.updateMeeting",                          D,   D,   D,   D,    D,     D,   A],
  ["Mutation.publishMeeting",                         D,   D,   D,   D,    D,     D,   A],
  ["Mutation.cancelMeeting",                          D,   D,   D,   D,    D,     D,   A],
  ["Mutation.markMeetingHeld",                        D,   D,   D,   D,    D,     D,   A],
  ["Mutation.recordMinutes",                          D,   D,   D,   D,    D,     D,   A],
  ["Mutation.setMeetingAgenda",                       D,   D,   D,   D,    D,     D,   A],
  ["Mutation.setInvitedOrganisations",                D,   D,   D,   D,    D,     D,   A],
  ["Mutation.setMeetingFindings",                     D,   D,   D,   D,    D,     D,   A],
  ["Mutation.removeMeetingDocument",                  D,   D,   D,   D,    D,     D,   A],
  ["Mutation.createConferenceSlot",                   D,   D,   D,   D,    D,     D,   A],
  ["Mutation.updateConferenceSlot",                   D,   D,   D,   D,    D,     D,   A],
  ["Mutation.removeConferenceSlot",                   D,   D,   D,   D,    D,     D,   A],
  ["Query.myMeetings",                                D,   A,   A,   A,    A,     A,   A],
  ["Query.myCalendarFeed",                            D,   A,   A,   A,    A,     A,   A],
  ["Meeting.registrations",                           D,   D,   D,   D,    D,     D,   A],
  ["Meeting.registrationsConnection",                 D,   D,   D,   D,    D,     D,   A],
  ["Meeting.registrationsCsv",                        D,   D,   D,   D,    D,     D,   A],
  ["Query.moderationQueue",                           D,   D,   D,   D,    D,     A,   A],
  ["Query.moderationQueueConnection",                 D,   D,   D,   D,    D,     A,   A],
  ["Query.moderationLogCsv",                          D,   D,   D,   D,    D,     A,   A],
  ["Query.moderationLogConnection",                   D,   D,   D,   D,    D,     A,   A],
  ["Query.myWritingBlock",                            D,   A,   A,   A,    A,     A,   A],
  ["Comment.reportCount",                             D,   D,   D,   D,    D,     A,   A],
  ["Comment.reports",                                 D,   D,   D,   D,    D,     A,   A],
  ["Comment.authorWritingBlock",                      D,   D,   D,   D,    D,     A,   A],
  ["Theme.comments",                                  D,   A,   A,   A,    A,     A,   A],
  ["Theme.commentsConnection",                        D,   A,   A,   A,    A,     A,   A],
  ["Comment.author (the type's own scope)", D, A, A, A,  A,     A,   A],
  ["Mutation.askQuestion",                            D,   D,   A,   A,    A,     A,   A],
  ["Mutation.withdrawQuestion",                       D,   D,   A,   A,    A,     A,   A],
  ["Mutation.withdrawQuestion (another person's question)", D, D, D, D,  D,     D,   D],
  ["Mutation.voteForQuestion",                        D,   D,   A,   A,    A,     A,   A],
  ["Mutation.approveQuestion",                        D,   D,   D,   D,    D,     A,   A],
  ["Mutation.rejectQuestion",                         D,   D,   D,   D,    D,     A,   A],
  ["Mutation.pinQuestion",                            D,   D,   D,   D,    D,     A,   A],
  ["Mutation.unpinQuestion",                          D,   D,   D,   D,    D,     A,   A],
  ["Mutation.markQuestionAnswered",                   D,   D,   D,   D,    D,     A,   A],
  ["Mutation.setMeetingLiveState",                    D,   D,   D,   D,    D,     A,   A],
  ["Mutation.askToSpeak",                             D,   D,   A,   A,    A,     A,   A],
  ["Mutation.withdrawFromSpeakerList",                D,   D,   A,   A,    A,     A,   A],
  ["Mutation.giveFloorToNextSpeaker",                 D,   D,   D,   D,    D,     A,   A],
  ["Mutation.finishSpeaker",                          D,   D,   D,   D,    D,     A,   A],
  ["Mutation.removeSpeaker",                          D,   D,   D,   D,    D,     A,   A],
  ["Mutation.moveSpeaker",                            D,   D,   D,   D,    D,     A,   A],
  ["Meeting.questions",                               D,   A,   A,   A,    A,     A,   A],
  ["MeetingQuestion.author (the type's own scope)",   D,   A,   A,   A,    A,     A,   A],
  ["Meeting.speakerList",                             D,   A,   A,   A,    A,     A,   A],
  ["MeetingSpeaker.person (the type's own scope)",    D,   A,   A,   A,    A,     A,   A],
  ["Query.currentSession",                            A,   A,   A,   A,    A,     A,   A],
  ["Query.auditLog",                                  D,   D,   D,   D,    D,     D,   A],
  ["Query.auditLogConnection",                        D,   D,   D,   D,    D,     D,   A],
  ["Query.exportMyData",                              D,   A,   A,   A,    A,     A,   A],
  ["Query.invitations",                               D,   D,   D,   D,    D,     D,   A],
  ["Query.invitationsConnection",                     D,   D,   D,   D,    D,     D,   A],
  ["Query.me",                                        A,   A,   A,   A,    A,     A,   A],
  ["Query.mySessions",                                D,   A,   A,   A,    A,     A,   A],
  ["Query.myApiKeys",                                 D,   A,   A,   A,    A,     A,   A],
  ["Query.apiKeysConnection",                         D,   D,   D,   D,    D,     D,   A],
  ["ApiKey.owner (null for all but the coordinator)", A,   A,   A,   A,    A,     A,   A],
  ["Query.outbox",                                    D,   D,   D,   D,    D,     D,   A],
  ["Query.outboxConnection",                          D,   D,   D,   D,    D,     D,   A],
  ["Query.people",                                    D,   D,   D,   D,    D,     D,   A],
  ["Query.peopleConnection",                          D,   D,   D,   D,    D,     D,   A],
  ["Organisation.members",                            D,   A,   A,   A,    A,     A,   A],
  ["Organisation.membersConnection",                  D,   A,   A,   A,    A,     A,   A],
  ["Organisation.invitations",                        D,   D,   D,   A,    D,     D,   A],
  ["Organisation.invitationsConnection",              D,   D,   D,   A,    D,     D,   A],
  ["Person.email (another person's)",                 D,   D,   D,   D,    D,     D,   A],
  ["Person.email (one's own)",                        A,   A,   A,   A,    A,     A,   A],
  ["Mutation.createBlogPost",                         D,   D,   D,   D,    D,     D,   A],
  ["Mutation.updateBlogPost",                         D,   D,   D,   D,    D,     D,   A],
  ["Mutation.lockBlogPost",                           D,   D,   D,   D,    D,     A,   A],
  ["Mutation.setBlogPostSlowMode",                    D,   D,   D,   D,    D,     A,   A],
  ["BlogPost.comments",                               D,   A,   A,   A,    A,     A,   A],
  ["BlogPost.commentsConnection",                     D,   A,   A,   A,    A,     A,   A],
  ["Query.myNotifications",                           D,   A,   A,   A,    A,     A,   A],
  ["Query.myNotificationsConnection",                 D,   A,   A,   A,    A,     A,   A],
  ["Query.unreadNotificationCount",                   D,   A,   A,   A,    A,     A,   A],
  ["Mutation.markNotificationsRead",                  D,   A,   A,   A,    A,     A,   A],
  ["Mutation.setNotificationMail",                    D,   A,   A,   A,    A,     A,   A],
  ["Person.notificationMail (one's own)",             A,   A,   A,   A,    A,     A,   A],
  ["Person.notificationMail (another person's)",      D,   D,   D,   D,    D,     D,   A],
  ["Mutation.saveVisitSelection",                     D,   D,   D,   D,    D,     D,   A],
  ["Mutation.planVisit",                              D,   D,   D,   D,    D,     D,   A],
  ["Mutation.updateVisit",                            D,   D,   D,   D,    D,     D,   A],
  ["Mutation.setVisitParticipants",                   D,   D,   D,   D,    D,     D,   A],
  ["Mutation.setVisitAnswers",                        D,   D,   D,   D,    D,     D,   A],
  ["Mutation.setVisitStatus",                         D,   D,   D,   D,    D,     D,   A],
  ["Query.visitSelectionPreview",                     D,   D,   D,   D,    D,     D,   A],
  ["Query.visitSelection",                            D,   D,   D,   D,    D,     D,   A],
  ["Query.visits",                                    D,   D,   D,   D,    D,     D,   A],
  ["Query.visitCount",                                D,   D,   D,   D,    D,     D,   A],
  ["Query.visit",                                     D,   D,   D,   D,    D,     D,   A],
  ["Mutation.createFinding",                         D,   D,   D,   D,    D,     D,   A],
  ["Mutation.updateFinding",                         D,   D,   D,   D,    D,     D,   A],
  ["Mutation.submitFindingForReview",                D,   D,   D,   D,    D,     D,   A],
  ["Mutation.returnFindingToDraft",                  D,   D,   D,   D,    D,     D,   A],
  ["Mutation.publishFinding",                        D,   D,   D,   D,    D,     D,   A],
  ["Mutation.unpublishFinding",                      D,   D,   D,   D,    D,     D,   A],
  ["Mutation.recordCommitmentStatus",                 D,   D,   D,   D,    D,     D,   A],
  ["Mutation.setCommitmentLinks",                     D,   D,   D,   D,    D,     D,   A],
  ["Query.findingCounts",                             A,   A,   A,   A,    A,     A,   A],
  ["Query.findingRoundChange",                        A,   A,   A,   A,    A,     A,   A],
  ["Query.countyVisits",                              A,   A,   A,   A,    A,     A,   A],
  ["Query.surveys",                                   D,   D,   D,   D,    D,     D,   A],
  ["Query.surveyImport",                              D,   D,   D,   D,    D,     D,   A],
  ["Query.surveyImports",                             D,   D,   D,   D,    D,     D,   A],
  ["Mutation.setRespondentRetention",                 D,   D,   D,   D,    D,     D,   A],
  ["Query.quarterlyReport",                           D,   D,   D,   D,    D,     D,   A],
  ["Query.quarterlyReports",                          D,   D,   D,   D,    D,     D,   A],
  ["Mutation.saveQuarterlyReportSummary",             D,   D,   D,   D,    D,     D,   A],
  ["Mutation.markQuarterlyReportSent",                D,   D,   D,   D,    D,     D,   A],
];

/** Query fields anyone may read, each with an operation that anonymous must be able to run. */
const publicQueries: Record<string, string> = {
  now: "{ now }",
  apiKeyLink: `{ apiKeyLink(token: "ingen-sadan-lank") }`,
  blogPost: `{ blogPost(slug: "sammanfattning-av-tio-regeringsuppdrag") { title bodyHtml themes { slug } commentCount } }`,
  blogPosts: `{ blogPosts { slug excerpt publishedAt authorName } }`,
  blogPostsConnection: `{ blogPostsConnection(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { slug publishedAt } } }`,
  commitmentsConnection: `{ commitmentsConnection(first: 5) { totalCount nodes { slug title } } }`,
  contact: "{ contact { email postalAddress } }",
  findingsConnection: `{ findingsConnection(first: 5, filter: { search: "barnen" }) { totalCount edges { cursor node { id body themes { slug } municipality { name } } } } }`,
  meetingsConnection: `{ meetingsConnection(first: 5) { totalCount nodes { slug organisations { slug } } } }`,
  node: `{ node(id: "County:01") { id ... on County { name } } }`,
  nodes: `{ nodes(ids: ["County:01", "00000000-0000-0000-0000-000000000000"]) { id } }`,
  searchConnection: `{ searchConnection(text: "barnets bästa", first: 5) { totalCount nodes { kind themeSlug snippet } } }`,
  commitment: `{ commitment(slug: "forslag-5") { title timeline { status changedOn dateAssumed note recordedBy { name } } findings { id } meetings { slug } } }`,
  commitmentActors: "{ commitmentActors }",
  commitmentCount: `{ commitmentCount(filter: { statuses: [DECIDED] }) }`,
  commitments: `{ commitments(limit: 5, filter: { kinds: [ACTION_ITEM] }) { slug parent { title } children { slug } } }`,
  counties: `{ counties { code name } }`,
  finding: `{ finding(id: "00000000-0000-0000-0000-000000000000") { id } }`,
  findingCount: `{ findingCount(filter: { search: "barnen" }) }`,
  findings: `{ findings(limit: 3, order: RELEVANCE, filter: { search: "barnen" }) { title themes { slug } municipality { county { name } } meeting { slug } recordedBy { name } revisions { version } } }`,
  invitation: `{ invitation(token: "ingen-sadan-lank") { state } }`,
  passwordReset: `{ passwordReset(token: "ingen-sadan-lank") { state } }`,
  meeting: `{ meeting(slug: "ingen-sadan-traff") { id } }`,
  meetings: `{ meetings(limit: 3) { slug organisations { slug } } }`,
  municipalities: `{ municipalities(countyCode: "01") { code } }`,
  municipality: `{ municipality(code: "0180") { name county { name } group { code } } }`,
  municipalityGroups: `{ municipalityGroups { code municipalityCount } }`,
  organisation: `{ organisation(slug: "akademikerforbundet-ssr") { id name website } }`,
  organisations: `{ organisations { slug municipality { code } } }`,
  organisationsConnection: `{ organisationsConnection(first: 5) { totalCount nodes { slug } } }`,
  phases: `{ phases { number themes { slug } } }`,
  proposals: `{ proposals { number status } }`,
  search: `{ search(text: "barnets bästa") { kind themeSlug snippet } }`,
  theme: `{ theme(slug: "ingen-sadan-tema") { id } }`,
  themes: `{ themes { slug visitQuestions { number } } }`,
  visitQuestions: `{ visitQuestions { number theme { slug } } }`,
  measurementSurveys: `{ measurementSurveys { id name periodStart round respondentCount invented } }`,
  directTimeDistribution: `{ directTimeDistribution(surveyId: "00000000-0000-0000-0000-000000000000", grouping: COUNTY_ROLE) { county { name } role suppressed label n median q1 q3 } }`,
  directTimeChange: `{ directTimeChange(grouping: GROUP) { before { name } after { name } cells { group { code } suppressed medianChange before { n } } } }`,
  measurementSettings: `{ measurementSettings { respondentRetentionDays } }`,
  retentionPeriods: `{ retentionPeriods { kind days description } }`,
};

/** The field a row is about: "Mutation.invitePerson (no organisation)" is about Mutation.invitePerson. */
const fieldOf = (operation: string) => operation.split(" ")[0] ?? operation;
const contract = buildSchema(readFileSync(new URL("../schema.graphql", import.meta.url), "utf8"));
const authCodes = new Set(["FORBIDDEN", "UNAUTHENTICATED"]);

describe("the authorization table", () => {
  const rowFields = new Set(table.map(([operation]) => fieldOf(operation)));

  it("has a row for every mutation of schema.graphql", () => {
    const mutations = Object.keys(contract.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(0);
    const missing = mutations.filter((name) => !rowFields.has(`Mutation.${name}`));
    expect(missing, "mutations without an authorization row").toEqual([]);
  });

  it("has a row for every query field that is not in the list of public ones", () => {
    const queries = Object.keys(contract.getQueryType()?.getFields() ?? {});
    const missing = queries.filter(
      (name) => !rowFields.has(`Query.${name}`) && !(name in publicQueries),
    );
    expect(missing, "query fields neither public nor in the table").toEqual([]);
  });

  it("has a row for every field of an object with scopes of its own, and for every scoped type", () => {
    const missing: string[] = [];
    for (const type of Object.values(builtSchema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      // Subscriptions run over WebSocket only; live.test.ts tries them signed in and anonymous.
      if (type.name === "Query" || type.name === "Mutation" || type.name === "Subscription")
        continue;
      if (scopesOf(type.extensions) && ![...rowFields].some((f) => f.startsWith(`${type.name}.`)))
        missing.push(type.name);
      for (const field of Object.values((type as GraphQLObjectType).getFields())) {
        if (scopesOf(field.extensions) && !rowFields.has(`${type.name}.${field.name}`))
          missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing, "scoped fields without an authorization row").toEqual([]);
  });

  it("names only fields of schema.graphql, each row once with one outcome per actor and a case", () => {
    for (const [operation, ...expected] of table) {
      const [typeName, fieldName] = fieldOf(operation).split(".");
      const type = contract.getType(typeName ?? "");
      expect(isObjectType(type) && fieldName && fieldName in type.getFields(), operation).toBe(
        true,
      );
      expect(expected, operation).toHaveLength(actors.length);
      expect(cases[operation], `no case for ${operation}`).toBeDefined();
    }
    expect(new Set(table.map(([operation]) => operation)).size).toBe(table.length);
    expect(Object.keys(cases).sort()).toEqual(table.map(([operation]) => operation).sort());
  });
});

describe("who may do what", () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(await testApi());
  });
  afterAll(async () => {
    await world?.api.close();
  });

  it("lets anyone read the public queries", async () => {
    for (const [name, source] of Object.entries(publicQueries)) {
      const { errors } = await world.api.execute(source);
      expect(errors, name).toBeUndefined();
    }
  });

  for (const [operation, ...expected] of table) {
    describe(operation, () => {
      actors.forEach((actor: Actor, column) => {
        const outcome = expected[column];
        it(`${actorLabels[actor]}: ${outcome}`, async () => {
          const run = cases[operation];
          if (!run) throw new Error(`no case for ${operation}`);
          const attempt = await run(world, actor);
          const before = outcome === D ? await snapshot(world.api) : null;
          const result = await world.api.execute(attempt.source, attempt.variables, attempt.viewer);
          const codes = (result.errors ?? []).map((e) => e.extensions?.code);
          const seen = `errors ${JSON.stringify(result.errors)}, data ${JSON.stringify(result.data)}`;
          if (outcome === D) {
            const code = actor === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
            expect(codes, `expected ${code}; ${seen}`).toContain(code);
            expect(
              codes.filter((c) => authCodes.has(String(c))),
              `every authorization error is ${code}`,
            ).toEqual(codes.filter((c) => c === code));
            if (before) {
              expect(changes(before, await snapshot(world.api)), "database changes").toEqual({});
            }
            await attempt.unchanged?.();
          } else {
            expect(
              codes.filter((c) => authCodes.has(String(c))),
              `expected no authorization error; ${seen}`,
            ).toEqual([]);
            // Valid variables: any other error is a failure of the operation (or of this case).
            expect(result.errors ?? [], `expected no error at all; ${seen}`).toEqual([]);
            await attempt.allowed?.(result.data as Record<string, unknown> | undefined);
          }
        });
      });
    });
  }
});

/** The scopes Pothos keeps in a type's or field's extensions, if it has its own. */
function scopesOf(extensions: unknown): unknown {
  const options = (extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)
    ?.pothosOptions;
  return options?.authScopes;
}
