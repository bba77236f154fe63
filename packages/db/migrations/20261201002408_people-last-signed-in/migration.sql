ALTER TABLE "people" ADD COLUMN "last_signed_in_at" timestamp with time zone;--> statement-breakpoint
-- Accounts in use before sign-ins were recorded count from now, so none is taken for unused at once.
UPDATE "people" SET "last_signed_in_at" = now() WHERE "password_hash" IS NOT NULL;
