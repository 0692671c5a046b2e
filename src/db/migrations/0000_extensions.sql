-- Extensions for search (trigram similarity, accent-insensitive matching). A custom migration, applied from code:
-- drizzle-kit's own migrate command fails silently on PGlite when a migration creates an extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
