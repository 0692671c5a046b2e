CREATE TABLE "indicator_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_code" text NOT NULL,
	"territory" text NOT NULL,
	"year" smallint NOT NULL,
	"breakdown" text NOT NULL,
	"value" double precision NOT NULL,
	"source_id" text NOT NULL,
	"preferred" boolean NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"definition" jsonb NOT NULL,
	"population" jsonb NOT NULL,
	"unit" text NOT NULL,
	"period_kind" text NOT NULL,
	"publisher" text NOT NULL,
	"sort" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality_boundaries" (
	"nis_code" text PRIMARY KEY NOT NULL,
	"geometry" jsonb NOT NULL,
	"credit" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_boundaries" ADD CONSTRAINT "municipality_boundaries_nis_code_municipalities_nis_code_fk" FOREIGN KEY ("nis_code") REFERENCES "public"."municipalities"("nis_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_cell_source_idx" ON "indicator_values" USING btree ("indicator_code","territory","year","breakdown","source_id");--> statement-breakpoint
CREATE INDEX "indicator_values_territory_idx" ON "indicator_values" USING btree ("territory");