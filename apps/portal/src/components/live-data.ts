import { graphql } from "../graphql";

/**
 * What a question shows in the Q&A. The pages' queries, the mutations that return a question and
 * the meeting's live updates all select it, so that each fills the same cached question. What the
 * reader may do with it comes from the API (viewerCan…).
 */
export const QuestionItem_Question = graphql(`
  fragment QuestionItem_Question on MeetingQuestion {
    id
    body
    status
    pinned
    voteCount
    votedByMe
    mine
    formerParticipant
    rejectionReason
    createdAt
    viewerCanVote
    viewerCanModerate
    author {
      id
      name
    }
    organisation {
      id
      name
    }
  }
`);

/** One place on the speaker list. */
export const SpeakerList_Entry = graphql(`
  fragment SpeakerList_Entry on MeetingSpeaker {
    id
    status
    mine
    person {
      id
      name
    }
    organisation {
      id
      name
    }
  }
`);

/** Whether the Q&A and the speaker list are open, and the speaker list as it is now. */
export const LiveMeeting_State = graphql(
  `
    fragment LiveMeeting_State on Meeting {
      id
      questionsOpen
      speakerListOpen
      speakerList {
        id
        ...SpeakerList_Entry
      }
    }
  `,
  [SpeakerList_Entry],
);
