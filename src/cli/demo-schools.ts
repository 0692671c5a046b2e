import { count } from 'drizzle-orm';
import { type Context, systemActor } from '../core/context.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import { schools } from '../db/schema/index.ts';
import { importSchools } from '../domain/schools/index.ts';

/**
 * A few demo schools, invented, each marked "(démo)" or "(demo)" in its name, so that the school fields of forms
 * have something to offer in development. Municipality codes and postal codes are real.
 */
const demoSchools = `numéro;nom;régime linguistique;réseau;niveau;type d'enseignement;code INS;adresse;code postal
990001;Athénée de la Senne (démo);fr;officiel;secondaire;ordinaire;21004;Rue du Midi 40;1000
990002;École fondamentale des Tilleuls (démo);fr;officiel;fondamental;ordinaire;21015;Rue des Tilleuls 5;1030
990003;Institut Saint-Exemple (démo);fr;libre;secondaire;ordinaire;21012;Rue de l'Exemple 12;1080
990004;Athénée royal du Parc (démo);fr;communautaire;secondaire;ordinaire;21001;Avenue du Parc 3;1070
990005;École Les Cèdres, enseignement spécialisé (démo);fr;officiel;primaire;spécialisé;21009;Rue des Cèdres 8;1050
990006;Basisschool De Knipoog (demo);nl;vrij;basis;gewoon;21013;Knipoogstraat 2;1060
990007;Atheneum Voorbeeld (demo);nl;gemeenschapsonderwijs;secundair;gewoon;21006;Voorbeeldlaan 10;1140
`;

/** Imports the demo schools when the registry is empty (development only). */
export async function ensureDemoSchools(db: Db, logger: Logger): Promise<void> {
  const [row] = await db.select({ n: count() }).from(schools);
  if ((row?.n ?? 0) > 0) return;
  const ctx: Context = { actor: systemActor('demo'), db, requestId: 'demo', now: new Date() };
  const report = await importSchools(ctx, demoSchools);
  logger.info({ created: report.created, rejected: report.rejected.length }, 'demo schools');
}
