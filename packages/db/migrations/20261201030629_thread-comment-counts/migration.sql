-- Each thread keeps how many comments it holds (deleted and hidden ones included, as its pages
-- count them), so that no page counts a whole thread. The triggers below keep the count once per
-- statement, from the rows the statement wrote, moved to another thread or removed (a TRUNCATE
-- empties every count): a statement that writes 100 000 comments into one thread changes its count
-- once, not 100 000 times.
ALTER TABLE "blog_posts" ADD COLUMN "comment_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "comment_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE FUNCTION "count_thread_comments"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Per thread, what the statement changed: +1 for each comment now in it, -1 for each no longer.
  IF TG_OP = 'INSERT' THEN
    UPDATE "themes" t SET "comment_count" = t."comment_count" + c."n"
    FROM (SELECT "theme_id", count(*)::int AS "n" FROM "new_comments"
          WHERE "theme_id" IS NOT NULL GROUP BY "theme_id") c
    WHERE t."id" = c."theme_id";
    UPDATE "blog_posts" p SET "comment_count" = p."comment_count" + c."n"
    FROM (SELECT "post_id", count(*)::int AS "n" FROM "new_comments"
          WHERE "post_id" IS NOT NULL GROUP BY "post_id") c
    WHERE p."id" = c."post_id";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "themes" t SET "comment_count" = t."comment_count" - c."n"
    FROM (SELECT "theme_id", count(*)::int AS "n" FROM "old_comments"
          WHERE "theme_id" IS NOT NULL GROUP BY "theme_id") c
    WHERE t."id" = c."theme_id";
    UPDATE "blog_posts" p SET "comment_count" = p."comment_count" - c."n"
    FROM (SELECT "post_id", count(*)::int AS "n" FROM "old_comments"
          WHERE "post_id" IS NOT NULL GROUP BY "post_id") c
    WHERE p."id" = c."post_id";
  ELSE
    -- An update changes a count only when it moves comments to another thread.
    UPDATE "themes" t SET "comment_count" = t."comment_count" + c."n"
    FROM (SELECT "theme_id", sum("n")::int AS "n" FROM (
            SELECT "theme_id", 1 AS "n" FROM "new_comments"
            UNION ALL SELECT "theme_id", -1 FROM "old_comments") m
          WHERE "theme_id" IS NOT NULL GROUP BY "theme_id" HAVING sum("n") <> 0) c
    WHERE t."id" = c."theme_id";
    UPDATE "blog_posts" p SET "comment_count" = p."comment_count" + c."n"
    FROM (SELECT "post_id", sum("n")::int AS "n" FROM (
            SELECT "post_id", 1 AS "n" FROM "new_comments"
            UNION ALL SELECT "post_id", -1 FROM "old_comments") m
          WHERE "post_id" IS NOT NULL GROUP BY "post_id" HAVING sum("n") <> 0) c
    WHERE p."id" = c."post_id";
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "comments_counted_on_insert" AFTER INSERT ON "comments"
  REFERENCING NEW TABLE AS "new_comments"
  FOR EACH STATEMENT EXECUTE FUNCTION "count_thread_comments"();--> statement-breakpoint
CREATE TRIGGER "comments_counted_on_update" AFTER UPDATE ON "comments"
  REFERENCING OLD TABLE AS "old_comments" NEW TABLE AS "new_comments"
  FOR EACH STATEMENT EXECUTE FUNCTION "count_thread_comments"();--> statement-breakpoint
CREATE TRIGGER "comments_counted_on_delete" AFTER DELETE ON "comments"
  REFERENCING OLD TABLE AS "old_comments"
  FOR EACH STATEMENT EXECUTE FUNCTION "count_thread_comments"();--> statement-breakpoint
CREATE FUNCTION "count_no_thread_comments"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "themes" SET "comment_count" = 0 WHERE "comment_count" <> 0;
  UPDATE "blog_posts" SET "comment_count" = 0 WHERE "comment_count" <> 0;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "comments_counted_on_truncate" AFTER TRUNCATE ON "comments"
  FOR EACH STATEMENT EXECUTE FUNCTION "count_no_thread_comments"();--> statement-breakpoint
UPDATE "themes" SET "comment_count" = (SELECT count(*) FROM "comments" c WHERE c."theme_id" = "themes"."id");--> statement-breakpoint
UPDATE "blog_posts" SET "comment_count" = (SELECT count(*) FROM "comments" c WHERE c."post_id" = "blog_posts"."id");
