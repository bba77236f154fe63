CREATE TYPE "organisation_circle" AS ENUM('samarbete', 'samrad', 'bred_delaktighet');--> statement-breakpoint
CREATE TYPE "finding_source" AS ENUM('municipality_visit', 'meeting', 'survey', 'comment', 'other');--> statement-breakpoint
CREATE TYPE "finding_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "meeting_audience" AS ENUM('open', 'invited');--> statement-breakpoint
CREATE TYPE "meeting_kind" AS ENUM('national_dialogue', 'dialogue_meeting', 'hearing', 'round_table', 'webinar', 'regional_conference', 'seminar');--> statement-breakpoint
CREATE TYPE "meeting_status" AS ENUM('draft', 'published', 'cancelled', 'held');--> statement-breakpoint
CREATE TYPE "membership_role" AS ENUM('member', 'admin');--> statement-breakpoint
CREATE TYPE "organisation_kind" AS ENUM('kommun', 'region', 'myndighet', 'intresseorganisation', 'fackforbund', 'arbetsgivarorganisation', 'vardforetag', 'larosate', 'fou_miljo');--> statement-breakpoint
CREATE TYPE "portal_role" AS ENUM('coordinator', 'moderator', 'member', 'observer');--> statement-breakpoint
CREATE TYPE "proposal_status" AS ENUM('decided', 'in_preparation');--> statement-breakpoint
CREATE TYPE "theme_status" AS ENUM('open', 'closed', 'archived');--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"theme_id" uuid NOT NULL,
	"author_id" uuid,
	"organisation_id" uuid,
	"parent_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"title" text NOT NULL,
	"body" text NOT NULL,
	"source" "finding_source" NOT NULL,
	"status" "finding_status" DEFAULT 'draft'::"finding_status" NOT NULL,
	"theme_id" uuid,
	"meeting_id" uuid,
	"municipality_code" char(4),
	"recorded_by_id" uuid,
	"observed_on" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_organisations" (
	"meeting_id" uuid,
	"organisation_id" uuid,
	CONSTRAINT "meeting_organisations_pkey" PRIMARY KEY("meeting_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" "meeting_kind" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"city" text,
	"place" text,
	"address" text,
	"online_url" text,
	"capacity" integer,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"audience" "meeting_audience" DEFAULT 'open'::"meeting_audience" NOT NULL,
	"status" "meeting_status" DEFAULT 'draft'::"meeting_status" NOT NULL,
	"parent_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "phases" (
	"number" smallint PRIMARY KEY,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"responsible_body" text NOT NULL,
	"status" "proposal_status" NOT NULL,
	"report_due" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"phase_number" smallint,
	"status" "theme_status" DEFAULT 'open'::"theme_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"number" smallint NOT NULL,
	"text" text NOT NULL,
	"theme_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"person_id" uuid,
	"organisation_id" uuid,
	"role" "membership_role" DEFAULT 'member'::"membership_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_pkey" PRIMARY KEY("person_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" "organisation_kind" NOT NULL,
	"circle" "organisation_circle" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"municipality_code" char(4),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"email" text NOT NULL,
	"title" text,
	"role" "portal_role" DEFAULT 'member'::"portal_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counties" (
	"code" char(2) PRIMARY KEY,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"code" char(4) PRIMARY KEY,
	"name" text NOT NULL,
	"county_code" char(2) NOT NULL,
	"group_code" char(2) NOT NULL,
	"population" integer
);
--> statement-breakpoint
CREATE TABLE "municipality_groups" (
	"code" char(2) PRIMARY KEY,
	"name" text NOT NULL,
	"main_group_code" char(1) NOT NULL,
	"main_group_name" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "comments_theme_idx" ON "comments" ("theme_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_parent_idx" ON "comments" ("parent_id");--> statement-breakpoint
CREATE INDEX "findings_theme_idx" ON "findings" ("theme_id");--> statement-breakpoint
CREATE INDEX "findings_meeting_idx" ON "findings" ("meeting_id");--> statement-breakpoint
CREATE INDEX "findings_municipality_idx" ON "findings" ("municipality_code");--> statement-breakpoint
CREATE INDEX "findings_status_idx" ON "findings" ("status","published_at");--> statement-breakpoint
CREATE INDEX "meeting_organisations_org_idx" ON "meeting_organisations" ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_slug_key" ON "meetings" ("slug");--> statement-breakpoint
CREATE INDEX "meetings_starts_at_idx" ON "meetings" ("starts_at");--> statement-breakpoint
CREATE INDEX "meetings_parent_idx" ON "meetings" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_number_key" ON "proposals" ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "themes_slug_key" ON "themes" ("slug");--> statement-breakpoint
CREATE INDEX "themes_phase_idx" ON "themes" ("phase_number");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_questions_number_key" ON "visit_questions" ("number");--> statement-breakpoint
CREATE INDEX "visit_questions_theme_idx" ON "visit_questions" ("theme_id");--> statement-breakpoint
CREATE INDEX "memberships_organisation_idx" ON "memberships" ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_slug_key" ON "organisations" ("slug");--> statement-breakpoint
CREATE INDEX "organisations_circle_idx" ON "organisations" ("circle");--> statement-breakpoint
CREATE UNIQUE INDEX "people_email_key" ON "people" (lower("email"));--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_theme_id_themes_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "themes"("id");--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_people_id_fkey" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_organisation_id_organisations_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "comments"("id");--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_theme_id_themes_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "themes"("id");--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_meeting_id_meetings_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_municipality_code_municipalities_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code");--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_recorded_by_id_people_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "meeting_organisations" ADD CONSTRAINT "meeting_organisations_meeting_id_meetings_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_organisations" ADD CONSTRAINT "meeting_organisations_organisation_id_organisations_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_parent_id_meetings_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "meetings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_phase_number_phases_number_fkey" FOREIGN KEY ("phase_number") REFERENCES "phases"("number");--> statement-breakpoint
ALTER TABLE "visit_questions" ADD CONSTRAINT "visit_questions_theme_id_themes_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "themes"("id");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_municipality_code_municipalities_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code");--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_county_code_counties_code_fkey" FOREIGN KEY ("county_code") REFERENCES "counties"("code");--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_group_code_municipality_groups_code_fkey" FOREIGN KEY ("group_code") REFERENCES "municipality_groups"("code");