/**
 * The share menu's items, in four groups with visible headings so that the menu stays easy
 * to scan: the link first (the most used, one key away), then data, pictures and citations.
 */
import type { MessageId } from '../../i18n/message-ids';
export type Action =
  | 'copy'
  | 'csv'
  | 'json'
  | 'ics'
  | 'geojson'
  | 'roles'
  | 'annotations'
  | 'timeline-svg'
  | 'timeline-png'
  | 'map-svg'
  | 'map-png'
  | 'print'
  | 'ris'
  | 'csl';

export interface MenuItem {
  action: Action;
  /** The item's name; in English it is the name the documentation and links use ("Timeline as SVG"). */
  label: MessageId;
  icon: string;
}

const ICONS = {
  link: 'M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71 M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71',
  table: 'M3 5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z M3 9h18 M3 15h18 M9 3v18',
  braces:
    'M8 3H7a2 2 0 0 0-2 2v5a2 2 0 0 1-2 2 2 2 0 0 1 2 2v5a2 2 0 0 0 2 2h1 M16 21h1a2 2 0 0 0 2-2v-5a2 2 0 0 1 2-2 2 2 0 0 1-2-2V5a2 2 0 0 0-2-2h-1',
  calendar: 'M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z M16 2v4 M8 2v4 M3 10h18',
  pin: 'M12 21s-7-6.5-7-11a7 7 0 0 1 14 0c0 4.5-7 11-7 11z M12 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  marker: 'M12 20h9 M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4z',
  picture: 'M3 5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z M8.5 10a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z M21 15l-5-5L5 21',
  print: 'M6 9V2h12v7 M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2 M6 14h12v8H6z',
  book: 'M4 19.5A2.5 2.5 0 0 1 6.5 17H20 M6.5 2H20v20H6.5A2.5 2.5 0 0 1 4 19.5v-15A2.5 2.5 0 0 1 6.5 2z',
} as const;

export const MENU_GROUPS: { id: string; heading: MessageId; items: MenuItem[] }[] = [
  { id: 'link', heading: 'share.group.link', items: [{ action: 'copy', label: 'share.item.copy', icon: ICONS.link }] },
  {
    id: 'data',
    heading: 'share.group.data',
    items: [
      { action: 'csv', label: 'share.item.csv', icon: ICONS.table },
      { action: 'json', label: 'share.item.json', icon: ICONS.braces },
      { action: 'ics', label: 'share.item.ics', icon: ICONS.calendar },
      { action: 'geojson', label: 'share.item.geojson', icon: ICONS.pin },
      { action: 'roles', label: 'share.item.roles', icon: ICONS.table },
      { action: 'annotations', label: 'share.item.annotations', icon: ICONS.marker },
    ],
  },
  {
    id: 'pictures',
    heading: 'share.group.pictures',
    items: [
      { action: 'timeline-svg', label: 'share.item.timeline-svg', icon: ICONS.picture },
      { action: 'timeline-png', label: 'share.item.timeline-png', icon: ICONS.picture },
      { action: 'map-svg', label: 'share.item.map-svg', icon: ICONS.picture },
      { action: 'map-png', label: 'share.item.map-png', icon: ICONS.picture },
      { action: 'print', label: 'share.item.print', icon: ICONS.print },
    ],
  },
  {
    id: 'citation',
    heading: 'share.group.citation',
    items: [
      { action: 'ris', label: 'share.item.ris', icon: ICONS.book },
      { action: 'csl', label: 'share.item.csl', icon: ICONS.book },
    ],
  },
];
