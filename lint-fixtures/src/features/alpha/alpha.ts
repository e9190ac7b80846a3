import { today } from '../../lib/dates';
export const alpha = today;
