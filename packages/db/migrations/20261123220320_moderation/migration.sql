CREATE TYPE "comment_report_reason" AS ENUM('spam', 'offensive', 'personal_data', 'off_topic', 'other');--> statement-breakpoint
CREATE TABLE "comment_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"comment_id" uuid NOT NULL,
	"reporter_id" uuid,
	"reason" "comment_report_reason" NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "participant_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"person_id" uuid NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"blocked_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "hidden_reason" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "hidden_by_id" uuid;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "locked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "slow_mode_seconds" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "comment_reports_open_key" ON "comment_reports" ("comment_id","reporter_id") WHERE "resolved_at" is null;--> statement-breakpoint
CREATE INDEX "comment_reports_open_idx" ON "comment_reports" ("resolved_at","comment_id");--> statement-breakpoint
CREATE INDEX "participant_blocks_person_idx" ON "participant_blocks" ("person_id","until");--> statement-breakpoint
ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_comment_id_comments_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_reporter_id_people_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_hidden_by_id_people_id_fkey" FOREIGN KEY ("hidden_by_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "participant_blocks" ADD CONSTRAINT "participant_blocks_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "participant_blocks" ADD CONSTRAINT "participant_blocks_blocked_by_id_people_id_fkey" FOREIGN KEY ("blocked_by_id") REFERENCES "people"("id") ON DELETE SET NULL;