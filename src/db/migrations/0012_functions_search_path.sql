-- The library's search functions name their own schema for every function and configuration they use. A
-- generated column calls them while pg_dump's output is restored, and pg_restore runs with an empty search_path:
-- unqualified names are not found there and the restore fails. Same bodies otherwise, so stored values do not change.
CREATE OR REPLACE FUNCTION public.library_config(langs text[]) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN cardinality(langs) = 1 THEN
    CASE langs[1] WHEN 'fr' THEN 'public.library_french'::regconfig WHEN 'nl' THEN 'public.library_dutch'::regconfig
      WHEN 'en' THEN 'public.library_english'::regconfig END END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.library_document(
  langs text[], title text, translated jsonb, authors text[], keywords text[], abstract text, journal text, publisher text
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH parts AS (
    SELECT
      coalesce(title, '') || ' ' || coalesce((SELECT string_agg(e->>'title', ' ') FROM jsonb_array_elements(translated) e), '') AS a,
      array_to_string(keywords, ' ') AS b,
      array_to_string(authors, ' ') AS n,
      coalesce(abstract, '') || ' ' || coalesce(journal, '') || ' ' || coalesce(publisher, '') AS c,
      public.library_config(langs) AS cfg
  )
  SELECT CASE WHEN cfg IS NOT NULL THEN
      setweight(to_tsvector(cfg, a), 'A') || setweight(to_tsvector(cfg, b), 'B') ||
      setweight(to_tsvector('public.library_simple'::regconfig, n), 'B') || setweight(to_tsvector(cfg, c), 'C')
    ELSE
      setweight(to_tsvector('public.library_french'::regconfig, a), 'A') || setweight(to_tsvector('public.library_dutch'::regconfig, a), 'A') ||
      setweight(to_tsvector('public.library_english'::regconfig, a), 'A') ||
      setweight(to_tsvector('public.library_french'::regconfig, b), 'B') || setweight(to_tsvector('public.library_dutch'::regconfig, b), 'B') ||
      setweight(to_tsvector('public.library_english'::regconfig, b), 'B') ||
      setweight(to_tsvector('public.library_simple'::regconfig, n), 'B') ||
      setweight(to_tsvector('public.library_french'::regconfig, c), 'C') || setweight(to_tsvector('public.library_dutch'::regconfig, c), 'C') ||
      setweight(to_tsvector('public.library_english'::regconfig, c), 'C')
    END
  FROM parts
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.library_head(langs text[], title text, translated jsonb, keywords text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH parts AS (
    SELECT
      coalesce(title, '') || ' ' || coalesce((SELECT string_agg(e->>'title', ' ') FROM jsonb_array_elements(translated) e), '') AS a,
      array_to_string(keywords, ' ') AS b,
      public.library_config(langs) AS cfg
  )
  SELECT CASE WHEN cfg IS NOT NULL THEN setweight(to_tsvector(cfg, a), 'A') || setweight(to_tsvector(cfg, b), 'B')
    ELSE
      setweight(to_tsvector('public.library_french'::regconfig, a), 'A') || setweight(to_tsvector('public.library_dutch'::regconfig, a), 'A') ||
      setweight(to_tsvector('public.library_english'::regconfig, a), 'A') ||
      setweight(to_tsvector('public.library_french'::regconfig, b), 'B') || setweight(to_tsvector('public.library_dutch'::regconfig, b), 'B') ||
      setweight(to_tsvector('public.library_english'::regconfig, b), 'B')
    END
  FROM parts
$$;
