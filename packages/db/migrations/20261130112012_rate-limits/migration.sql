CREATE TABLE "rate_limits" (
	"scope" text,
	"subject" text,
	"window_started_at" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rate_limits_pkey" PRIMARY KEY("scope","subject")
);
--> statement-breakpoint
DROP TABLE "sign_in_failures";--> statement-breakpoint
CREATE INDEX "rate_limits_window_idx" ON "rate_limits" ("window_started_at");