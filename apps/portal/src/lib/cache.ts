import {
  type Cache,
  cacheExchange,
  type Data,
  type DataFields,
  type Entity,
  type KeyingConfig,
  type Resolver,
  type ResolverConfig,
  type UpdatesConfig,
} from "@urql/exchange-graphcache";
import { graphql } from "../graphql";

/**
 * The portal's normalized cache: every object with an id is kept once, so that a mutation's answer
 * or a live update changes it wherever a page shows it. Lists that a mutation or an event changes
 * without returning them are updated here; where the new list cannot be known, only that field is
 * dropped, and the pages that show it ask again.
 */

/** Types without an id: a key of their own, or kept inside whatever holds them (null). */
const keys: KeyingConfig = {
  County: (county) => (county.code as string | undefined) ?? null,
  Municipality: (municipality) => (municipality.code as string | undefined) ?? null,
  MunicipalityGroup: (group) => (group.code as string | undefined) ?? null,
  Phase: (phase) => (phase.number as number | undefined)?.toString() ?? null,
  Proposal: (proposal) => (proposal.number as number | undefined)?.toString() ?? null,
  CalendarFeed: () => null,
  // A page of a list is kept inside the field that asked for it, with its edges and page info.
  PageInfo: () => null,
  AuditLogConnection: () => null,
  AuditLogEdge: () => null,
  BlogPostConnection: () => null,
  BlogPostEdge: () => null,
  CommitmentConnection: () => null,
  CommitmentEdge: () => null,
  FindingConnection: () => null,
  FindingEdge: () => null,
  InvitationConnection: () => null,
  InvitationEdge: () => null,
  MeetingRegistrationConnection: () => null,
  MeetingRegistrationEdge: () => null,
  MembershipConnection: () => null,
  MembershipEdge: () => null,
  MeetingConnection: () => null,
  MeetingEdge: () => null,
  ModerationLogConnection: () => null,
  ModerationLogEdge: () => null,
  ModerationQueueConnection: () => null,
  ModerationQueueEdge: () => null,
  NotificationConnection: () => null,
  NotificationEdge: () => null,
  OrganisationConnection: () => null,
  OrganisationEdge: () => null,
  OrganisationInvitationConnection: () => null,
  OrganisationInvitationEdge: () => null,
  OutboxConnection: () => null,
  OutboxEdge: () => null,
  PersonConnection: () => null,
  PersonEdge: () => null,
  CommentActivity: () => null,
  CommentConnection: () => null,
  CommentEdge: () => null,
  CommentRevision: () => null,
  CommitmentStatusChange: () => null,
  CountyVisits: () => null,
  CountyVisitSummary: () => null,
  DirectTimeCell: () => null,
  DirectTimeChangeCell: () => null,
  DirectTimeComparison: () => null,
  FindingCount: () => null,
  FindingCounts: () => null,
  FindingRevision: () => null,
  FindingRoundChange: () => null,
  FindingRoundComparison: () => null,
  InputError: () => null,
  InvitationPreview: () => null,
  // One set of settings: a new answer replaces the one every page shows.
  MeasurementSettings: () => "current",
  MeetingLiveActivity: () => null,
  Membership: () => null,
  NewApiKey: () => null,
  PasswordResetPreview: () => null,
  // A quarter's report is one whatever asks for it: its year and quarter name it.
  QuarterlyReport: (report) =>
    report.year && report.quarter ? `${report.year}-${report.quarter}` : null,
  QuarterlyReportSummary: (report) =>
    report.year && report.quarter ? `${report.year}-${report.quarter}` : null,
  ReportCommitmentChange: () => null,
  ReportMeasurement: () => null,
  ReportMeasurementCell: () => null,
  ReportMeeting: () => null,
  ReportThemeFindings: () => null,
  ReportVisit: () => null,
  SearchHit: () => null,
  SearchHitConnection: () => null,
  SearchHitEdge: () => null,
  SeminarPick: () => null,
  SurveyImportProblem: () => null,
  VisitQuestion: () => null,
  VisitAnswer: () => null,
  VisitSelection: () => null,
  VisitSelectionGroup: () => null,
  VisitSelectionPick: () => null,
  QueryVisitSelectionPreviewSuccess: () => null,
  WritingBlock: () => null,
};

