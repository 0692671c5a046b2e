// The citation-js packages ship no type declarations: these cover what the library area uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(name: string): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
        locales: { has(name: string): boolean };
      };
    };
    input: { chainLink(data: unknown, options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
