const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter is far slower than using one: keep one per time zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in an IANA time zone, via Intl. */
export function localDayOf(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Days that count as "today" for a write made at `now`: the local day plus the days a few minutes
 * either side, so a phone whose clock is slightly off from the server's is not refused at midnight.
 */
export function daysThatCountAsToday(now: Date, timeZone: string, slackMs = 10 * 60 * 1000): Set<string> {
  return new Set([
    localDayOf(new Date(now.getTime() - slackMs), timeZone),
    localDayOf(now, timeZone),
    localDayOf(new Date(now.getTime() + slackMs), timeZone),
  ]);
}
