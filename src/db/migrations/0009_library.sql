-- Search configurations of the library: each language's stemmer after accent folding, so that `decrochage`
-- finds `décrochage` and the highlighted passages keep their accents.
CREATE TEXT SEARCH CONFIGURATION library_french (COPY = pg_catalog.french);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION library_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION library_dutch (COPY = pg_catalog.dutch);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION library_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION library_english (COPY = pg_catalog.english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION library_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION library_simple (COPY = pg_catalog.simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION library_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
--> statement-breakpoint
-- The searchable document of a record: titles (weight A), authors and keywords (B), abstract, journal and publisher
-- (C), each read by the three stemmers, so a query in any of the three languages finds it.
CREATE FUNCTION library_document(
  title text, translated jsonb, authors text[], keywords text[], abstract text, journal text, publisher text
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH parts AS (
    SELECT
      coalesce(title, '') || ' ' || coalesce((SELECT string_agg(e->>'title', ' ') FROM jsonb_array_elements(translated) e), '') AS a,
      array_to_string(keywords, ' ') AS b,
      array_to_string(authors, ' ') AS n,
      coalesce(abstract, '') || ' ' || coalesce(journal, '') || ' ' || coalesce(publisher, '') AS c
  )
  SELECT
    setweight(to_tsvector('library_french'::regconfig, a), 'A') || setweight(to_tsvector('library_dutch'::regconfig, a), 'A') ||
    setweight(to_tsvector('library_english'::regconfig, a), 'A') ||
    setweight(to_tsvector('library_french'::regconfig, b), 'B') || setweight(to_tsvector('library_dutch'::regconfig, b), 'B') ||
    setweight(to_tsvector('library_english'::regconfig, b), 'B') ||
    setweight(to_tsvector('library_simple'::regconfig, n), 'B') ||
    setweight(to_tsvector('library_french'::regconfig, c), 'C') || setweight(to_tsvector('library_dutch'::regconfig, c), 'C') ||
    setweight(to_tsvector('library_english'::regconfig, c), 'C')
  FROM parts
$$;
--> statement-breakpoint
CREATE TABLE "library_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"label" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seed_key" text,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"translated_titles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"authors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"author_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"author_sort" text DEFAULT '' NOT NULL,
	"title_sort" text DEFAULT '' NOT NULL,
	"year" integer,
	"date" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"abstract" text,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"publisher" text,
	"place" text,
	"journal" text,
	"volume" text,
	"issue" text,
	"pages" text,
	"doi" text,
	"isbn" text,
	"issn" text,
	"url" text,
	"file_url" text,
	"access" text DEFAULT 'open' NOT NULL,
	"licence" text,
	"scope" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"match_key" text DEFAULT '' NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"downloads" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (library_document(title, translated_titles, author_names, keywords, abstract, journal, publisher)) STORED,
	CONSTRAINT "library_records_status_check" CHECK ("library_records"."status" IN ('draft', 'published'))
);
--> statement-breakpoint
CREATE TABLE "library_words" (
	"word" text PRIMARY KEY NOT NULL,
	"records" integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "library_records_seed_key_uq" ON "library_records" USING btree ("seed_key");--> statement-breakpoint
CREATE INDEX "library_records_doi_idx" ON "library_records" USING btree ("doi");--> statement-breakpoint
CREATE INDEX "library_records_match_key_idx" ON "library_records" USING btree ("match_key");--> statement-breakpoint
CREATE INDEX "library_records_status_year_idx" ON "library_records" USING btree ("status","year");--> statement-breakpoint
CREATE INDEX "library_records_search_idx" ON "library_records" USING gin ("search");--> statement-breakpoint
CREATE INDEX "library_records_categories_idx" ON "library_records" USING gin ("categories");--> statement-breakpoint
CREATE INDEX "library_records_keywords_idx" ON "library_records" USING gin ("keywords");--> statement-breakpoint
CREATE INDEX "library_records_authors_idx" ON "library_records" USING gin ("author_names");--> statement-breakpoint
CREATE INDEX "library_records_languages_idx" ON "library_records" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "library_words_trgm_idx" ON "library_words" USING gin ("word" gin_trgm_ops);