export { getMunicipality } from './get-municipality.ts';
export { listMunicipalities } from './list-municipalities.ts';
export { Municipality, NisCode } from './schemas.ts';
