import { allow, type Decision, deny, hasRole } from '../../core/authorize.ts';
import type { Actor } from '../../core/context.ts';

/** Librarians curate; admins may stand in for them (the system actor holds every role: CLI, seed, tests). */
const curates = (actor: Actor) => hasRole(actor, 'librarian') || hasRole(actor, 'admin');

/** Who may do what in the library. Published records are public; drafts and curation are for librarians. */
export const libraryPolicy = {
  readPublished: (_actor: Actor): Decision => allow,
  /** A draft is seen only by curators; to anyone else it does not exist (404). */
  readDraft: (actor: Actor): Decision => (curates(actor) ? allow : deny('Only librarians see drafts')),
  curate: (actor: Actor): Decision => (curates(actor) ? allow : deny('Only librarians curate the library')),
  /** A full text the library holds: open access for everyone, restricted access for curators only. */
  downloadFile: (actor: Actor, access: 'open' | 'restricted'): Decision =>
    access === 'open' || curates(actor) ? allow : deny('This full text is not available to the public'),
};
