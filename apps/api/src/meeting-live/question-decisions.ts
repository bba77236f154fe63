import { type Db, schema } from "@kraftsamling/db";
import { and, eq, ne } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { checkReason } from "../moderation/rules";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";

export type Question = typeof schema.meetingQuestions.$inferSelect;

/** A question by id; NOT_FOUND when there is none. */
export async function questionOf(db: Db, id: string | number): Promise<Question> {
  const question = await questionOrNothing(db, id);
  if (!question) throw new InputError("NOT_FOUND", "There is no such question.", "id");
  return question;
}

/** The question as it is now, or undefined when it was not found (for authorization). */
export async function questionOrNothing(db: Db, id: string | number) {
  const questionId = uuidOrNull(id);
  return questionId
    ? db.query.meetingQuestions.findFirst({ where: { id: questionId } })
    : undefined;
}

function refuseAnswered(question: Question): void {
  if (question.status === "answered")
    throw new InputError("ALREADY_ANSWERED", "The question is already answered.", "id");
}

function requireApproved(question: Question, what: string): void {
  if (question.status !== "approved") {
    throw new InputError(
      "NOT_APPROVED",
      `Only an approved question that is not answered yet can be ${what}.`,
      "id",
    );
  }
}

/** One moderator's decision: who decides, and when. */
export interface Decision {
  moderator: Viewer;
  now: Date;
}

/** Changes a question as a moderator, with its entry in the audit log, in one transaction. */
async function moderate(
  db: Db,
  { moderator, now }: Decision,
  question: Question,
  action: string,
  change: Partial<Question>,
  after: Record<string, unknown> = {},
): Promise<void> {
  await db.transaction(async (tx) => {
    // Pinning another question takes the pin from the meeting's current one first.
    if (change.pinned) {
      await tx
        .update(schema.meetingQuestions)
        .set({ pinned: false, updatedAt: now })
        .where(
          and(
            eq(schema.meetingQuestions.meetingId, question.meetingId),
            eq(schema.meetingQuestions.pinned, true),
            ne(schema.meetingQuestions.id, question.id),
          ),
        );
    }
    await tx
      .update(schema.meetingQuestions)
      .set({ ...change, updatedAt: now })
      .where(eq(schema.meetingQuestions.id, question.id));
    await recordAudit(tx, moderator, {
      action: `moderation.question.${action}`,
      subjectType: "meetingQuestion",
      subjectId: question.id,
      before: { status: question.status, pinned: question.pinned },
      after: { meetingId: question.meetingId, ...after },
    });
  });
}

export async function approveQuestion(db: Db, decision: Decision, question: Question) {
  refuseAnswered(question);
  if (question.status === "approved") return;
  await moderate(db, decision, question, "approve", {
    status: "approved",
    rejectionReason: null,
    decidedAt: decision.now,
    decidedById: decision.moderator.personId,
  });
}

export async function rejectQuestion(
  db: Db,
  decision: Decision,
  question: Question,
  reason: string | null | undefined,
): Promise<void> {
  const text = reason?.trim() ? checkReason(reason) : null;
  refuseAnswered(question);
  await moderate(
    db,
    decision,
    question,
    "reject",
    {
      status: "rejected",
      pinned: false,
      rejectionReason: text,
      decidedAt: decision.now,
      decidedById: decision.moderator.personId,
    },
    { reason: text },
  );
}

/** Pins the question the meeting is answering now; another pinned question of it is unpinned. */
export async function pinQuestion(db: Db, decision: Decision, question: Question) {
  requireApproved(question, "pinned");
  if (question.pinned) return;
  await moderate(db, decision, question, "pin", { pinned: true });
}

export async function unpinQuestion(db: Db, decision: Decision, question: Question) {
  if (!question.pinned) return;
  await moderate(db, decision, question, "unpin", { pinned: false });
}

/** Marks the question answered: it leaves the queue and its pin. */
export async function markQuestionAnswered(db: Db, decision: Decision, question: Question) {
  if (question.status === "answered") return;
  requireApproved(question, "marked answered");
  await moderate(db, decision, question, "answer", {
    status: "answered",
    pinned: false,
    answeredAt: decision.now,
  });
}
