CREATE TABLE "application_collaborators" (
	"application_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"added_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_collaborators_application_id_user_id_pk" PRIMARY KEY("application_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "application_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"field_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" text,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_municipalities" (
	"application_id" uuid NOT NULL,
	"municipality_nis" text NOT NULL,
	CONSTRAINT "application_municipalities_application_id_municipality_nis_pk" PRIMARY KEY("application_id","municipality_nis")
);
--> statement-breakpoint
CREATE TABLE "application_reminders" (
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_reminders_application_id_kind_pk" PRIMARY KEY("application_id","kind")
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"call_code" text NOT NULL,
	"form_version" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"section_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"eligibility_answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total_cents" bigint DEFAULT 0 NOT NULL,
	"cofunding_cents" bigint DEFAULT 0 NOT NULL,
	"requested_cents" bigint DEFAULT 0 NOT NULL,
	"submitted" jsonb,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"withdrawn_at" timestamp with time zone,
	"screening_reason" text,
	"screened_at" timestamp with time zone,
	"screened_by" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_code" text NOT NULL,
	"title" text NOT NULL,
	"lang" text,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_form_versions" (
	"call_code" text NOT NULL,
	"version" integer NOT NULL,
	"form" jsonb NOT NULL,
	"rubric" jsonb NOT NULL,
	"locked_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_form_versions_call_code_version_pk" PRIMARY KEY("call_code","version")
);
--> statement-breakpoint
CREATE TABLE "information_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"message" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"requested_by" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" text
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_number" text NOT NULL,
	"name" text NOT NULL,
	"language_system" text NOT NULL,
	"network" text NOT NULL,
	"level" text NOT NULL,
	"education_type" text NOT NULL,
	"municipality_nis" text NOT NULL,
	"street" text NOT NULL,
	"postal_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calls" ALTER COLUMN "source_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "phase" text DEFAULT 'archived' NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "opens_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "closes_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "body" jsonb;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "who_may_apply" jsonb;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "envelope_by_year" jsonb;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "min_per_project_cents" bigint;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "max_per_project_cents" bigint;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "eligible_types" text[];--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "eligibility_questions" jsonb;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "form_version" integer;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "application_collaborators" ADD CONSTRAINT "application_collaborators_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_collaborators" ADD CONSTRAINT "application_collaborators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_collaborators" ADD CONSTRAINT "application_collaborators_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_invitations" ADD CONSTRAINT "application_invitations_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_invitations" ADD CONSTRAINT "application_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_municipalities" ADD CONSTRAINT "application_municipalities_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_municipalities" ADD CONSTRAINT "application_municipalities_municipality_nis_municipalities_nis_code_fk" FOREIGN KEY ("municipality_nis") REFERENCES "public"."municipalities"("nis_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_reminders" ADD CONSTRAINT "application_reminders_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_call_code_calls_code_fk" FOREIGN KEY ("call_code") REFERENCES "public"."calls"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_screened_by_users_id_fk" FOREIGN KEY ("screened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_documents" ADD CONSTRAINT "call_documents_call_code_calls_code_fk" FOREIGN KEY ("call_code") REFERENCES "public"."calls"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_form_versions" ADD CONSTRAINT "call_form_versions_call_code_calls_code_fk" FOREIGN KEY ("call_code") REFERENCES "public"."calls"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_form_versions" ADD CONSTRAINT "call_form_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_municipality_nis_municipalities_nis_code_fk" FOREIGN KEY ("municipality_nis") REFERENCES "public"."municipalities"("nis_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_files_application_idx" ON "application_files" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "application_invitations_token_idx" ON "application_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_reference_idx" ON "applications" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "applications_call_idx" ON "applications" USING btree ("call_code","state");--> statement-breakpoint
CREATE INDEX "applications_organisation_idx" ON "applications" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "call_documents_call_idx" ON "call_documents" USING btree ("call_code");--> statement-breakpoint
CREATE INDEX "information_requests_application_idx" ON "information_requests" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "schools_number_idx" ON "schools" USING btree ("language_system","school_number");--> statement-breakpoint
CREATE INDEX "schools_municipality_idx" ON "schools" USING btree ("municipality_nis");--> statement-breakpoint
CREATE INDEX "schools_name_trgm_idx" ON "schools" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "calls_phase_idx" ON "calls" USING btree ("phase","closes_at");