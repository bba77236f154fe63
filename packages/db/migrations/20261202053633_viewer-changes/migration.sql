-- Whenever what a signed-in person may see changes while they have a WebSocket open, the database
-- announces it on the channel viewer_changes, so that every API instance closes the sockets
-- concerned and the browser connects again as whoever it now is: a session ended (signed out,
-- revoked, erased with its person) or acting for another organisation, and a person's role or
-- memberships changed. Ids only, as JSON: {"sessionId": …} or {"personId": …}.
CREATE FUNCTION "notify_viewer_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('viewer_changes', json_build_object('sessionId', OLD."id")::text);
  ELSIF TG_TABLE_NAME = 'people' THEN
    PERFORM pg_notify('viewer_changes', json_build_object('personId', OLD."id")::text);
  ELSE
    PERFORM pg_notify('viewer_changes',
      json_build_object('personId', COALESCE(NEW."person_id", OLD."person_id"))::text);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "sessions_ended_notify" AFTER DELETE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION "notify_viewer_change"();
--> statement-breakpoint
CREATE TRIGGER "sessions_acting_notify" AFTER UPDATE OF "acting_organisation_id" ON "sessions"
  FOR EACH ROW WHEN (NEW."acting_organisation_id" IS DISTINCT FROM OLD."acting_organisation_id")
  EXECUTE FUNCTION "notify_viewer_change"();
--> statement-breakpoint
CREATE TRIGGER "people_role_notify" AFTER UPDATE OF "role" ON "people"
  FOR EACH ROW WHEN (NEW."role" IS DISTINCT FROM OLD."role")
  EXECUTE FUNCTION "notify_viewer_change"();
--> statement-breakpoint
CREATE TRIGGER "memberships_notify" AFTER INSERT OR UPDATE OR DELETE ON "memberships"
  FOR EACH ROW EXECUTE FUNCTION "notify_viewer_change"();
