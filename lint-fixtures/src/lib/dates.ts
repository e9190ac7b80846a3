export const today = '2012-06-07';
