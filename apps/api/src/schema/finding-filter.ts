import { builder } from "../builder";
import type { Context } from "../context";
import { checkFindingReferences, type FindingFilter } from "../findings/filter";
import { findingAudience } from "../findings/service";
import { FindingKind, FindingSource, FindingStatus } from "./enums";

/** Which findings to count or list: each list is "any of", the lists together "all of". */
export const FindingFilterInput = builder.inputType("FindingFilter", {
  description:
    "Which findings: each list matches any of its values, and every list given must match. Left out, a list does not filter; an empty list matches nothing.",
  fields: (t) => ({
    themeIds: t.idList({
      required: false,
      description: "About any of these themes; an id no theme has is refused (NOT_FOUND).",
    }),
    countyCodes: t.stringList({
      required: false,
      description: "Two-digit county codes (länskod).",
    }),
    groupCodes: t.stringList({ required: false, description: "SKR municipality groups, A1 … C9." }),
    municipalityCodes: t.stringList({
      required: false,
      description: "Four-digit municipality codes.",
    }),
    phaseNumbers: t.intList({ required: false, description: "The mission's phases, 1–5." }),
    kinds: t.field({
      type: [FindingKind],
      required: false,
      description: "Challenges, good examples, or both.",
    }),
    sources: t.field({
      type: [FindingSource],
      required: false,
      description: "Where it was heard or read: a visit, a kind of meeting, a survey, research.",
    }),
    rounds: t.intList({
      required: false,
      description: "Heard at a visit of round 1 (autumn 2015) or 2 (spring 2016).",
    }),
    search: t.string({
      required: false,
      description: 'Words in the title or text, matched in Swedish ("barnen" finds "barn").',
    }),
    observedFrom: t.field({
      type: "Date",
      required: false,
      description:
        "Heard or read on this day or later (the finding's `observedOn`). Findings without that day are left out when either end is given.",
    }),
    observedTo: t.field({
      type: "Date",
      required: false,
      description: "Heard or read on this day or earlier (the finding's `observedOn`).",
    }),
    visitId: t.id({
      required: false,
      description:
        "From this visit (the coordinator's office; from anyone else, any id is refused as one no visit has, NOT_FOUND).",
    }),
    meetingId: t.id({
      required: false,
      description:
        "From this meeting; an id of no meeting the viewer may see (a draft is the coordinator's office's) is refused (NOT_FOUND).",
    }),
    statuses: t.field({
      type: [FindingStatus],
      required: false,
      description:
        "The coordinator's office only; everyone else sees published findings only, and asking for another status is refused (NOT_ALLOWED).",
    }),
  }),
});

type FindingFilterValue = typeof FindingFilterInput.$inferInput;

/** The GraphQL filter as the findings service takes it. */
function findingFilterOf(input: FindingFilterValue | null | undefined): FindingFilter {
  if (!input) return {};
  return {
    ...input,
    themeIds: input.themeIds?.map(String),
    visitId: input.visitId === null || input.visitId === undefined ? null : String(input.visitId),
    meetingId:
      input.meetingId === null || input.meetingId === undefined ? null : String(input.meetingId),
  };
}

/** Each filter's check, by the argument's value: a connection's page and its count share one. */
const checkedFilters = new WeakMap<FindingFilterValue, Promise<FindingFilter>>();

/**
 * The GraphQL filter as the findings service takes it, once the themes, the meeting and the visit it
 * names are ones the viewer may see (`checkFindingReferences`): the step every field that takes
 * the filter awaits before the service builds its condition.
 */
export function checkedFindingFilter(
  ctx: Context,
  input: FindingFilterValue | null | undefined,
): Promise<FindingFilter> {
  if (!input) return Promise.resolve({});
  let checked = checkedFilters.get(input);
  if (!checked) {
    const filter = findingFilterOf(input);
    checked = checkFindingReferences(ctx.database.db, filter, findingAudience(ctx.viewer)).then(
      () => filter,
    );
    checkedFilters.set(input, checked);
  }
  return checked;
}
