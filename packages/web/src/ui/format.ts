/** "Tuesday, 25 November" for a calendar day, independent of the viewer's time zone. */
export function formatDay(localDay: string): string {
  const date = new Date(`${localDay}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return localDay;
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** "2 December, 14:05" in the viewer's own time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(date);
}
