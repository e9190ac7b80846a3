/**
 * Fixed reference tables for the synthetic benchmark datasets (scripts/gen-data.ts).
 * Countries carry their real ISO 3166 codes and cities their real coordinates (WGS 84), so
 * the map draws them in the right places; the people, meetings and text are invented.
 */
import type { Category, City, Country, Format, Role } from '../../src/data/schema';

/** A country with what the generated text needs: its formal name and its delegation. */
export interface SyntheticCountry extends Country {
  /** The formal name as the text writes it after "of": "the Republic of Kazakhstan". */
  formalName: string;
  role: Role;
  head: { name: string; title: string };
}

// prettier-ignore
export const COUNTRIES: SyntheticCountry[] = [
  ['kazakhstan', 'Kazakhstan', 'KZ', 'KAZ', '398', 'the Republic of Kazakhstan', 'member', 'A. Serikbayev', 'President'],
  ['china', 'China', 'CN', 'CHN', '156', "the People's Republic of China", 'member', 'Li Wenhua', 'Chairman'],
  ['kyrgyzstan', 'Kyrgyzstan', 'KG', 'KGZ', '417', 'the Kyrgyz Republic', 'member', 'T. Asanov', 'President'],
  ['russia', 'Russia', 'RU', 'RUS', '643', 'the Russian Federation', 'member', 'V. Sokolov', 'President'],
  ['tajikistan', 'Tajikistan', 'TJ', 'TJK', '762', 'the Republic of Tajikistan', 'member', 'F. Rahimzoda', 'President'],
  ['uzbekistan', 'Uzbekistan', 'UZ', 'UZB', '860', 'the Republic of Uzbekistan', 'member', 'O. Tursunov', 'President'],
  ['india', 'India', 'IN', 'IND', '356', 'the Republic of India', 'member', 'R. Mehta', 'Prime Minister'],
  ['pakistan', 'Pakistan', 'PK', 'PAK', '586', 'the Islamic Republic of Pakistan', 'member', 'S. Malik', 'Prime Minister'],
  ['iran', 'Iran', 'IR', 'IRN', '364', 'the Islamic Republic of Iran', 'observer', 'H. Moradi', 'President'],
  ['belarus', 'Belarus', 'BY', 'BLR', '112', 'the Republic of Belarus', 'observer', 'P. Kovalenko', 'President'],
  ['mongolia', 'Mongolia', 'MN', 'MNG', '496', 'Mongolia', 'observer', 'B. Dorj', 'President'],
  ['turkey', 'Turkey', 'TR', 'TUR', '792', 'the Republic of Turkey', 'dialogue-partner', 'E. Yilmaz', 'Foreign Minister'],
  ['azerbaijan', 'Azerbaijan', 'AZ', 'AZE', '031', 'the Republic of Azerbaijan', 'dialogue-partner', 'K. Mammadli', 'Foreign Minister'],
  ['armenia', 'Armenia', 'AM', 'ARM', '051', 'the Republic of Armenia', 'dialogue-partner', 'G. Petrosyan', 'Foreign Minister'],
  ['turkmenistan', 'Turkmenistan', 'TM', 'TKM', '795', 'Turkmenistan', 'guest', 'M. Atayev', 'President'],
].map(([id, name, iso2, iso3, isoNumeric, formalName, role, headName, headTitle]) => ({
  id: id as string,
  name: name as string,
  iso2: iso2 as string,
  iso3: iso3 as string,
  isoNumeric: isoNumeric as string,
  formalName: formalName as string,
  role: role as Role,
  head: { name: headName as string, title: headTitle as string },
}));

/** 40 cities in the 15 countries, with their real coordinates. */
// prettier-ignore
export const CITIES: City[] = (
  [
    ['astana', 'Astana', 'kazakhstan', 51.1694, 71.4491],
    ['almaty', 'Almaty', 'kazakhstan', 43.222, 76.8512],
    ['shymkent', 'Shymkent', 'kazakhstan', 42.3417, 69.5901],
    ['aktau', 'Aktau', 'kazakhstan', 43.6532, 51.1975],
    ['beijing', 'Beijing', 'china', 39.9042, 116.4074],
    ['shanghai', 'Shanghai', 'china', 31.2304, 121.4737],
    ['qingdao', 'Qingdao', 'china', 36.0671, 120.3826],
    ['xian', "Xi'an", 'china', 34.3416, 108.9398],
    ['urumqi', 'Urumqi', 'china', 43.8256, 87.6168],
    ['tianjin', 'Tianjin', 'china', 39.3434, 117.3616],
    ['bishkek', 'Bishkek', 'kyrgyzstan', 42.8746, 74.5698],
    ['cholpon-ata', 'Cholpon-Ata', 'kyrgyzstan', 42.6493, 77.0827],
    ['osh', 'Osh', 'kyrgyzstan', 40.514, 72.8161],
    ['moscow', 'Moscow', 'russia', 55.7558, 37.6173],
    ['st-petersburg', 'St. Petersburg', 'russia', 59.9386, 30.3141],
    ['yekaterinburg', 'Yekaterinburg', 'russia', 56.8389, 60.6057],
    ['ufa', 'Ufa', 'russia', 54.7388, 55.9721],
    ['chelyabinsk', 'Chelyabinsk', 'russia', 55.1644, 61.4368],
    ['novosibirsk', 'Novosibirsk', 'russia', 55.0084, 82.9357],
    ['kazan', 'Kazan', 'russia', 55.7963, 49.1088],
    ['sochi', 'Sochi', 'russia', 43.5855, 39.7231],
    ['dushanbe', 'Dushanbe', 'tajikistan', 38.5598, 68.787],
    ['khujand', 'Khujand', 'tajikistan', 40.2826, 69.6222],
    ['tashkent', 'Tashkent', 'uzbekistan', 41.2995, 69.2401],
    ['samarkand', 'Samarkand', 'uzbekistan', 39.627, 66.975],
    ['bukhara', 'Bukhara', 'uzbekistan', 39.7747, 64.4286],
    ['new-delhi', 'New Delhi', 'india', 28.6139, 77.209],
    ['panaji', 'Panaji', 'india', 15.4909, 73.8278],
    ['mumbai', 'Mumbai', 'india', 19.076, 72.8777],
    ['islamabad', 'Islamabad', 'pakistan', 33.6844, 73.0479],
    ['karachi', 'Karachi', 'pakistan', 24.8607, 67.0011],
    ['tehran', 'Tehran', 'iran', 35.6892, 51.389],
    ['isfahan', 'Isfahan', 'iran', 32.6546, 51.668],
    ['minsk', 'Minsk', 'belarus', 53.9006, 27.559],
    ['ulaanbaatar', 'Ulaanbaatar', 'mongolia', 47.8864, 106.9057],
    ['ashgabat', 'Ashgabat', 'turkmenistan', 37.9601, 58.3261],
    ['ankara', 'Ankara', 'turkey', 39.9334, 32.8597],
    ['istanbul', 'Istanbul', 'turkey', 41.0082, 28.9784],
    ['baku', 'Baku', 'azerbaijan', 40.4093, 49.8671],
    ['yerevan', 'Yerevan', 'armenia', 40.1792, 44.4991],
  ] as const
).map(([id, name, countryId, lat, lon]) => ({ id, name, countryId, lat, lon }));

