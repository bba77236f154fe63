CREATE TYPE "notification_kind" AS ENUM('reply', 'comment_hidden', 'comment_restored', 'blocked');--> statement-breakpoint
CREATE TYPE "notification_mail" AS ENUM('off', 'immediate', 'daily');--> statement-breakpoint
CREATE TABLE "blog_post_themes" (
	"post_id" uuid,
	"theme_id" uuid,
	CONSTRAINT "blog_post_themes_pkey" PRIMARY KEY("post_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "blog_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"published_at" timestamp with time zone,
	"locked_at" timestamp with time zone,
	"slow_mode_seconds" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"person_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"comment_id" uuid,
	"reason" text,
	"until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"mailed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "post_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "notification_mail" "notification_mail" DEFAULT 'immediate'::"notification_mail" NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ALTER COLUMN "theme_id" DROP NOT NULL;--> statement-breakpoint
CREATE INDEX "blog_post_themes_theme_idx" ON "blog_post_themes" ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "blog_posts_slug_key" ON "blog_posts" ("slug");--> statement-breakpoint
CREATE INDEX "blog_posts_published_idx" ON "blog_posts" ("published_at");--> statement-breakpoint
CREATE INDEX "blog_posts_search_idx" ON "blog_posts" USING gin (to_tsvector('swedish', "title" || ' ' || "body"));--> statement-breakpoint
CREATE INDEX "comments_post_idx" ON "comments" ("post_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_person_idx" ON "notifications" ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unmailed_idx" ON "notifications" ("mailed_at","person_id");--> statement-breakpoint
ALTER TABLE "blog_post_themes" ADD CONSTRAINT "blog_post_themes_post_id_blog_posts_id_fkey" FOREIGN KEY ("post_id") REFERENCES "blog_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "blog_post_themes" ADD CONSTRAINT "blog_post_themes_theme_id_themes_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "blog_posts" ADD CONSTRAINT "blog_posts_author_id_people_id_fkey" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_blog_posts_id_fkey" FOREIGN KEY ("post_id") REFERENCES "blog_posts"("id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_comment_id_comments_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_one_thread" CHECK (num_nonnulls("theme_id", "post_id") = 1);--> statement-breakpoint
-- A comment's thread is now a theme's or a blog post's: the announcement names the thread.
CREATE OR REPLACE FUNCTION notify_comment_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed_comment uuid;
  thread uuid;
BEGIN
  IF TG_TABLE_NAME = 'comments' THEN
    changed_comment := COALESCE(NEW.id, OLD.id);
    thread := COALESCE(NEW.theme_id, NEW.post_id, OLD.theme_id, OLD.post_id);
  ELSE
    changed_comment := COALESCE(NEW.comment_id, OLD.comment_id);
    SELECT COALESCE(c.theme_id, c.post_id) INTO thread FROM comments c WHERE c.id = changed_comment;
  END IF;
  PERFORM pg_notify('comment_events', json_build_object(
    'threadId', thread,
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
