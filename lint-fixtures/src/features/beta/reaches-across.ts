// A feature importing another feature.
import { alpha } from '../alpha/alpha';
export const beta = alpha;
