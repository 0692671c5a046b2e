export { listKeyFigures } from './list-key-figures.ts';
export { KeyFigure } from './schemas.ts';
