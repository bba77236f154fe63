CREATE TYPE "visit_pick_reason" AS ENUM('locked_in', 'only_in_county', 'covers_county', 'group_seat');--> statement-breakpoint
CREATE TYPE "visit_status" AS ENUM('planned', 'held', 'written_up');--> statement-breakpoint
CREATE TABLE "visit_answers" (
	"visit_id" uuid,
	"question_number" smallint,
	"answer" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_answers_pkey" PRIMARY KEY("visit_id","question_number")
);
--> statement-breakpoint
CREATE TABLE "visit_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"visit_id" uuid NOT NULL,
	"person_id" uuid,
	"organisation_id" uuid,
	"role" text,
	"position" smallint NOT NULL,
	CONSTRAINT "visit_participants_kind" CHECK (("person_id" is not null and "organisation_id" is null and "role" is null)
        or ("person_id" is null and "organisation_id" is not null)
        or ("person_id" is null and "organisation_id" is null and "role" is not null))
);
--> statement-breakpoint
CREATE TABLE "visit_selection_picks" (
	"selection_id" uuid,
	"municipality_code" char(4),
	"reason" "visit_pick_reason" NOT NULL,
	"seat" smallint NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "visit_selection_picks_pkey" PRIMARY KEY("selection_id","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "visit_selections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"size" smallint NOT NULL,
	"seed" integer NOT NULL,
	"locked_in" text[] DEFAULT '{}'::text[] NOT NULL,
	"locked_out" text[] DEFAULT '{}'::text[] NOT NULL,
	"saved_by_id" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"municipality_code" char(4) NOT NULL,
	"round" smallint NOT NULL,
	"visit_date" date NOT NULL,
	"status" "visit_status" DEFAULT 'planned'::"visit_status" NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visits_round" CHECK ("round" in (1, 2))
);
--> statement-breakpoint
CREATE INDEX "visit_participants_visit_idx" ON "visit_participants" ("visit_id","position");--> statement-breakpoint
CREATE INDEX "visit_participants_person_idx" ON "visit_participants" ("person_id");--> statement-breakpoint
CREATE INDEX "visit_participants_organisation_idx" ON "visit_participants" ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_selection_picks_position_key" ON "visit_selection_picks" ("selection_id","position");--> statement-breakpoint
CREATE INDEX "visit_selection_picks_municipality_idx" ON "visit_selection_picks" ("municipality_code");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_selections_current_key" ON "visit_selections" ((true)) WHERE "replaced_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "visits_municipality_round_key" ON "visits" ("municipality_code","round");--> statement-breakpoint
CREATE INDEX "visits_date_idx" ON "visits" ("visit_date");--> statement-breakpoint
ALTER TABLE "visit_answers" ADD CONSTRAINT "visit_answers_visit_id_visits_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "visit_answers" ADD CONSTRAINT "visit_answers_question_number_visit_questions_number_fkey" FOREIGN KEY ("question_number") REFERENCES "visit_questions"("number");--> statement-breakpoint
ALTER TABLE "visit_participants" ADD CONSTRAINT "visit_participants_visit_id_visits_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "visit_participants" ADD CONSTRAINT "visit_participants_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "visit_participants" ADD CONSTRAINT "visit_participants_organisation_id_organisations_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "visit_selection_picks" ADD CONSTRAINT "visit_selection_picks_selection_id_visit_selections_id_fkey" FOREIGN KEY ("selection_id") REFERENCES "visit_selections"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "visit_selection_picks" ADD CONSTRAINT "visit_selection_picks_uYIgDucoVcLn_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code");--> statement-breakpoint
ALTER TABLE "visit_selections" ADD CONSTRAINT "visit_selections_saved_by_id_people_id_fkey" FOREIGN KEY ("saved_by_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_municipality_code_municipalities_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code");