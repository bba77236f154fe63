CREATE TYPE "registration_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"speakers" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"person_id" uuid PRIMARY KEY,
	"secret" text NOT NULL UNIQUE,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conference_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"conference_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"meeting_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" bytea NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid,
	"status" "registration_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"attended" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seminar_picks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"registration_id" uuid NOT NULL,
	"seminar_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "attachments" jsonb DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "slot_id" uuid;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "cancellation_message" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "minutes" text;--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "conference_slots_conference_idx" ON "conference_slots" ("conference_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "conference_slots_title_key" ON "conference_slots" ("conference_id","title");--> statement-breakpoint
CREATE INDEX "meeting_documents_meeting_idx" ON "meeting_documents" ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_registrations_active_key" ON "meeting_registrations" ("meeting_id","person_id") WHERE "status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "meeting_registrations_meeting_idx" ON "meeting_registrations" ("meeting_id","status","created_at");--> statement-breakpoint
CREATE INDEX "meeting_registrations_person_idx" ON "meeting_registrations" ("person_id");--> statement-breakpoint
CREATE INDEX "meetings_slot_idx" ON "meetings" ("slot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "seminar_picks_one_per_slot_key" ON "seminar_picks" ("registration_id","slot_id");--> statement-breakpoint
CREATE INDEX "seminar_picks_seminar_idx" ON "seminar_picks" ("seminar_id");--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "conference_slots" ADD CONSTRAINT "conference_slots_conference_id_meetings_id_fkey" FOREIGN KEY ("conference_id") REFERENCES "meetings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_meeting_id_meetings_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_uploaded_by_id_people_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "meeting_registrations" ADD CONSTRAINT "meeting_registrations_meeting_id_meetings_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_registrations" ADD CONSTRAINT "meeting_registrations_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_registrations" ADD CONSTRAINT "meeting_registrations_organisation_id_organisations_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_slot_id_conference_slots_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "conference_slots"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "seminar_picks" ADD CONSTRAINT "seminar_picks_registration_id_meeting_registrations_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "meeting_registrations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "seminar_picks" ADD CONSTRAINT "seminar_picks_seminar_id_meetings_id_fkey" FOREIGN KEY ("seminar_id") REFERENCES "meetings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "seminar_picks" ADD CONSTRAINT "seminar_picks_slot_id_conference_slots_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "conference_slots"("id") ON DELETE CASCADE;