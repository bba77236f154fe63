-- A key revoked or removed (by its owner, by an erasure, or by a person's account going with its
-- keys) is announced on the channel api_key_revocations with the key's id, so that every API
-- instance on this database forgets the key at once instead of believing what it looked up earlier.
CREATE FUNCTION "notify_api_key_revoked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('api_key_revocations', OLD."id"::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "api_keys_revoked_notify" AFTER UPDATE OF "revoked_at" ON "api_keys"
  FOR EACH ROW WHEN (NEW."revoked_at" IS NOT NULL AND OLD."revoked_at" IS NULL)
  EXECUTE FUNCTION "notify_api_key_revoked"();
--> statement-breakpoint
CREATE TRIGGER "api_keys_removed_notify" AFTER DELETE ON "api_keys"
  FOR EACH ROW EXECUTE FUNCTION "notify_api_key_revoked"();
