CREATE TYPE "finding_kind" AS ENUM('challenge', 'good_example');--> statement-breakpoint
ALTER TYPE "finding_status" ADD VALUE 'in_review' BEFORE 'published';--> statement-breakpoint
ALTER TYPE "finding_status" ADD VALUE 'unpublished';--> statement-breakpoint
CREATE TABLE "finding_themes" (
	"finding_id" uuid,
	"theme_id" uuid,
	CONSTRAINT "finding_themes_pkey" PRIMARY KEY("finding_id","theme_id")
);
--> statement-breakpoint
ALTER TABLE "findings" DROP CONSTRAINT "findings_theme_id_themes_id_fkey";--> statement-breakpoint
DROP INDEX "findings_theme_idx";--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "kind" "finding_kind" DEFAULT 'challenge'::"finding_kind" NOT NULL;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "phase_number" smallint;--> statement-breakpoint
UPDATE "findings" AS f SET "phase_number" = coalesce((SELECT t."phase_number" FROM "themes" t WHERE t."id" = f."theme_id"), (SELECT min("number") FROM "phases"), 1);--> statement-breakpoint
ALTER TABLE "findings" ALTER COLUMN "phase_number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "visit_id" uuid;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "revised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "unpublished_reason" text;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "invented" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "visit_selections" ADD COLUMN "invented" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "invented" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "findings" ALTER COLUMN "source" SET DATA TYPE text;--> statement-breakpoint
DROP TYPE "finding_source";--> statement-breakpoint
CREATE TYPE "finding_source" AS ENUM('visit', 'dialogue_meeting', 'hearing', 'round_table', 'webinar', 'survey', 'research');--> statement-breakpoint
-- The earlier sources map onto the new ones: a visit stays a visit, a meeting is named by its kind,
-- a comment was heard in the dialogue, and what was "other" is counted as research.
UPDATE "findings" AS f SET "source" = CASE f."source"
  WHEN 'municipality_visit' THEN 'visit'
  WHEN 'meeting' THEN coalesce((SELECT CASE m."kind"::text WHEN 'hearing' THEN 'hearing' WHEN 'round_table' THEN 'round_table' WHEN 'webinar' THEN 'webinar' ELSE 'dialogue_meeting' END FROM "meetings" m WHERE m."id" = f."meeting_id"), 'dialogue_meeting')
  WHEN 'survey' THEN 'survey'
  WHEN 'comment' THEN 'dialogue_meeting'
  ELSE 'research' END;--> statement-breakpoint
ALTER TABLE "findings" ALTER COLUMN "source" SET DATA TYPE "finding_source" USING "source"::"finding_source";--> statement-breakpoint
CREATE TABLE "finding_revisions" (
	"finding_id" uuid,
	"version" integer,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"kind" "finding_kind" NOT NULL,
	"source" "finding_source" NOT NULL,
	"phase_number" smallint NOT NULL,
	"theme_ids" uuid[] NOT NULL,
	"municipality_code" char(4),
	"visit_id" uuid,
	"meeting_id" uuid,
	"observed_on" date,
	"edited_by_id" uuid,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "finding_revisions_pkey" PRIMARY KEY("finding_id","version")
);
--> statement-breakpoint
INSERT INTO "finding_themes" ("finding_id", "theme_id") SELECT "id", "theme_id" FROM "findings" WHERE "theme_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "findings" DROP COLUMN "theme_id";--> statement-breakpoint
ALTER TABLE "findings" ALTER COLUMN "observed_on" SET DATA TYPE date USING ("observed_on" AT TIME ZONE 'Europe/Stockholm')::date;--> statement-breakpoint
INSERT INTO "finding_revisions" ("finding_id", "version", "title", "body", "kind", "source", "phase_number", "theme_ids", "municipality_code", "visit_id", "meeting_id", "observed_on", "edited_by_id", "edited_at")
  SELECT f."id", 1, f."title", f."body", f."kind", f."source", f."phase_number", coalesce((SELECT array_agg(ft."theme_id") FROM "finding_themes" ft WHERE ft."finding_id" = f."id"), '{}'), f."municipality_code", f."visit_id", f."meeting_id", f."observed_on", f."recorded_by_id", f."updated_at" FROM "findings" f;--> statement-breakpoint
CREATE INDEX "finding_themes_theme_idx" ON "finding_themes" ("theme_id","finding_id");--> statement-breakpoint
CREATE INDEX "findings_visit_idx" ON "findings" ("visit_id");--> statement-breakpoint
CREATE INDEX "findings_search_idx" ON "findings" USING gin (to_tsvector('swedish', "title" || ' ' || "body"));--> statement-breakpoint
ALTER TABLE "finding_revisions" ADD CONSTRAINT "finding_revisions_finding_id_findings_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "finding_revisions" ADD CONSTRAINT "finding_revisions_edited_by_id_people_id_fkey" FOREIGN KEY ("edited_by_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "finding_themes" ADD CONSTRAINT "finding_themes_finding_id_findings_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "finding_themes" ADD CONSTRAINT "finding_themes_theme_id_themes_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "themes"("id");--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_phase_number_phases_number_fkey" FOREIGN KEY ("phase_number") REFERENCES "phases"("number");--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_visit_id_visits_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_unpublished_reason" CHECK (("status"::text = 'unpublished') = ("unpublished_reason" is not null));