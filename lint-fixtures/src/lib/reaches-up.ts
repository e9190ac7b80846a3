// A lower layer importing a feature: the lowest layer must know nothing of the ones above.
import { alpha } from '../features/alpha/alpha';
export const up = alpha;
