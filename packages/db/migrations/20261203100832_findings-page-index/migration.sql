DROP INDEX "findings_status_idx";--> statement-breakpoint
CREATE INDEX "findings_status_idx" ON "findings" ("status","published_at","id","municipality_code");