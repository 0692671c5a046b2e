export * from './applications.ts';
export * from './audit.ts';
export * from './figures.ts';
export * from './identity.ts';
export * from './mail.ts';
export * from './organisations.ts';
export * from './reference.ts';
export * from './schools.ts';