/** Every mutation's answer on success (MutationXSuccess { data }) belongs to the mutation alone. */
const mutationResults = [
  "AcceptInvitation",
  "ActOnBehalfOf",
  "AddMember",
  "AgreeWithComment",
  "ApproveOrganisationPosition",
  "ApproveQuestion",
  "AskQuestion",
  "AskToSpeak",
  "BlockParticipant",
  "CancelMeeting",
  "CancelMeetingRegistration",
  "ChangePassword",
  "ConfirmApiKey",
  "CreateApiKey",
  "CreateBlogPost",
  "CreateConferenceSlot",
  "CreateFinding",
  "CreateMeeting",
  "CreateOrganisation",
  "DeleteMyAccount",
  "DeletePerson",
  "DismissReports",
  "EditComment",
  "FinishSpeaker",
  "GiveFloorToNextSpeaker",
  "HideComment",
  "InvitePerson",
  "LockBlogPost",
  "LockTheme",
  "MarkAttendance",
  "MarkMeetingHeld",
  "MarkQuarterlyReportSent",
  "MarkQuestionAnswered",
  "MoveSpeaker",
  "PickSeminar",
  "PinQuestion",
  "PlanVisit",
  "PublishFinding",
  "PublishMeeting",
  "RecordCommitmentStatus",
  "RecordMinutes",
  "RegisterForMeeting",
  "RejectQuestion",
  "RemoveConferenceSlot",
  "RemoveMember",
  "RemoveSpeaker",
  "ReportComment",
  "RequestApiKey",
  "ResetPassword",
  "RestoreComment",
  "RevokeApiKey",
  "RevokeApiKeyBySecret",
  "ReturnFindingToDraft",
  "SaveQuarterlyReportSummary",
  "SaveVisitSelection",
  "SetBlogPostSlowMode",
  "SetCommitmentLinks",
  "SetInvitedOrganisations",
  "SetMeetingAgenda",
  "SetMeetingFindings",
  "SetMeetingLiveState",
  "SetMembershipRole",
  "SetPortalRole",
  "SetRespondentRetention",
  "SetSlowMode",
  "SetVisitAnswers",
  "SetVisitParticipants",
  "SetVisitStatus",
  "SignIn",
  "SubmitFindingForReview",
  "UnblockParticipant",
  "UnpickSeminar",
  "UnpinQuestion",
  "UnpublishFinding",
  "UpdateBlogPost",
  "UpdateConferenceSlot",
  "UpdateFinding",
  "UpdateMeeting",
  "UpdateOrganisation",
  "UpdateProfile",
  "UpdateVisit",
  "VoteForQuestion",
  "WithdrawFromSpeakerList",
  "WithdrawQuestion",
  "WriteComment",
];
for (const name of mutationResults) keys[`Mutation${name}Success`] = () => null;

/** The only interface: fragments on InputError match it exactly, never a success. */
const possibleTypes = { Error: ["InputError"] };

type Args = Record<string, unknown>;
type Id = string | null | undefined;

const entity = (typename: string, id: Id): Entity | null =>
  typeof id === "string" ? { __typename: typename, id } : null;

/** The thread a comment is written in: a theme's, or a blog post's. */
const threadOf = (target: { themeId?: Id; postId?: Id } | null | undefined): Entity | null =>
  entity("Theme", target?.themeId) ?? entity("BlogPost", target?.postId);

/** The answer's data when the mutation succeeded (`MutationXSuccess`), else null. */
function success(result: DataFields, field: string): Data | null {
  const answer = result[field] as Data | null | undefined;
  return answer && answer.__typename !== "InputError" ? answer : null;
}

function succeeded(result: DataFields, field: string): boolean {
  const answer = result[field];
  if (typeof answer === "boolean") return answer;
  return success(result, field) !== null;
}

/** The cached list of keys in `parent.field`, or null when it has not been fetched. */
function cachedList(cache: Cache, parent: Entity, field: string): string[] | null {
  const list = cache.resolve(parent, field);
  return Array.isArray(list) ? (list as (string | null)[]).filter((key) => key !== null) : null;
}

/** Adds an entity at the end of a cached list, once. */
function append(cache: Cache, parent: Entity | null, field: string, item: Data | null | undefined) {
  if (!parent || !item) return;
  const list = cachedList(cache, parent, field);
  const key = cache.keyOfEntity(item);
  if (!list || !key || list.includes(key)) return;
  cache.link(parent, field, [...list, key]);
}

/** The meetings in the cache (fetched by id, slug or in a list). */
function cachedMeetings(cache: Cache): string[] {
  const found = new Set<string>();
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName !== "meeting" && field.fieldName !== "meetings") continue;
    const value = cache.resolve("Query", field.fieldKey);
    for (const key of Array.isArray(value) ? value : [value])
      if (typeof key === "string") found.add(key);
  }
  return [...found];
}

