CREATE TYPE "comment_hidden_by" AS ENUM('reports', 'moderator');--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "hidden_by" "comment_hidden_by";--> statement-breakpoint
-- Reports hid a comment with the reason 'reported' and no moderator; such a hide keeps no reason.
UPDATE "comments" SET "hidden_by" = 'reports', "hidden_reason" = NULL WHERE "hidden_at" IS NOT NULL AND "hidden_reason" = 'reported' AND "hidden_by_id" IS NULL;--> statement-breakpoint
-- Every other hidden comment was hidden by a moderator (whose account may have been erased since).
UPDATE "comments" SET "hidden_by" = 'moderator' WHERE "hidden_at" IS NOT NULL AND "hidden_by" IS NULL;--> statement-breakpoint
UPDATE "comments" SET "hidden_reason" = NULL WHERE "hidden_at" IS NULL AND "hidden_reason" IS NOT NULL;--> statement-breakpoint
-- A notification of a hide by reports carries no reason either.
UPDATE "notifications" SET "reason" = NULL WHERE "kind" = 'comment_hidden' AND "reason" = 'reported';--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_hidden_by" CHECK (("hidden_at" is null) = ("hidden_by" is null) and ("hidden_by" is distinct from 'reports' or "hidden_reason" is null));
