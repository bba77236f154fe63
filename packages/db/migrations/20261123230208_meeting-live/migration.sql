CREATE TYPE "meeting_question_status" AS ENUM('submitted', 'approved', 'rejected', 'answered');--> statement-breakpoint
CREATE TYPE "meeting_speaker_status" AS ENUM('waiting', 'speaking', 'done', 'withdrawn');--> statement-breakpoint
CREATE TABLE "meeting_live_states" (
	"meeting_id" uuid PRIMARY KEY,
	"questions_open" boolean DEFAULT true NOT NULL,
	"speaker_list_open" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "meeting_question_votes" (
	"question_id" uuid,
	"person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_question_votes_pkey" PRIMARY KEY("question_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"meeting_id" uuid NOT NULL,
	"author_id" uuid,
	"organisation_id" uuid,
	"body" text NOT NULL,
	"status" "meeting_question_status" DEFAULT 'submitted'::"meeting_question_status" NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"rejection_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_speakers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"meeting_id" uuid NOT NULL,
	"person_id" uuid,
	"organisation_id" uuid,
	"status" "meeting_speaker_status" DEFAULT 'waiting'::"meeting_speaker_status" NOT NULL,
	"position" integer NOT NULL,
	"floor_given_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "meeting_questions_meeting_idx" ON "meeting_questions" ("meeting_id","status");--> statement-breakpoint
CREATE INDEX "meeting_questions_author_idx" ON "meeting_questions" ("author_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_questions_pinned_key" ON "meeting_questions" ("meeting_id") WHERE "pinned";--> statement-breakpoint
CREATE INDEX "meeting_speakers_meeting_idx" ON "meeting_speakers" ("meeting_id","status","position");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_speakers_speaking_key" ON "meeting_speakers" ("meeting_id") WHERE "status" = 'speaking';--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_speakers_active_key" ON "meeting_speakers" ("meeting_id","person_id") WHERE "status" in ('waiting', 'speaking');--> statement-breakpoint
ALTER TABLE "meeting_live_states" ADD CONSTRAINT "meeting_live_states_meeting_id_meetings_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_live_states" ADD CONSTRAINT "meeting_live_states_updated_by_id_people_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "meeting_question_votes" ADD CONSTRAINT "meeting_question_votes_question_id_meeting_questions_id_fkey" FOREIGN KEY ("question_id") REFERENCES "meeting_questions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_question_votes" ADD CONSTRAINT "meeting_question_votes_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_questions" ADD CONSTRAINT "meeting_questions_meeting_id_meetings_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_questions" ADD CONSTRAINT "meeting_questions_author_id_people_id_fkey" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "meeting_questions" ADD CONSTRAINT "meeting_questions_organisation_id_organisations_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "meeting_questions" ADD CONSTRAINT "meeting_questions_decided_by_id_people_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "meeting_speakers" ADD CONSTRAINT "meeting_speakers_meeting_id_meetings_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "meeting_speakers" ADD CONSTRAINT "meeting_speakers_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "meeting_speakers" ADD CONSTRAINT "meeting_speakers_organisation_id_organisations_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL;--> statement-breakpoint
-- Every change to a meeting's questions, votes, speaker list or live state is announced on the
-- channel meeting_live_events, so that every API instance on this database can tell the open pages
-- of the meeting. Ids only, never rows: NOTIFY's payload is limited to 8000 bytes.
CREATE FUNCTION notify_meeting_live_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  meeting uuid;
  question uuid;
  speaker uuid;
  change text;
BEGIN
  IF TG_TABLE_NAME = 'meeting_questions' THEN
    meeting := COALESCE(NEW.meeting_id, OLD.meeting_id);
    question := COALESCE(NEW.id, OLD.id);
    change := CASE TG_OP WHEN 'INSERT' THEN 'question_asked' WHEN 'DELETE' THEN 'question_withdrawn'
      ELSE 'question_changed' END;
  ELSIF TG_TABLE_NAME = 'meeting_question_votes' THEN
    question := COALESCE(NEW.question_id, OLD.question_id);
    SELECT q.meeting_id INTO meeting FROM meeting_questions q WHERE q.id = question;
    change := 'votes';
  ELSIF TG_TABLE_NAME = 'meeting_speakers' THEN
    meeting := COALESCE(NEW.meeting_id, OLD.meeting_id);
    speaker := COALESCE(NEW.id, OLD.id);
    change := 'speakers';
  ELSE
    meeting := COALESCE(NEW.meeting_id, OLD.meeting_id);
    change := 'state';
  END IF;
  -- Votes removed along with their question: the question's own deletion is announced.
  IF meeting IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('meeting_live_events', json_build_object(
    'meetingId', meeting,
    'change', change,
    'questionId', question,
    'speakerId', speaker
  )::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER meeting_questions_notify AFTER INSERT OR UPDATE OR DELETE ON meeting_questions
  FOR EACH ROW EXECUTE FUNCTION notify_meeting_live_event();
--> statement-breakpoint
CREATE TRIGGER meeting_question_votes_notify AFTER INSERT OR DELETE ON meeting_question_votes
  FOR EACH ROW EXECUTE FUNCTION notify_meeting_live_event();
--> statement-breakpoint
CREATE TRIGGER meeting_speakers_notify AFTER INSERT OR UPDATE OR DELETE ON meeting_speakers
  FOR EACH ROW EXECUTE FUNCTION notify_meeting_live_event();
--> statement-breakpoint
CREATE TRIGGER meeting_live_states_notify AFTER INSERT OR UPDATE ON meeting_live_states
  FOR EACH ROW EXECUTE FUNCTION notify_meeting_live_event();