/** Takes an entity out of every cached meeting's list `field`. */
function removeFromMeetings(cache: Cache, field: string, item: Entity) {
  const key = cache.keyOfEntity(item);
  if (!key) return;
  for (const meeting of cachedMeetings(cache)) {
    const list = cachedList(cache, meeting, field);
    if (list?.includes(key))
      cache.link(
        meeting,
        field,
        list.filter((k) => k !== key),
      );
  }
}

/** Drops every cached variant of a root field (all its arguments), so that pages ask again. */
function invalidateRoot(cache: Cache, fieldName: string) {
  invalidateAll(cache, "Query", fieldName);
  // And every page of the connection beside the list, where there is one.
  invalidateAll(cache, "Query", `${fieldName}Connection`);
}

/** Drops every cached variant (every page) of an entity's field. */
function invalidateAll(cache: Cache, parent: Entity | string, fieldName: string) {
  for (const field of cache.inspectFields(parent))
    if (field.fieldName === fieldName) cache.invalidate(parent, field.fieldName, field.arguments);
}

/** The moderation queue and log, every page, after a report or a moderator's decision. */
function invalidateModeration(cache: Cache) {
  cache.invalidate("Query", "moderationQueue");
  invalidateRoot(cache, "moderationQueueConnection");
  invalidateRoot(cache, "moderationLogConnection");
}

/**
 * The lists and counts of findings, the national picture drawn from them, and a visit's findings
 * when a finding names it.
 */
function invalidateFindings(cache: Cache, visitId?: Id) {
  invalidateRoot(cache, "findings");
  invalidateRoot(cache, "findingCount");
  invalidateRoot(cache, "findingCounts");
  invalidateRoot(cache, "findingRoundChange");
  invalidateRoot(cache, "countyVisits");
  const visit = entity("Visit", visitId);
  if (visit) cache.invalidate(visit, "findings");
}

const Cache_Agreement = graphql(`
  fragment Cache_Agreement on Comment {
    id
    agreeCount
    agreedByMe
  }
`);

const Cache_Deleted = graphql(`
  fragment Cache_Deleted on Comment {
    id
    deleted
    body
    bodyHtml
    viewerCanAgree
    viewerCanEdit
    viewerCanDelete
    viewerCanReport
  }
`);

const Cache_Reported = graphql(`
  fragment Cache_Reported on Comment {
    id
    reportedByMe
    viewerCanReport
  }
`);

const Cache_Position = graphql(`
  fragment Cache_Position on Comment {
    id
    isOrganisationPosition
    positionAwaitingApproval
    viewerCanApprovePosition
  }
`);

const Cache_Visible = graphql(`
  fragment Cache_Visible on Comment {
    id
    deleted
    hidden
  }
`);

const Cache_PostCount = graphql(`
  fragment Cache_PostCount on BlogPost {
    id
    commentCount
  }
`);

