import { eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { Visitor } from '../../../test/browser-like.ts';
import { mailedLink } from '../../../test/mail.ts';
import type { Db } from '../../core/context.ts';
import { systemActor } from '../../core/context.ts';
import { users } from '../../db/schema/index.ts';
import { changePhase, createCall, instantToBrussels } from '../calls/index.ts';
import { callInput } from '../calls/test-support.ts';
import { createOrganisation } from '../organisations/index.ts';
import { association, contextOf, enterpriseNumberFrom } from '../organisations/test-support.ts';

const day = 24 * 3600 * 1000;

/** Tests only: a published call open on the real clock (since yesterday, for 20 more days). */
export async function callOpenNow(db: Db, overrides: Parameters<typeof callInput>[0] = {}): Promise<string> {
  const now = Date.now();
  const ctx = contextOf(db, systemActor('test'), new Date(now - 2 * day));
  const call = await createCall(
    ctx,
    callInput({
      opensAt: instantToBrussels(new Date(now - day)),
      closesAt: instantToBrussels(new Date(now + 20 * day)),
      ...overrides,
    }),
  );
  await changePhase(ctx, call.code, 'publish');
  return call.code;
}

/**
 * Tests only: someone who signed up through the pages and followed the mailed link (so is signed in), with an
 * association of their own made by the domain.
 */
export async function signedUpApplicant(
  app: { request: Hono['request'] },
  db: Db,
  person: { name: string; email: string; lang: 'fr' | 'nl' | 'en'; enterprise: string },
): Promise<{ visitor: Visitor; organisationId: string }> {
  const visitor = new Visitor(app);
  await visitor.get(`/${person.lang}/sign-up`);
  await visitor.post(`/${person.lang}/sign-up`, {
    name: person.name,
    email: person.email,
    password: 'une phrase de passe assez longue',
    lang: person.lang,
  });
  const url = await mailedLink(db, person.email, 'verify-email');
  await visitor.get(`${url.pathname}${url.search}`);
  const [user] = await db.select().from(users).where(eq(users.email, person.email));
  if (!user) throw new Error(`no account for ${person.email}`);
  const actor = { kind: 'user' as const, id: user.id, roles: [], municipality: null };
  const organisation = await createOrganisation(
    contextOf(db, actor),
    association({ legalName: `${person.name} ASBL`, enterpriseNumber: enterpriseNumberFrom(person.enterprise) }),
  );
  return { visitor, organisationId: organisation.id };
}
