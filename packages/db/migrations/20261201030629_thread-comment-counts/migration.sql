-- Each thread keeps how many comments it holds (deleted and hidden ones included, as its pages
-- count them), so that no page counts a whole thread: the trigger below keeps the count on every
-- comment written, moved to another thread or removed.
ALTER TABLE "blog_posts" ADD COLUMN "comment_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "comment_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE FUNCTION "count_thread_comments"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "themes" SET "comment_count" = "comment_count" - 1 WHERE "id" = OLD."theme_id";
    UPDATE "blog_posts" SET "comment_count" = "comment_count" - 1 WHERE "id" = OLD."post_id";
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    UPDATE "themes" SET "comment_count" = "comment_count" + 1 WHERE "id" = NEW."theme_id";
    UPDATE "blog_posts" SET "comment_count" = "comment_count" + 1 WHERE "id" = NEW."post_id";
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "comments_counted" AFTER INSERT OR DELETE OR UPDATE OF "theme_id", "post_id" ON "comments"
  FOR EACH ROW EXECUTE FUNCTION "count_thread_comments"();--> statement-breakpoint
UPDATE "themes" SET "comment_count" = (SELECT count(*) FROM "comments" c WHERE c."theme_id" = "themes"."id");--> statement-breakpoint
UPDATE "blog_posts" SET "comment_count" = (SELECT count(*) FROM "comments" c WHERE c."post_id" = "blog_posts"."id");
