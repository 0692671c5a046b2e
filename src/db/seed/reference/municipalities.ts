import type { MunicipalitySeed } from './types.ts';

/**
 * The 19 municipalities of the Brussels-Capital Region: NIS codes and names from Statbel REFNIS 2019
 * (STATBEL_REFNIS_2019), ordinary postal codes whose main municipality this is (BPOST_POSTAL_CODES).
 * Postal areas are not municipal boundaries: never geocode by postal code.
 */
export const municipalities: MunicipalitySeed[] = [
  { nisCode: '21001', nameFr: 'Anderlecht', nameNl: 'Anderlecht', postalCodes: ['1070'] },
  { nisCode: '21002', nameFr: 'Auderghem', nameNl: 'Oudergem', postalCodes: ['1160'] },
  { nisCode: '21003', nameFr: 'Berchem-Sainte-Agathe', nameNl: 'Sint-Agatha-Berchem', postalCodes: ['1082'] },
  { nisCode: '21004', nameFr: 'Bruxelles', nameNl: 'Brussel', postalCodes: ['1000', '1020', '1120', '1130'] },
  { nisCode: '21005', nameFr: 'Etterbeek', nameNl: 'Etterbeek', postalCodes: ['1040'] },
  { nisCode: '21006', nameFr: 'Evere', nameNl: 'Evere', postalCodes: ['1140'] },
  { nisCode: '21007', nameFr: 'Forest', nameNl: 'Vorst', postalCodes: ['1190'] },
  { nisCode: '21008', nameFr: 'Ganshoren', nameNl: 'Ganshoren', postalCodes: ['1083'] },
  { nisCode: '21009', nameFr: 'Ixelles', nameNl: 'Elsene', postalCodes: ['1050'] },
  { nisCode: '21010', nameFr: 'Jette', nameNl: 'Jette', postalCodes: ['1090'] },
  { nisCode: '21011', nameFr: 'Koekelberg', nameNl: 'Koekelberg', postalCodes: ['1081'] },
  { nisCode: '21012', nameFr: 'Molenbeek-Saint-Jean', nameNl: 'Sint-Jans-Molenbeek', postalCodes: ['1080'] },
  { nisCode: '21013', nameFr: 'Saint-Gilles', nameNl: 'Sint-Gillis', postalCodes: ['1060'] },
  { nisCode: '21014', nameFr: 'Saint-Josse-ten-Noode', nameNl: 'Sint-Joost-ten-Node', postalCodes: ['1210'] },
  { nisCode: '21015', nameFr: 'Schaerbeek', nameNl: 'Schaarbeek', postalCodes: ['1030'] },
  { nisCode: '21016', nameFr: 'Uccle', nameNl: 'Ukkel', postalCodes: ['1180'] },
  { nisCode: '21017', nameFr: 'Watermael-Boitsfort', nameNl: 'Watermaal-Bosvoorde', postalCodes: ['1170'] },
  { nisCode: '21018', nameFr: 'Woluwe-Saint-Lambert', nameNl: 'Sint-Lambrechts-Woluwe', postalCodes: ['1200'] },
  { nisCode: '21019', nameFr: 'Woluwe-Saint-Pierre', nameNl: 'Sint-Pieters-Woluwe', postalCodes: ['1150'] },
];