/** One cached page of a thread's comments: the arguments it was asked with, and where it is kept. */
interface ThreadPage {
  args: Args;
  key: string;
  edges: string[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number | null;
}

const threadField = "commentsConnection";

function threadPage(cache: Cache, args: Args, key: string): ThreadPage {
  const edges = cache.resolve(key, "edges");
  const pageInfo = cache.resolve(key, "pageInfo");
  const info = typeof pageInfo === "string" ? pageInfo : null;
  const endCursor = info ? cache.resolve(info, "endCursor") : null;
  const total = cache.resolve(key, "totalCount");
  return {
    args,
    key,
    edges: Array.isArray(edges) ? (edges as (string | null)[]).filter((e) => e !== null) : [],
    endCursor: typeof endCursor === "string" ? endCursor : null,
    hasNextPage: info ? cache.resolve(info, "hasNextPage") !== false : true,
    totalCount: typeof total === "number" ? total : null,
  };
}

/**
 * The cached pages of a thread in its order: the first page, then the page asked for after its
 * end, and so on. Pages that follow no other (asked for from somewhere else) are left out.
 */
function threadPagesOf(cache: Cache, thread: Entity | string): ThreadPage[] {
  const pages = cache
    .inspectFields(thread)
    .filter((field) => field.fieldName === threadField)
    .flatMap((field) => {
      const key = cache.resolve(thread, field.fieldKey);
      return typeof key === "string" ? [threadPage(cache, field.arguments ?? {}, key)] : [];
    });
  const ordered: ThreadPage[] = [];
  let next = pages.find((page) => page.args.after == null && page.args.last == null);
  while (next && !ordered.includes(next)) {
    ordered.push(next);
    const end = next.endCursor;
    next = end ? pages.find((page) => page.args.after === end) : undefined;
  }
  return ordered;
}

/** The comment an edge holds, as its cache key. */
const nodeOf = (cache: Cache, edge: string) => cache.resolve(edge, "node") as string | null;

/**
 * A thread's pages read as one: every page loaded so far, in order, each comment once (where the
 * server's pages place it, when a live update put it in early), with the count of the whole
 * thread and whether more follow. A page that has not come yet is asked for from the API.
 */
const threadPagination: Resolver = (_parent, args, cache, info) => {
  const asked = cache.resolve(info.parentKey, info.fieldName, args);
  if (typeof asked !== "string") return undefined;
  const pages = threadPagesOf(cache, info.parentKey);
  const last = pages[pages.length - 1];
  if (!last) return undefined;
  const all = pages.flatMap((page) => page.edges);
  const lastIndex = new Map(all.map((edge, index) => [nodeOf(cache, edge), index]));
  const edges = all.filter((edge, index) => lastIndex.get(nodeOf(cache, edge)) === index);
  return {
    __typename: cache.resolve(asked, "__typename") as string,
    totalCount: last.totalCount ?? pages[0]?.totalCount ?? edges.length,
    edges,
    pageInfo: {
      __typename: "PageInfo",
      hasNextPage: last.hasNextPage,
      hasPreviousPage: false,
      startCursor: pages[0]?.edges[0]
        ? (cache.resolve(pages[0].edges[0], "cursor") as string)
        : null,
      endCursor: last.endCursor,
    },
  };
};

const resolvers: ResolverConfig = {
  Theme: { [threadField]: threadPagination },
  BlogPost: { [threadField]: threadPagination },
};

const Cache_ThemePage = graphql(`
  fragment Cache_ThemePage on Theme {
    id
    commentsConnection(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
`);

const Cache_PostPage = graphql(`
  fragment Cache_PostPage on BlogPost {
    id
    commentsConnection(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
`);

/** Writes a cached page of a thread again, with its comments and count as they now are. */
function writeThreadPage(
  cache: Cache,
  thread: Data,
  page: ThreadPage,
  comments: string[],
  totalCount: number,
) {
  const id = thread.id as string;
  const edges = comments.map((key, index) => {
    const edge = page.edges[index];
    const cursor = edge ? cache.resolve(edge, "cursor") : null;
    return {
      __typename: "CommentEdge" as const,
      cursor: typeof cursor === "string" ? cursor : "",
      node: { __typename: "Comment" as const, id: cache.resolve(key, "id") as string },
    };
  });
  const connection = {
    __typename: "CommentConnection" as const,
    totalCount,
    pageInfo: {
      __typename: "PageInfo" as const,
      hasNextPage: page.hasNextPage,
      endCursor: page.endCursor,
    },
    edges,
  };
  const variables = { first: page.args.first, after: page.args.after };
  if (thread.__typename === "BlogPost")
    cache.writeFragment(Cache_PostPage, { id, commentsConnection: connection }, variables);
  else cache.writeFragment(Cache_ThemePage, { id, commentsConnection: connection }, variables);
}

/**
 * A new comment joins its thread's pages: the viewer's own at the end of what is loaded, at once;
 * another's at the end when the end of the thread is loaded. Either way the thread counts it, so a
 * comment not yet loaded shows in how many remain.
 */
function addToThread(
  cache: Cache,
  thread: Entity | null,
  comment: Data | null | undefined,
): boolean {
  if (!thread || !comment) return false;
  const key = cache.keyOfEntity(comment);
  const pages = threadPagesOf(cache, thread);
  const last = pages[pages.length - 1];
  if (!key || !last) return false;
  if (pages.some((page) => page.edges.some((edge) => nodeOf(cache, edge) === key))) return false;
  const me = cache.resolve("Query", "me");
  const own = typeof me === "string" && cache.resolve(key, "author") === me;
  for (const page of pages) {
    const comments = page.edges.map((edge) => nodeOf(cache, edge) ?? "").filter(Boolean);
    const joins = page === last && (own || !last.hasNextPage);
    writeThreadPage(
      cache,
      thread as Data,
      page,
      joins ? [...comments, key] : comments,
      (page.totalCount ?? comments.length) + 1,
    );
  }
  return true;
}

/** Drops every cached page of a thread, so that the page asks for its first page again. */
function invalidateThread(cache: Cache, thread: Entity | null) {
  if (!thread) return;
  for (const field of cache.inspectFields(thread))
    if (field.fieldName === threadField || field.fieldName === "comments")
      cache.invalidate(thread, field.fieldName, field.arguments);
}

/**
 * A blog post's count of comments (neither deleted nor hidden), as the API counts them, from its
 * thread once the whole thread is in the cache; until then a new comment adds one, and a change
 * (a hide, a deletion) has the count asked for again.
 */
function recountPost(cache: Cache, thread: Entity, added: boolean) {
  if (typeof thread === "string" || thread?.__typename !== "BlogPost") return;
  const current = cache.resolve(thread, "commentCount");
  if (typeof current !== "number") return;
  const pages = threadPagesOf(cache, thread);
  const last = pages[pages.length - 1];
  const comments = [
    ...new Set(pages.flatMap((page) => page.edges.map((edge) => nodeOf(cache, edge)))),
  ];
  if (!last || last.hasNextPage || comments.length < (last.totalCount ?? 0)) {
    if (added)
      cache.writeFragment(Cache_PostCount, { id: thread.id as string, commentCount: current + 1 });
    else cache.invalidate(thread, "commentCount");
    return;
  }
  let count = 0;
  for (const key of comments) {
    const comment = key ? cache.readFragment(Cache_Visible, key) : null;
    if (!comment) return;
    if (!comment.deleted && !comment.hidden) count += 1;
  }
  cache.writeFragment(Cache_PostCount, { id: thread.id as string, commentCount: count });
}

const Cache_QuestionOrder = graphql(`
  fragment Cache_QuestionOrder on MeetingQuestion {
    id
    voteCount
    createdAt
  }
`);

const Cache_SpeakerStatus = graphql(`
  fragment Cache_SpeakerStatus on MeetingSpeaker {
    id
    status
    mine
  }
`);

const Cache_NotificationMail = graphql(`
  fragment Cache_NotificationMail on Person {
    id
    notificationMail
  }
`);

/** The Q&A in the API's order: most votes first, then the oldest. */
function sortQuestions(cache: Cache, meeting: string) {
  const list = cachedList(cache, meeting, "questions");
  if (!list) return;
  const rows = list.map((key) => ({ key, q: cache.readFragment(Cache_QuestionOrder, key) }));
  if (rows.some((row) => row.q === null)) return;
  const sorted = [...rows].sort(
    (a, b) =>
      (b.q?.voteCount ?? 0) - (a.q?.voteCount ?? 0) ||
      (a.q?.createdAt ?? "").localeCompare(b.q?.createdAt ?? ""),
  );
  if (sorted.some((row, i) => row.key !== rows[i]?.key))
    cache.link(
      meeting,
      "questions",
      sorted.map((row) => row.key),
    );
}

/** The speaker list holds who speaks and who waits: anyone done or withdrawn leaves it. */
function pruneSpeakers(cache: Cache, meeting: string | Entity) {
  const list = cachedList(cache, meeting, "speakerList");
  if (!list) return;
  const kept = list.filter((key) => {
    const status = cache.readFragment(Cache_SpeakerStatus, key)?.status;
    return status !== "DONE" && status !== "WITHDRAWN";
  });
  if (kept.length !== list.length) cache.link(meeting, "speakerList", kept);
}

const commentActivity = (result: DataFields, args: Args, cache: Cache) => {
  const event = result.commentActivity as {
    change: string;
    comment: Data | null;
  } | null;
  const thread = threadOf(args as { themeId?: Id; postId?: Id });
  if (!event || !thread) return;
  if (event.change === "RESYNC") {
    // Changes may have been missed: the thread, its state and the person's block are read again.
    cache.invalidate(thread);
    cache.invalidate("Query", "myWritingBlock");
    return;
  }
  // The comment itself is already updated by its fragment; a new one joins its thread.
  if (event.change === "AGREEMENT") return;
  const added = event.change === "CREATED" && addToThread(cache, thread, event.comment);
  recountPost(cache, thread, added);
};

const meetingLiveActivity = (result: DataFields, args: Args, cache: Cache) => {
  const event = result.meetingLiveActivity as {
    change: string;
    questionId: string | null;
    question: Data | null;
  } | null;
  const meeting = entity("Meeting", args.meetingId as Id);
  if (!event || !meeting) return;
  const key = cache.keyOfEntity(meeting);
  if (!key) return;
  switch (event.change) {
    case "RESYNC":
      // Changes may have been missed: the Q&A, the speaker list and their state are read again.
      cache.invalidate(meeting, "questions");
      cache.invalidate(meeting, "speakerList");
      cache.invalidate(meeting, "questionsOpen");
      cache.invalidate(meeting, "speakerListOpen");
      return;
    case "QUESTION_WITHDRAWN": {
      const question = entity("MeetingQuestion", event.questionId);
      if (question) removeFromMeetings(cache, "questions", question);
      return;
    }
    case "QUESTION_ASKED":
    case "QUESTION_CHANGED":
    case "VOTES": {
      const question = entity("MeetingQuestion", event.questionId);
      if (event.question) append(cache, meeting, "questions", event.question);
      // A question the reader may no longer see (such as another's, rejected) leaves the list;
      // votes change no one's view of a question.
      else if (question && event.change !== "VOTES")
        removeFromMeetings(cache, "questions", question);
      sortQuestions(cache, key);
      return;
    }
    default:
      // SPEAKERS and STATE: the event's meeting carries the speaker list and the state.
      pruneSpeakers(cache, key);
  }
};

const updates: UpdatesConfig = {
  Subscription: { commentActivity, meetingLiveActivity },
  Mutation: {
    saveQuarterlyReportSummary(result, _args, cache) {
      if (succeeded(result, "saveQuarterlyReportSummary"))
        invalidateRoot(cache, "quarterlyReports");
    },
    markQuarterlyReportSent(result, _args, cache) {
      if (succeeded(result, "markQuarterlyReportSent")) invalidateRoot(cache, "quarterlyReports");
    },
    writeComment(result, args, cache) {
      const comment = success(result, "writeComment")?.data as Data | undefined;
      const thread = threadOf(args.input as { themeId?: Id; postId?: Id });
      if (!comment || !thread) return;
      recountPost(cache, thread, addToThread(cache, thread, comment));
    },
    agreeWithComment(result, args, cache) {
      if (!succeeded(result, "agreeWithComment")) return;
      const comment = cache.readFragment(Cache_Agreement, `Comment:${args.id as string}`);
      const agree = args.agree === true;
      if (!comment || comment.agreedByMe === agree) return;
      cache.writeFragment(Cache_Agreement, {
        ...comment,
        agreedByMe: agree,
        agreeCount: Math.max(0, comment.agreeCount + (agree ? 1 : -1)),
      });
    },
    deleteComment(result, args, cache) {
      if (result.deleteComment !== true) return;
      cache.writeFragment(Cache_Deleted, {
        id: args.id as string,
        deleted: true,
        body: null,
        bodyHtml: null,
        viewerCanAgree: false,
        viewerCanEdit: false,
        viewerCanDelete: false,
        viewerCanReport: false,
      });
    },
    reportComment(result, args, cache) {
      if (!succeeded(result, "reportComment")) return;
      cache.writeFragment(Cache_Reported, {
        id: args.id as string,
        reportedByMe: true,
        viewerCanReport: false,
      });
      invalidateModeration(cache);
    },
    approveOrganisationPosition(result, args, cache) {
      if (!succeeded(result, "approveOrganisationPosition")) return;
      cache.writeFragment(Cache_Position, {
        id: args.id as string,
        isOrganisationPosition: true,
        positionAwaitingApproval: false,
        viewerCanApprovePosition: false,
      });
    },
    lockTheme(result, args, cache) {
      const theme = entity("Theme", args.themeId as Id);
      // Whether anyone may agree with a comment follows the lock: the thread is read again.
      if (success(result, "lockTheme")) invalidateThread(cache, theme);
    },
    lockBlogPost(result, args, cache) {
      const post = entity("BlogPost", args.postId as Id);
      if (success(result, "lockBlogPost")) invalidateThread(cache, post);
    },
    hideComment(_result, _args, cache) {
      invalidateModeration(cache);
    },
    restoreComment(_result, _args, cache) {
      invalidateModeration(cache);
    },
    dismissReports(_result, _args, cache) {
      invalidateModeration(cache);
    },

    askQuestion(result, args, cache) {
      const question = success(result, "askQuestion")?.data as Data | undefined;
      const meeting = entity("Meeting", (args.input as { meetingId?: Id }).meetingId);
      append(cache, meeting, "questions", question);
      if (meeting) sortQuestions(cache, cache.keyOfEntity(meeting) ?? "");
    },
    withdrawQuestion(result, args, cache) {
      const question = entity("MeetingQuestion", args.id as Id);
      if (succeeded(result, "withdrawQuestion") && question)
        removeFromMeetings(cache, "questions", question);
    },
    voteForQuestion(result, _args, cache) {
      if (!succeeded(result, "voteForQuestion")) return;
      for (const meeting of cachedMeetings(cache)) sortQuestions(cache, meeting);
    },
    askToSpeak(result, args, cache) {
      const speaker = success(result, "askToSpeak")?.data as Data | undefined;
      append(
        cache,
        entity("Meeting", (args.input as { meetingId?: Id }).meetingId),
        "speakerList",
        speaker,
      );
    },
    withdrawFromSpeakerList(result, args, cache) {
      const meeting = entity("Meeting", args.meetingId as Id);
      if (!meeting || !succeeded(result, "withdrawFromSpeakerList")) return;
      const list = cachedList(cache, meeting, "speakerList");
      if (!list) return;
      cache.link(
        meeting,
        "speakerList",
        list.filter((key) => {
          const speaker = cache.readFragment(Cache_SpeakerStatus, key);
          return !(speaker?.mine && speaker.status === "WAITING");
        }),
      );
    },
    giveFloorToNextSpeaker(_result, args, cache) {
      // Whoever spoke before is done: the list as it is now comes with the live update.
      const meeting = entity("Meeting", args.meetingId as Id);
      if (meeting) pruneSpeakers(cache, meeting);
    },
    finishSpeaker(_result, _args, cache) {
      for (const meeting of cachedMeetings(cache)) pruneSpeakers(cache, meeting);
    },
    removeSpeaker(_result, _args, cache) {
      for (const meeting of cachedMeetings(cache)) pruneSpeakers(cache, meeting);
    },

    registerForMeeting(result, args, cache) {
      const registration = success(result, "registerForMeeting")?.data as Data | undefined;
      const meeting = entity("Meeting", args.meetingId as Id);
      if (!registration || !meeting) return;
      cache.link(meeting, "myRegistration", registration);
      invalidateRoot(cache, "myMeetings");
    },
    cancelMeetingRegistration(result, args, cache) {
      const meeting = entity("Meeting", args.meetingId as Id);
      if (!meeting || !success(result, "cancelMeetingRegistration")) return;
      // A withdrawn registration is no longer the person's (myRegistration is null).
      cache.link(meeting, "myRegistration", null);
      invalidateRoot(cache, "myMeetings");
    },
    pickSeminar(_result, _args, cache) {
      invalidateRoot(cache, "myMeetings");
    },
    unpickSeminar(_result, _args, cache) {
      invalidateRoot(cache, "myMeetings");
    },
    createMeeting(result, _args, cache) {
      if (!success(result, "createMeeting")) return;
      invalidateRoot(cache, "meetings");
    },
    // The lists of meetings are filtered and ordered by status and time, which these change.
    cancelMeeting(result, _args, cache) {
      if (!success(result, "cancelMeeting")) return;
      invalidateRoot(cache, "meetings");
      invalidateRoot(cache, "myMeetings");
    },
    publishMeeting(result, _args, cache) {
      if (success(result, "publishMeeting")) invalidateRoot(cache, "meetings");
    },
    markMeetingHeld(result, _args, cache) {
      if (success(result, "markMeetingHeld")) invalidateRoot(cache, "meetings");
    },
    updateMeeting(result, _args, cache) {
      if (!success(result, "updateMeeting")) return;
      invalidateRoot(cache, "meetings");
      invalidateRoot(cache, "myMeetings");
    },
    createConferenceSlot(result, args, cache) {
      if (!success(result, "createConferenceSlot")) return;
      const conference = entity("Meeting", args.conferenceId as Id);
      if (conference) cache.invalidate(conference, "programme");
    },
    removeConferenceSlot(result, args, cache) {
      const slot = entity("ConferenceSlot", args.slotId as Id);
      if (slot && succeeded(result, "removeConferenceSlot")) cache.invalidate(slot);
    },
    removeMeetingDocument(result, args, cache) {
      const document = entity("MeetingDocument", args.id as Id);
      if (document && result.removeMeetingDocument === true) cache.invalidate(document);
    },

    // A finding's status and content choose which lists and counts hold it, and in what order.
    createFinding(result, args, cache) {
      if (!success(result, "createFinding")) return;
      invalidateFindings(cache, (args.input as { visitId?: Id }).visitId);
    },
    updateFinding(result, args, cache) {
      if (!success(result, "updateFinding")) return;
      invalidateFindings(cache, (args.input as { visitId?: Id }).visitId);
    },
    submitFindingForReview(result, _args, cache) {
      if (success(result, "submitFindingForReview")) invalidateFindings(cache);
    },
    returnFindingToDraft(result, _args, cache) {
      if (success(result, "returnFindingToDraft")) invalidateFindings(cache);
    },
    publishFinding(result, _args, cache) {
      if (success(result, "publishFinding")) invalidateFindings(cache);
    },
    unpublishFinding(result, _args, cache) {
      if (success(result, "unpublishFinding")) invalidateFindings(cache);
    },

    // A new status moves a commitment between the lists a status filter chooses.
    recordCommitmentStatus(result, _args, cache) {
      if (!success(result, "recordCommitmentStatus")) return;
      invalidateRoot(cache, "commitments");
      invalidateRoot(cache, "commitmentCount");
    },

    createBlogPost(result, _args, cache) {
      if (success(result, "createBlogPost")) invalidateRoot(cache, "blogPosts");
    },
    createOrganisation(result, _args, cache) {
      if (!success(result, "createOrganisation")) return;
      invalidateRoot(cache, "organisations");
      invalidateRoot(cache, "organisationsConnection");
    },
    invitePerson(result, args, cache) {
      if (!success(result, "invitePerson")) return;
      cache.invalidate("Query", "invitations");
      invalidateRoot(cache, "invitationsConnection");
      const organisation = entity(
        "Organisation",
        (args.input as { organisationId?: Id }).organisationId,
      );
      if (!organisation) return;
      cache.invalidate(organisation, "invitations");
      invalidateAll(cache, organisation, "invitationsConnection");
    },
    revokeInvitation(result, args, cache) {
      const invitation = entity("Invitation", args.id as Id);
      if (invitation && result.revokeInvitation === true) cache.invalidate(invitation, "revokedAt");
    },
    addMember(result, args, cache) {
      const organisation = entity("Organisation", args.organisationId as Id);
      if (!organisation || !succeeded(result, "addMember")) return;
      cache.invalidate(organisation, "members");
      invalidateAll(cache, organisation, "membersConnection");
    },
    removeMember(result, args, cache) {
      const organisation = entity("Organisation", args.organisationId as Id);
      if (!organisation || !succeeded(result, "removeMember")) return;
      cache.invalidate(organisation, "members");
      invalidateAll(cache, organisation, "membersConnection");
      const person = entity("Person", args.personId as Id);
      if (person) cache.invalidate(person, "memberships");
    },
    setMembershipRole(result, args, cache) {
      const organisation = entity("Organisation", args.organisationId as Id);
      if (!organisation || !succeeded(result, "setMembershipRole")) return;
      cache.invalidate(organisation, "members");
      invalidateAll(cache, organisation, "membersConnection");
      const person = entity("Person", args.personId as Id);
      if (person) cache.invalidate(person, "memberships");
    },
    deletePerson(result, args, cache) {
      if (!succeeded(result, "deletePerson")) return;
      invalidateRoot(cache, "people");
      invalidateRoot(cache, "peopleConnection");
      const person = entity("Person", args.personId as Id);
      if (person) cache.invalidate(person);
    },
    actOnBehalfOf(result, _args, cache) {
      if (succeeded(result, "actOnBehalfOf")) cache.invalidate("Query", "currentSession");
    },

    markNotificationsRead(_result, args, cache) {
      cache.invalidate("Query", "unreadNotificationCount");
      const ids = args.ids as string[] | null | undefined;
      if (!ids) {
        invalidateRoot(cache, "myNotifications");
        invalidateRoot(cache, "myNotificationsConnection");
      } else
        for (const id of ids) {
          const notification = entity("Notification", id);
          if (notification) cache.invalidate(notification, "read");
        }
    },
    endSession(result, args, cache) {
      const session = entity("Session", args.id as Id);
      if (session && result.endSession === true) cache.invalidate(session);
    },
    signOutEverywhere(_result, _args, cache) {
      cache.invalidate("Query", "mySessions");
    },
    renewCalendarFeed(result, _args, cache) {
      if (result.renewCalendarFeed)
        cache.link("Query", "myCalendarFeed", result.renewCalendarFeed as Data);
    },
    setNotificationMail(result, _args, cache) {
      const me = cache.resolve("Query", "me");
      if (typeof me === "string" && typeof result.setNotificationMail === "string")
        cache.writeFragment(Cache_NotificationMail, {
          id: cache.resolve(me, "id") as string,
          notificationMail: result.setNotificationMail as "DAILY" | "IMMEDIATE" | "OFF",
        });
    },
  },
};

/** The normalized cache of one session's client (see urql.ts). */
export const portalCacheExchange = () => cacheExchange({ keys, possibleTypes, resolvers, updates });
