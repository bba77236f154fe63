-- The Swedish words of comments and findings, stored: search matches, counts and ranks them without
-- taking each matching text apart again.
ALTER TABLE "comments" ADD COLUMN "search_words" tsvector GENERATED ALWAYS AS (to_tsvector('swedish', "body")) STORED;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "search_words" tsvector GENERATED ALWAYS AS (to_tsvector('swedish', "title" || ' ' || "body")) STORED;--> statement-breakpoint
DROP INDEX "comments_search_idx";--> statement-breakpoint
CREATE INDEX "comments_search_idx" ON "comments" USING gin ("search_words");--> statement-breakpoint
DROP INDEX "findings_search_idx";--> statement-breakpoint
CREATE INDEX "findings_search_idx" ON "findings" USING gin ("search_words");