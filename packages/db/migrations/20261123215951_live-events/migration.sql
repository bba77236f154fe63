-- Every change to a comment or to its agreements is announced on the channel comment_events, so that
-- every API instance on this database can tell the open pages of the theme. Ids only, never rows:
-- NOTIFY's payload is limited to 8000 bytes.
CREATE FUNCTION notify_comment_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed_comment uuid;
  theme uuid;
BEGIN
  IF TG_TABLE_NAME = 'comments' THEN
    changed_comment := COALESCE(NEW.id, OLD.id);
    theme := COALESCE(NEW.theme_id, OLD.theme_id);
  ELSE
    changed_comment := COALESCE(NEW.comment_id, OLD.comment_id);
    SELECT c.theme_id INTO theme FROM comments c WHERE c.id = changed_comment;
  END IF;
  PERFORM pg_notify('comment_events', json_build_object(
    'themeId', theme,
    'commentId', changed_comment,
    'change', CASE
      WHEN TG_TABLE_NAME = 'comment_agreements' THEN 'agreement'
      WHEN TG_OP = 'INSERT' THEN 'created'
      ELSE 'changed'
    END
  )::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER comments_notify AFTER INSERT OR UPDATE ON comments
  FOR EACH ROW EXECUTE FUNCTION notify_comment_event();
--> statement-breakpoint
CREATE TRIGGER comment_agreements_notify AFTER INSERT OR DELETE ON comment_agreements
  FOR EACH ROW EXECUTE FUNCTION notify_comment_event();
