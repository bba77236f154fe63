CREATE TYPE "commitment_kind" AS ENUM('proposal', 'action_area', 'action_item', 'stability_factor');--> statement-breakpoint
CREATE TYPE "commitment_status" AS ENUM('proposed', 'decided', 'being_prepared', 'under_way', 'reported', 'done');--> statement-breakpoint
CREATE TYPE "respondent_role" AS ENUM('socialsekreterare', 'arbetsledare', 'chef', 'other');--> statement-breakpoint
CREATE TYPE "survey_import_status" AS ENUM('running', 'refused', 'imported');--> statement-breakpoint
CREATE TYPE "survey_round" AS ENUM('before_visit_1', 'before_visit_2');--> statement-breakpoint
CREATE TABLE "commitment_findings" (
	"commitment_id" uuid,
	"finding_id" uuid,
	CONSTRAINT "commitment_findings_pkey" PRIMARY KEY("commitment_id","finding_id")
);
--> statement-breakpoint
CREATE TABLE "commitment_meetings" (
	"commitment_id" uuid,
	"meeting_id" uuid,
	CONSTRAINT "commitment_meetings_pkey" PRIMARY KEY("commitment_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "commitment_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"commitment_id" uuid NOT NULL,
	"status" "commitment_status" NOT NULL,
	"changed_on" date NOT NULL,
	"date_assumed" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL,
	"kind" "commitment_kind" NOT NULL,
	"number" smallint NOT NULL,
	"parent_id" uuid,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"actor" text NOT NULL,
	"status" "commitment_status" NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measurement_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1,
	"respondent_retention_days" integer DEFAULT 365 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurement_settings_one_row" CHECK ("id" = 1),
	CONSTRAINT "measurement_settings_retention" CHECK ("respondent_retention_days" between 1 and 3650)
);
--> statement-breakpoint
CREATE TABLE "survey_cells" (
	"survey_id" uuid NOT NULL,
	"grouping" text NOT NULL,
	"key1" text DEFAULT '' NOT NULL,
	"key2" text DEFAULT '' NOT NULL,
	"n" integer NOT NULL,
	"mean" double precision NOT NULL,
	"median" double precision NOT NULL,
	"q1" double precision NOT NULL,
	"q3" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"status" "survey_import_status" DEFAULT 'running'::"survey_import_status" NOT NULL,
	"name" text NOT NULL,
	"file_sha256" char(64),
	"rows_read" integer DEFAULT 0 NOT NULL,
	"problems" jsonb,
	"survey_id" uuid,
	"started_by_id" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "survey_respondents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"survey_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"municipality_code" char(4) NOT NULL,
	"role" "respondent_role" NOT NULL,
	"direct_share" double precision NOT NULL,
	"documentation_share" double precision NOT NULL,
	"administration_share" double precision NOT NULL,
	"travel_share" double precision NOT NULL,
	"other_share" double precision NOT NULL,
	CONSTRAINT "survey_respondents_shares" CHECK (abs("direct_share" + "documentation_share" + "administration_share" + "travel_share" + "other_share" - 1) < 0.0001)
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"round" "survey_round" NOT NULL,
	"file_sha256" char(64) NOT NULL,
	"respondent_count" integer NOT NULL,
	"imported_by_id" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"respondents_deleted_at" timestamp with time zone,
	"invented" boolean DEFAULT false NOT NULL,
	CONSTRAINT "surveys_period" CHECK ("period_start" <= "period_end")
);
--> statement-breakpoint
CREATE TABLE "quarterly_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"year" smallint NOT NULL,
	"quarter" smallint NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"sent_on" date,
	"sent_content" jsonb,
	"updated_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quarterly_reports_quarter" CHECK ("quarter" between 1 and 4),
	CONSTRAINT "quarterly_reports_sent" CHECK (("sent_on" is null) = ("sent_content" is null))
);
--> statement-breakpoint
CREATE INDEX "commitment_findings_finding_idx" ON "commitment_findings" ("finding_id");--> statement-breakpoint
CREATE INDEX "commitment_meetings_meeting_idx" ON "commitment_meetings" ("meeting_id");--> statement-breakpoint
CREATE INDEX "commitment_status_changes_commitment_idx" ON "commitment_status_changes" ("commitment_id","changed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "commitments_slug_key" ON "commitments" ("slug");--> statement-breakpoint
CREATE INDEX "commitments_kind_idx" ON "commitments" ("kind","number");--> statement-breakpoint
CREATE INDEX "commitments_parent_idx" ON "commitments" ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_cells_key" ON "survey_cells" ("survey_id","grouping","key1","key2");--> statement-breakpoint
CREATE INDEX "survey_imports_started_idx" ON "survey_imports" ("started_at");--> statement-breakpoint
CREATE INDEX "survey_respondents_survey_idx" ON "survey_respondents" ("survey_id","row_number");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_file_key" ON "surveys" ("file_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "quarterly_reports_quarter_key" ON "quarterly_reports" ("year","quarter");--> statement-breakpoint
ALTER TABLE "commitment_findings" ADD CONSTRAINT "commitment_findings_commitment_id_commitments_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "commitment_findings" ADD CONSTRAINT "commitment_findings_finding_id_findings_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "commitment_meetings" ADD CONSTRAINT "commitment_meetings_commitment_id_commitments_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "commitment_meetings" ADD CONSTRAINT "commitment_meetings_meeting_id_meetings_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "commitment_status_changes" ADD CONSTRAINT "commitment_status_changes_commitment_id_commitments_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "commitment_status_changes" ADD CONSTRAINT "commitment_status_changes_recorded_by_id_people_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_parent_id_commitments_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "commitments"("id");--> statement-breakpoint
ALTER TABLE "survey_cells" ADD CONSTRAINT "survey_cells_survey_id_surveys_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "survey_imports" ADD CONSTRAINT "survey_imports_survey_id_surveys_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "survey_imports" ADD CONSTRAINT "survey_imports_started_by_id_people_id_fkey" FOREIGN KEY ("started_by_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "survey_respondents" ADD CONSTRAINT "survey_respondents_survey_id_surveys_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "survey_respondents" ADD CONSTRAINT "survey_respondents_municipality_code_municipalities_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code");--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_imported_by_id_people_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "quarterly_reports" ADD CONSTRAINT "quarterly_reports_updated_by_id_people_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
INSERT INTO "measurement_settings" ("id") VALUES (1);