/** Where the yearly summits go, in turn: capitals of the member states. */
export const SUMMIT_CITIES = [
  'shanghai',
  'astana',
  'bishkek',
  'moscow',
  'dushanbe',
  'tashkent',
  'beijing',
  'new-delhi',
  'islamabad',
];

export const CATEGORIES: Category[] = [
  { id: 'governance', name: 'Governance and foreign affairs' },
  { id: 'security', name: 'Security' },
  { id: 'economy', name: 'Economy and finance' },
  { id: 'justice', name: 'Justice and oversight' },
  { id: 'humanitarian', name: 'Humanitarian and culture' },
];

export const AREAS = [
  { id: 'institutional', name: 'Institutional' },
  { id: 'security', name: 'Security' },
  { id: 'economy', name: 'Economy' },
  { id: 'humanitarian', name: 'Humanitarian' },
  { id: 'external-relations', name: 'External relations' },
  { id: 'personnel', name: 'Personnel' },
];

/** A format (body) with the words the generated text uses for its meetings. */
export interface SyntheticFormat extends Format {
  /** "of defence ministers": the clause a meeting's quote starts with. */
  clause: string;
}

/** The first format is the summit's; the 24 others hold the ordinary meetings. */
// prettier-ignore
export const FORMATS: SyntheticFormat[] = (
  [
    ['heads-of-state', 'Council of Heads of Member States (summit)', 'governance', 'of the Council of Heads of Member States'],
    ['heads-of-government', 'Council of Heads of Government', 'governance', 'of the Council of Heads of Government'],
    ['foreign-affairs', 'Council of Ministers of Foreign Affairs', 'governance', 'of the Council of Ministers of Foreign Affairs'],
    ['national-coordinators', 'Council of National Coordinators', 'governance', 'of the Council of National Coordinators'],
    ['parliament-speakers', 'Speakers of parliaments', 'governance', 'of speakers of parliaments'],
    ['security-councils', 'Secretaries of security councils', 'security', 'of secretaries of security councils'],
    ['defence', 'Defence ministers', 'security', 'of defence ministers'],
    ['anti-drug', 'Heads of anti-drug agencies', 'security', 'of heads of anti-drug agencies'],
    ['rats-council', 'Council of the Regional Antiterrorist Structure', 'security', 'of the Council of the Regional Antiterrorist Structure'],
    ['border-services', 'Heads of border services', 'security', 'of heads of border services'],
    ['trade', 'External economic and trade ministers', 'economy', 'of ministers in charge of external economic and trade relations'],
    ['transport', 'Transport ministers', 'economy', 'of transport ministers'],
    ['finance', 'Finance ministers and central bank chairmen', 'economy', 'of finance ministers and chairmen of the central banks'],
    ['energy', 'Energy ministers', 'economy', 'of energy ministers'],
    ['agriculture', 'Agriculture ministers', 'economy', 'of agriculture ministers'],
    ['supreme-courts', 'Chairmen of supreme courts', 'justice', 'of chairmen of supreme courts'],
    ['attorneys-general', 'Attorneys general', 'justice', 'of attorneys general'],
    ['audit', 'Heads of supreme audit institutions', 'justice', 'of heads of supreme audit institutions'],
    ['justice-ministers', 'Justice ministers', 'justice', 'of justice ministers'],
    ['interior', 'Interior ministers', 'justice', 'of ministers of internal affairs'],
    ['emergency-relief', 'Emergency relief ministries and agencies', 'humanitarian', 'of heads of ministries and agencies responsible for emergency relief'],
    ['culture', 'Culture ministers', 'humanitarian', 'of culture ministers'],
    ['sco-forum', 'SCO Forum', 'humanitarian', 'of the SCO Forum'],
    ['education', 'Education ministers', 'humanitarian', 'of education ministers'],
    ['health', 'Health ministers', 'humanitarian', 'of health ministers'],
  ] as const
).map(([id, name, categoryId, clause]) => ({ id, name, categoryId, clause }));
