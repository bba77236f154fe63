DROP INDEX "findings_municipality_idx";--> statement-breakpoint
CREATE INDEX "findings_municipality_idx" ON "findings" ("municipality_code","status","published_at","id");--> statement-breakpoint
DROP INDEX "findings_status_idx";--> statement-breakpoint
CREATE INDEX "findings_status_idx" ON "findings" ("status","published_at","id");--> statement-breakpoint
CREATE INDEX "findings_observed_idx" ON "findings" ("observed_on");--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" ("name","id");