import { graphql } from "../graphql";

/**
 * What a comment shows in its thread. The thread's query, the mutations that return a comment and
 * the thread's live updates all select it, so that each fills the same cached comment.
 */
export const CommentItem_Comment = graphql(`
  fragment CommentItem_Comment on Comment {
    id
    depth
    body
    bodyHtml
    deleted
    createdAt
    editedAt
    formerParticipant
    author {
      id
      name
    }
    organisation {
      id
      name
    }
    isOrganisationPosition
    positionAwaitingApproval
    agreeCount
    agreedByMe
    hidden
    hiddenBy
    hiddenReason
    reportedByMe
    viewerCanAgree
    viewerCanEdit
    viewerCanDelete
    viewerCanReport
    viewerCanApprovePosition
    viewerCanModerate
    revisions {
      body
      replacedAt
    }
  }
`);

/** A comment in its place in the thread: the comment it answers, if any. */
export const CommentThread_Comment = graphql(
  `
    fragment CommentThread_Comment on Comment {
      id
      parentId
      ...CommentItem_Comment
    }
  `,
  [CommentItem_Comment],
);
