// The number to call for urgent medical help in every region Ebb knows, so every country has a number to tap
// (docs/clinical-rules.md rule 15). Sourced data: each number is confirmed in a test by libphonenumber's short-number data.
import type { Source } from './types.ts';

const checked = '2026-11-30';

/** The public lists the numbers come from; `aosp` unless `emergencyNumberSourceOf` names another. */
export const emergencyNumberSources = {
  /** Android's own list of emergency numbers (eccdata), which phones use to place emergency calls. */
  aosp: { url: 'https://android.googlesource.com/platform/packages/services/Telephony/+/master/ecc/input/eccdata.txt', verifiedOn: checked },
  /** Microsoft's emergency numbers reference for Teams calling, for territories Android's list leaves out. */
  teams: { url: 'https://learn.microsoft.com/microsoftteams/emergency-numbers-reference', verifiedOn: checked },
  /** A public list of emergency numbers by ISO code (from Wikipedia's list), for the regions left after those two. */
  list: { url: 'https://gist.github.com/kengoon/3d6a4241355accc043ab8146fefdc299', verifiedOn: checked },
  /** Iraq's interior ministry police emergency line, as reported by Sputnik Arabic. */
  iraq: {
    url: 'https://sarabic.ae/amp/20230205/%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D8%A9-%D8%AA%D9%88%D8%AC%D9%87-%D8%AF%D9%88%D8%B1%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D9%86%D8%AC%D8%AF%D8%A9-%D8%A8%D8%A7%D9%84%D8%AA%D8%AC%D9%88%D8%A7%D9%84-%D8%AF%D8%A7%D8%AE%D9%84-%D8%A7%D9%84%D8%A3%D8%B2%D9%82%D8%A9-1073128532.html',
    verifiedOn: checked,
  },
  /** Norfolk Island's ambulance service on calling triple zero. */
  norfolk: { url: 'https://www.norfolkonlinenews.com/article/when-you-call-an-ambulance-triple-zero-0009600', verifiedOn: checked },
} satisfies Record<string, Source>;

export type EmergencyNumberSourceId = keyof typeof emergencyNumberSources;

/**
 * Region (ISO 3166 code, as libphonenumber names it; plus the three inhabited regions a time zone can point to
 * that its short-number data lacks: GQ, IO, TK) → the number to call for an ambulance. Where a region has
 * one number for every service, that number; where medical help has its own (Japan 119, Brazil 192), that one;
 * where no medical number could be confirmed, the confirmed number that reaches emergency services at all.
 */
