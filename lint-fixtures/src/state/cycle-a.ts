// Two modules importing each other.
import { b } from './cycle-b';
export const a = (): number => b() + 1;
