/** Today on this machine's calendar, yyyy-mm-dd: read once at a script's edge and passed in. */
export { localIsoDay as localToday } from '../../src/format';
