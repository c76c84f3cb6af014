// Trusted Types are enforced by the Content-Security-Policy (require-trusted-types-for 'script'):
// no string can reach a script sink. The one script URL the app loads by name is its own service
// worker, and this default policy lets that, and nothing else, through.

interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string }): unknown;
}

const SERVICE_WORKER_PATH = '/sw.js';

export function installTrustedTypesPolicy(): void {
  const factory = (window as Window & { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  factory.createPolicy('default', {
    createScriptURL: (input) => {
      const url = new URL(input, window.location.href);
      if (url.origin === window.location.origin && url.pathname === SERVICE_WORKER_PATH)
        return url.href;
      throw new TypeError(
        `Blocked script URL ${url.href}: only the app's own service worker may load.`,
      );
    },
  });
}
