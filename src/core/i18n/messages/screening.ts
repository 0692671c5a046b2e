/**
 * Messages of the screening area, in the three languages. French is the reference: Dutch and English must have exactly
 * the same keys (the catalogue test checks it).
 */
export const fr = {} as const;

type Key = keyof typeof fr;

export const nl: Record<Key, string> = {};

export const en: Record<Key, string> = {};