// About ten regions a row, by code, so the table reads as a grid.
// prettier-ignore
export const emergencyNumbers: Readonly<Record<string, string>> = {
  AC: '911', AD: '116', AE: '998', AF: '119', AG: '911', AI: '911', AL: '127', AM: '103', AO: '112', AR: '911',
  AS: '911', AT: '112', AU: '000', AW: '911', AX: '112', AZ: '112', BA: '124', BB: '511', BD: '999', BE: '112',
  BF: '18', BG: '112', BH: '999', BI: '112', BJ: '118', BL: '18', BM: '911', BN: '991', BO: '118', BQ: '911',
  BR: '192', BS: '919', BT: '112', BW: '997', BY: '103', BZ: '911', CA: '911', CC: '000', CD: '118', CF: '117',
  CG: '118', CH: '112', CI: '180', CK: '999', CL: '131', CM: '117', CN: '120', CO: '123', CR: '911', CU: '104',
  CV: '130', CW: '911', CX: '000', CY: '112', CZ: '112', DE: '112', DJ: '18', DK: '112', DM: '911', DO: '911',
  DZ: '14', EC: '911', EE: '112', EG: '123', EH: '15', ER: '202914', ES: '112', ET: '991', FI: '112', FJ: '911',
  FK: '999', FM: '911', FO: '112', FR: '112', GA: '18', GB: '999', GD: '911', GE: '112', GF: '15', GG: '112',
  GH: '193', GI: '190', GL: '112', GM: '116', GN: '112', GP: '15', GQ: '112', GR: '112', GT: '123', GU: '911', GW: '113',
  GY: '913', HK: '999', HN: '911', HR: '112', HT: '114', HU: '112', ID: '118', IE: '112', IL: '101', IM: '999',
  IN: '112', IO: '112', IQ: '104', IR: '115', IS: '112', IT: '112', JE: '112', JM: '112', JO: '911', JP: '119', KE: '999',
  KG: '103', KH: '119', KI: '194', KM: '18', KN: '911', KP: '112', KR: '119', KW: '112', KY: '911', KZ: '103',
  LA: '190', LB: '112', LC: '911', LI: '112', LK: '110', LR: '911', LS: '112', LT: '112', LU: '112', LV: '112',
  LY: '1515', MA: '15', MC: '112', MD: '903', ME: '124', MF: '15', MG: '117', MH: '911', MK: '194', ML: '15',
  MM: '199', MN: '103', MO: '999', MP: '911', MQ: '112', MR: '118', MS: '911', MT: '112', MU: '114', MV: '102',
  MW: '998', MX: '911', MY: '999', MZ: '117', NA: '10111', NC: '15', NE: '15', NF: '000', NG: '199', NI: '128',
  NL: '112', NO: '113', NP: '102', NR: '111', NU: '999', NZ: '111', OM: '9999', PA: '911', PE: '116', PF: '15',
  PG: '111', PH: '911', PK: '115', PL: '112', PM: '15', PR: '911', PS: '101', PT: '112', PW: '911', PY: '911',
  QA: '999', RE: '15', RO: '112', RS: '112', RU: '112', RW: '112', SA: '997', SB: '999', SC: '999', SD: '999',
  SE: '112', SG: '995', SH: '911', SI: '112', SJ: '112', SK: '112', SL: '999', SM: '118', SN: '18', SO: '888',
  SR: '115', SS: '999', ST: '112', SV: '911', SX: '919', SY: '110', SZ: '999', TC: '911', TD: '18', TG: '118',
  TH: '1669', TJ: '103', TK: '111', TL: '112', TM: '112', TN: '190', TO: '933', TR: '112', TT: '990', TV: '911', TW: '119',
  TZ: '112', UA: '103', UG: '999', US: '911', UY: '911', UZ: '103', VA: '118', VC: '911', VE: '911', VG: '911',
  VI: '911', VN: '115', VU: '112', WF: '15', WS: '911', XK: '194', YE: '199', YT: '112', ZA: '112', ZM: '991',
  ZW: '999',
};

/** Regions whose number comes from a list other than Android's. */
export const emergencyNumberSourceOf: Readonly<Record<string, EmergencyNumberSourceId>> = {
  AM: 'teams',
  BL: 'teams',
  CM: 'teams',
  MF: 'teams',
  PE: 'teams',
  SJ: 'teams',
  SX: 'teams',
  SZ: 'teams',
  AX: 'list',
  BJ: 'list',
  BQ: 'list',
  CC: 'list',
  CD: 'list',
  CG: 'list',
  CW: 'list',
  CX: 'list',
  DZ: 'list',
  EH: 'list',
  GA: 'list',
  GQ: 'list',
  GG: 'list',
  IM: 'list',
  JE: 'list',
  KM: 'list',
  KR: 'list',
  LA: 'list',
  MA: 'list',
  MQ: 'list',
  MS: 'list',
  SD: 'list',
  ST: 'list',
  TD: 'list',
  TG: 'list',
  TL: 'list',
  YT: 'list',
  IQ: 'iraq',
  NF: 'norfolk',
};

/** Where a region's number was checked. */
export const emergencyNumberSource = (region: string): Source => emergencyNumberSources[emergencyNumberSourceOf[region] ?? 'aosp'];
