CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"code" text PRIMARY KEY NOT NULL,
	"scheme_code" text NOT NULL,
	"title" jsonb NOT NULL,
	"period_start" smallint NOT NULL,
	"period_end" smallint NOT NULL,
	"launched" text,
	"envelope_cents" bigint,
	"envelope_qualifier" text NOT NULL,
	"envelope_basis" text NOT NULL,
	"project_count" integer,
	"project_count_qualifier" text NOT NULL,
	"counted_unit" text NOT NULL,
	"note" jsonb,
	"source_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "key_figures" (
	"code" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"unit" text NOT NULL,
	"qualifier" text NOT NULL,
	"period" text NOT NULL,
	"label" jsonb NOT NULL,
	"source_id" text NOT NULL,
	"sort" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"nis_code" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_nl" text NOT NULL,
	"postal_codes" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schemes" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"short_name" jsonb NOT NULL,
	"name" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"funds" jsonb NOT NULL,
	"eligibility" jsonb NOT NULL,
	"beneficiaries" jsonb NOT NULL,
	"sort" smallint NOT NULL,
	"source_ids" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL,
	"url" text,
	"published" text
);
--> statement-breakpoint
CREATE TABLE "timeline_events" (
	"code" text PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"precision" text NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"scheme_code" text,
	"source_id" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_scheme_code_schemes_code_fk" FOREIGN KEY ("scheme_code") REFERENCES "public"."schemes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_figures" ADD CONSTRAINT "key_figures_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_scheme_code_schemes_code_fk" FOREIGN KEY ("scheme_code") REFERENCES "public"."schemes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_scheme_idx" ON "calls" USING btree ("scheme_code","period_start");