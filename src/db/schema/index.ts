export * from './audit.ts';
export * from './identity.ts';
export * from './library.ts';
export * from './mail.ts';
export * from './organisations.ts';
export * from './reference.ts';
