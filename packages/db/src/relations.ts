import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
  counties: {
    municipalities: r.many.municipalities(),
  },
  municipalityGroups: {
    municipalities: r.many.municipalities(),
  },
  municipalities: {
    county: r.one.counties({
      from: r.municipalities.countyCode,
      to: r.counties.code,
      optional: false,
    }),
    group: r.one.municipalityGroups({
      from: r.municipalities.groupCode,
      to: r.municipalityGroups.code,
      optional: false,
    }),
    findings: r.many.findings(),
    visits: r.many.visits(),
  },
  organisations: {
    municipality: r.one.municipalities({
      from: r.organisations.municipalityCode,
      to: r.municipalities.code,
    }),
    memberships: r.many.memberships(),
    invitations: r.many.invitations(),
    members: r.many.people({
      from: r.organisations.id.through(r.memberships.organisationId),
      to: r.people.id.through(r.memberships.personId),
    }),
    meetings: r.many.meetings({
      from: r.organisations.id.through(r.meetingOrganisations.organisationId),
      to: r.meetings.id.through(r.meetingOrganisations.meetingId),
    }),
  },
  people: {
    memberships: r.many.memberships(),
    comments: r.many.comments(),
    notifications: r.many.notifications(),
    sessions: r.many.sessions(),
    registrations: r.many.meetingRegistrations(),
    visitParticipations: r.many.visitParticipants(),
    organisations: r.many.organisations({
      from: r.people.id.through(r.memberships.personId),
      to: r.organisations.id.through(r.memberships.organisationId),
    }),
  },
  sessions: {
    person: r.one.people({ from: r.sessions.personId, to: r.people.id, optional: false }),
    actingOrganisation: r.one.organisations({
      from: r.sessions.actingOrganisationId,
      to: r.organisations.id,
    }),
  },
  invitations: {
    organisation: r.one.organisations({
      from: r.invitations.organisationId,
      to: r.organisations.id,
    }),
    invitedBy: r.one.people({ from: r.invitations.invitedById, to: r.people.id }),
  },
  passwordResets: {
    person: r.one.people({ from: r.passwordResets.personId, to: r.people.id, optional: false }),
  },
  auditLog: {
    actor: r.one.people({ from: r.auditLog.actorId, to: r.people.id }),
  },
  memberships: {
    person: r.one.people({ from: r.memberships.personId, to: r.people.id, optional: false }),
    organisation: r.one.organisations({
      from: r.memberships.organisationId,
      to: r.organisations.id,
      optional: false,
    }),
  },
  phases: {
    themes: r.many.themes(),
    findings: r.many.findings(),
  },
  themes: {
    blogPosts: r.many.blogPosts({
      from: r.themes.id.through(r.blogPostThemes.themeId),
      to: r.blogPosts.id.through(r.blogPostThemes.postId),
    }),
    phase: r.one.phases({ from: r.themes.phaseNumber, to: r.phases.number }),
    visitQuestions: r.many.visitQuestions(),
    comments: r.many.comments(),
    findings: r.many.findings({
      from: r.themes.id.through(r.findingThemes.themeId),
      to: r.findings.id.through(r.findingThemes.findingId),
    }),
  },
  visitQuestions: {
    theme: r.one.themes({ from: r.visitQuestions.themeId, to: r.themes.id, optional: false }),
  },
  visitSelections: {
    picks: r.many.visitSelectionPicks(),
    savedBy: r.one.people({ from: r.visitSelections.savedById, to: r.people.id }),
  },
  visitSelectionPicks: {
    selection: r.one.visitSelections({
      from: r.visitSelectionPicks.selectionId,
      to: r.visitSelections.id,
      optional: false,
    }),
    municipality: r.one.municipalities({
      from: r.visitSelectionPicks.municipalityCode,
      to: r.municipalities.code,
      optional: false,
    }),
  },
  visits: {
    municipality: r.one.municipalities({
      from: r.visits.municipalityCode,
      to: r.municipalities.code,
      optional: false,
    }),
    participants: r.many.visitParticipants(),
    answers: r.many.visitAnswers(),
    findings: r.many.findings(),
  },
  visitParticipants: {
    visit: r.one.visits({ from: r.visitParticipants.visitId, to: r.visits.id, optional: false }),
    person: r.one.people({ from: r.visitParticipants.personId, to: r.people.id }),
    organisation: r.one.organisations({
      from: r.visitParticipants.organisationId,
      to: r.organisations.id,
    }),
  },
  visitAnswers: {
    visit: r.one.visits({ from: r.visitAnswers.visitId, to: r.visits.id, optional: false }),
    question: r.one.visitQuestions({
      from: r.visitAnswers.questionNumber,
      to: r.visitQuestions.number,
      optional: false,
    }),
  },
  meetings: {
    questions: r.many.meetingQuestions(),
    speakers: r.many.meetingSpeakers(),
    liveState: r.one.meetingLiveStates({
      from: r.meetings.id,
      to: r.meetingLiveStates.meetingId,
    }),
    parent: r.one.meetings({ from: r.meetings.parentId, to: r.meetings.id, alias: "conference" }),
    seminars: r.many.meetings({ alias: "conference" }),
    slot: r.one.conferenceSlots({
      from: r.meetings.slotId,
      to: r.conferenceSlots.id,
      alias: "slotSeminars",
    }),
    slots: r.many.conferenceSlots({ alias: "conferenceSlots" }),
    organisations: r.many.organisations({
      from: r.meetings.id.through(r.meetingOrganisations.meetingId),
      to: r.organisations.id.through(r.meetingOrganisations.organisationId),
    }),
    findings: r.many.findings(),
    registrations: r.many.meetingRegistrations(),
    agendaItems: r.many.agendaItems(),
    documents: r.many.meetingDocuments(),
    picks: r.many.seminarPicks(),
  },
  conferenceSlots: {
    conference: r.one.meetings({
      from: r.conferenceSlots.conferenceId,
      to: r.meetings.id,
      optional: false,
      alias: "conferenceSlots",
    }),
    seminars: r.many.meetings({ alias: "slotSeminars" }),
  },
  meetingRegistrations: {
    meeting: r.one.meetings({
      from: r.meetingRegistrations.meetingId,
      to: r.meetings.id,
      optional: false,
    }),
    person: r.one.people({
      from: r.meetingRegistrations.personId,
      to: r.people.id,
      optional: false,
    }),
    organisation: r.one.organisations({
      from: r.meetingRegistrations.organisationId,
      to: r.organisations.id,
    }),
    picks: r.many.seminarPicks(),
  },
  seminarPicks: {
    registration: r.one.meetingRegistrations({
      from: r.seminarPicks.registrationId,
      to: r.meetingRegistrations.id,
      optional: false,
    }),
    seminar: r.one.meetings({
      from: r.seminarPicks.seminarId,
      to: r.meetings.id,
      optional: false,
    }),
    slot: r.one.conferenceSlots({
      from: r.seminarPicks.slotId,
      to: r.conferenceSlots.id,
      optional: false,
    }),
  },
  agendaItems: {
    meeting: r.one.meetings({ from: r.agendaItems.meetingId, to: r.meetings.id, optional: false }),
  },
  meetingDocuments: {
    meeting: r.one.meetings({
      from: r.meetingDocuments.meetingId,
      to: r.meetings.id,
      optional: false,
    }),
  },
  comments: {
    theme: r.one.themes({ from: r.comments.themeId, to: r.themes.id }),
    post: r.one.blogPosts({ from: r.comments.postId, to: r.blogPosts.id }),
    author: r.one.people({ from: r.comments.authorId, to: r.people.id }),
    organisation: r.one.organisations({ from: r.comments.organisationId, to: r.organisations.id }),
    parent: r.one.comments({ from: r.comments.parentId, to: r.comments.id, alias: "replies" }),
    replies: r.many.comments({ alias: "replies" }),
    revisions: r.many.commentRevisions(),
    agreements: r.many.commentAgreements(),
    reports: r.many.commentReports(),
    /** The moderator who hid it. */
    hiddenByModerator: r.one.people({
      from: r.comments.hiddenById,
      to: r.people.id,
      alias: "hiddenByModerator",
    }),
  },
  blogPosts: {
    author: r.one.people({ from: r.blogPosts.authorId, to: r.people.id }),
    comments: r.many.comments(),
    themes: r.many.themes({
      from: r.blogPosts.id.through(r.blogPostThemes.postId),
      to: r.themes.id.through(r.blogPostThemes.themeId),
    }),
  },
  notifications: {
    person: r.one.people({ from: r.notifications.personId, to: r.people.id, optional: false }),
    comment: r.one.comments({ from: r.notifications.commentId, to: r.comments.id }),
  },
  commentReports: {
    comment: r.one.comments({
      from: r.commentReports.commentId,
      to: r.comments.id,
      optional: false,
    }),
    reporter: r.one.people({ from: r.commentReports.reporterId, to: r.people.id }),
  },
  participantBlocks: {
    person: r.one.people({
      from: r.participantBlocks.personId,
      to: r.people.id,
      optional: false,
      alias: "blocked",
    }),
    blockedBy: r.one.people({
      from: r.participantBlocks.blockedById,
      to: r.people.id,
      alias: "blockedBy",
    }),
  },
  commentRevisions: {
    comment: r.one.comments({
      from: r.commentRevisions.commentId,
      to: r.comments.id,
      optional: false,
    }),
  },
  commentAgreements: {
    comment: r.one.comments({
      from: r.commentAgreements.commentId,
      to: r.comments.id,
      optional: false,
    }),
  },
  meetingQuestions: {
    meeting: r.one.meetings({
      from: r.meetingQuestions.meetingId,
      to: r.meetings.id,
      optional: false,
    }),
    author: r.one.people({ from: r.meetingQuestions.authorId, to: r.people.id }),
    organisation: r.one.organisations({
      from: r.meetingQuestions.organisationId,
      to: r.organisations.id,
    }),
    votes: r.many.meetingQuestionVotes(),
  },
  meetingQuestionVotes: {
    question: r.one.meetingQuestions({
      from: r.meetingQuestionVotes.questionId,
      to: r.meetingQuestions.id,
      optional: false,
    }),
  },
  meetingSpeakers: {
    meeting: r.one.meetings({
      from: r.meetingSpeakers.meetingId,
      to: r.meetings.id,
      optional: false,
    }),
    person: r.one.people({ from: r.meetingSpeakers.personId, to: r.people.id }),
    organisation: r.one.organisations({
      from: r.meetingSpeakers.organisationId,
      to: r.organisations.id,
    }),
  },
  findings: {
    themes: r.many.themes({
      from: r.findings.id.through(r.findingThemes.findingId),
      to: r.themes.id.through(r.findingThemes.themeId),
    }),
    phase: r.one.phases({ from: r.findings.phaseNumber, to: r.phases.number, optional: false }),
    meeting: r.one.meetings({ from: r.findings.meetingId, to: r.meetings.id }),
    visit: r.one.visits({ from: r.findings.visitId, to: r.visits.id }),
    municipality: r.one.municipalities({
      from: r.findings.municipalityCode,
      to: r.municipalities.code,
    }),
    recordedBy: r.one.people({ from: r.findings.recordedById, to: r.people.id }),
    revisions: r.many.findingRevisions(),
  },
  findingRevisions: {
    finding: r.one.findings({
      from: r.findingRevisions.findingId,
      to: r.findings.id,
      optional: false,
    }),
    editedBy: r.one.people({ from: r.findingRevisions.editedById, to: r.people.id }),
  },
  surveys: {
    respondents: r.many.surveyRespondents(),
    cells: r.many.surveyCells(),
    importedBy: r.one.people({ from: r.surveys.importedById, to: r.people.id }),
  },
  surveyRespondents: {
    survey: r.one.surveys({
      from: r.surveyRespondents.surveyId,
      to: r.surveys.id,
      optional: false,
    }),
    municipality: r.one.municipalities({
      from: r.surveyRespondents.municipalityCode,
      to: r.municipalities.code,
      optional: false,
    }),
  },
  surveyCells: {
    survey: r.one.surveys({ from: r.surveyCells.surveyId, to: r.surveys.id, optional: false }),
  },
  surveyImports: {
    survey: r.one.surveys({ from: r.surveyImports.surveyId, to: r.surveys.id }),
    startedBy: r.one.people({ from: r.surveyImports.startedById, to: r.people.id }),
  },
  commitments: {
    parent: r.one.commitments({
      from: r.commitments.parentId,
      to: r.commitments.id,
      alias: "parent",
    }),
    children: r.many.commitments({ alias: "parent" }),
    statusChanges: r.many.commitmentStatusChanges(),
    findings: r.many.findings({
      from: r.commitments.id.through(r.commitmentFindings.commitmentId),
      to: r.findings.id.through(r.commitmentFindings.findingId),
    }),
    meetings: r.many.meetings({
      from: r.commitments.id.through(r.commitmentMeetings.commitmentId),
      to: r.meetings.id.through(r.commitmentMeetings.meetingId),
    }),
  },
  commitmentStatusChanges: {
    commitment: r.one.commitments({
      from: r.commitmentStatusChanges.commitmentId,
      to: r.commitments.id,
      optional: false,
    }),
    recordedBy: r.one.people({ from: r.commitmentStatusChanges.recordedById, to: r.people.id }),
  },
  quarterlyReports: {
    updatedBy: r.one.people({ from: r.quarterlyReports.updatedById, to: r.people.id }),
  },
}));

export type Relations = typeof relations;
