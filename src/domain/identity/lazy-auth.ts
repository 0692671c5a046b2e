import type { Auth, AuthDeps } from './auth.ts';

/**
 * better-auth, loaded on first use. Its modules take about half a second to load, which anonymous visitors of
 * public pages never need (their requests carry no session cookie), so the server starts without them and
 * loads them in the background soon after, or at the first request that needs them.
 */
export function lazyAuth(deps: AuthDeps, preloadAfterMs = 2000): Auth {
  let loading: Promise<Auth> | undefined;
  const load = () => {
    loading ??= import('./auth.ts').then(({ createAuth }) => createAuth(deps));
    return loading;
  };
  setTimeout(() => void load(), preloadAfterMs).unref();
  const api = new Proxy(
    {},
    {
      get:
        (_target, name: string) =>
        async (...args: unknown[]) => {
          const auth = await load();
          const endpoint = (auth.api as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
          if (typeof endpoint !== 'function') throw new Error(`better-auth has no endpoint ${name}`);
          return endpoint(...args);
        },
    },
  );
  return {
    handler: async (request: Request) => (await load()).handler(request),
    api,
    // better-auth's own context (its secret for stored keys), for the demo accounts' two-step set-up.
    get $context() {
      return load().then((auth) => auth.$context);
    },
  } as unknown as Auth;
}
