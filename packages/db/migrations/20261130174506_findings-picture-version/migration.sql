CREATE TABLE "finding_picture_state" (
	"id" smallint PRIMARY KEY DEFAULT 1,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "finding_picture_state_one_row" CHECK ("id" = 1)
);
--> statement-breakpoint
INSERT INTO "finding_picture_state" ("id", "version") VALUES (1, 0);--> statement-breakpoint
CREATE FUNCTION "finding_picture_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "finding_picture_state" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "findings_picture_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "findings"
  FOR EACH STATEMENT EXECUTE FUNCTION "finding_picture_changed"();--> statement-breakpoint
CREATE TRIGGER "finding_themes_picture_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "finding_themes"
  FOR EACH STATEMENT EXECUTE FUNCTION "finding_picture_changed"();--> statement-breakpoint
CREATE TRIGGER "visits_picture_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "visits"
  FOR EACH STATEMENT EXECUTE FUNCTION "finding_picture_changed"();
