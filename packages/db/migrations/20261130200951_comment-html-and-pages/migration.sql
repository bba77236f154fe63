ALTER TABLE "comments" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "comments" ALTER COLUMN "created_at" SET DATA TYPE timestamp(3) with time zone USING "created_at"::timestamp(3) with time zone;--> statement-breakpoint
DROP INDEX "comments_theme_idx";--> statement-breakpoint
CREATE INDEX "comments_theme_idx" ON "comments" ("theme_id","created_at","id");--> statement-breakpoint
DROP INDEX "comments_post_idx";--> statement-breakpoint
CREATE INDEX "comments_post_idx" ON "comments" ("post_id","created_at","id");