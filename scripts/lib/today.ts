/** Today on this machine's calendar, yyyy-mm-dd: read once at a script's edge and passed in. */
export function localToday(now: Date = new Date()): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
}
