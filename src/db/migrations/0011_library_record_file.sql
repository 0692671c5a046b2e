ALTER TABLE "library_records" ADD COLUMN "file_sha256" text;--> statement-breakpoint
ALTER TABLE "library_records" ADD COLUMN "file_name" text;--> statement-breakpoint
ALTER TABLE "library_records" ADD COLUMN "file_mime" text;--> statement-breakpoint
ALTER TABLE "library_records" ADD COLUMN "file_size" integer;--> statement-breakpoint
ALTER TABLE "library_records" ADD CONSTRAINT "library_records_file_check" CHECK (("library_records"."file_sha256" IS NULL) = ("library_records"."file_name" IS NULL) AND ("library_records"."file_sha256" IS NULL) = ("library_records"."file_mime" IS NULL) AND ("library_records"."file_sha256" IS NULL) = ("library_records"."file_size" IS NULL));