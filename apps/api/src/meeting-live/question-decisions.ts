import { schema } from "@kraftsamling/db";
import { and, eq, ne } from "drizzle-orm";
import { recordAudit } from "../audit";
import type { Context } from "../context";
import { checkReason } from "../dialogue/moderation";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";

export type Question = typeof schema.meetingQuestions.$inferSelect;

/** A question by id; NOT_FOUND when there is none. */
export async function questionOf(ctx: Context, id: string | number): Promise<Question> {
  const questionId = uuidOrNull(id);
  const question = questionId
    ? await ctx.database.db.query.meetingQuestions.findFirst({ where: { id: questionId } })
    : undefined;
  if (!question) throw new InputError("NOT_FOUND", "There is no such question.", "id");
  return question;
}

/** The question as it is now, or undefined when it was not found (for authorization). */
export async function questionOrNothing(ctx: Context, id: string | number) {
  const questionId = uuidOrNull(id);
  return questionId
    ? ctx.database.db.query.meetingQuestions.findFirst({ where: { id: questionId } })
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

/** Changes a question as a moderator, with its entry in the audit log, in one transaction. */
async function moderate(
  ctx: Context,
  question: Question,
  action: string,
  change: Partial<Question>,
  after: Record<string, unknown> = {},
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    // Pinning another question takes the pin from the meeting's current one first.
    if (change.pinned) {
      await tx
        .update(schema.meetingQuestions)
        .set({ pinned: false, updatedAt: new Date() })
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
      .set({ ...change, updatedAt: new Date() })
      .where(eq(schema.meetingQuestions.id, question.id));
    await recordAudit(
      ctx,
      {
        action: `moderation.question.${action}`,
        subjectType: "meetingQuestion",
        subjectId: question.id,
        before: { status: question.status, pinned: question.pinned },
        after: { meetingId: question.meetingId, ...after },
      },
      tx,
    );
  });
}

export async function approveQuestion(ctx: Context, question: Question): Promise<void> {
  refuseAnswered(question);
  if (question.status === "approved") return;
  await moderate(ctx, question, "approve", {
    status: "approved",
    rejectionReason: null,
    decidedAt: new Date(),
    decidedById: ctx.viewer?.personId ?? null,
  });
}

export async function rejectQuestion(
  ctx: Context,
  question: Question,
  reason: string | null | undefined,
): Promise<void> {
  const text = reason?.trim() ? checkReason(reason) : null;
  refuseAnswered(question);
  await moderate(
    ctx,
    question,
    "reject",
    {
      status: "rejected",
      pinned: false,
      rejectionReason: text,
      decidedAt: new Date(),
      decidedById: ctx.viewer?.personId ?? null,
    },
    { reason: text },
  );
}

/** Pins the question the meeting is answering now; another pinned question of it is unpinned. */
export async function pinQuestion(ctx: Context, question: Question): Promise<void> {
  requireApproved(question, "pinned");
  if (question.pinned) return;
  await moderate(ctx, question, "pin", { pinned: true });
}

export async function unpinQuestion(ctx: Context, question: Question): Promise<void> {
  if (!question.pinned) return;
  await moderate(ctx, question, "unpin", { pinned: false });
}

/** Marks the question answered: it leaves the queue and its pin. */
export async function markQuestionAnswered(ctx: Context, question: Question): Promise<void> {
  if (question.status === "answered") return;
  requireApproved(question, "marked answered");
  await moderate(ctx, question, "answer", {
    status: "answered",
    pinned: false,
    answeredAt: new Date(),
  });
}
