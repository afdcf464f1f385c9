/** `YYYY-MM-DD` of a moment in the reader's own time zone (the date their calendar shows). */
export function readerDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day "still served" and "cheapest that fits" are judged on: a link's own past `asof`
 * (it reproduces that day), else the reader's day, never before the build's (the build
 * already knew what had shut down by then).
 */
export function judgedOn(asOf: string | undefined, buildDay: string, readerDay: string): string {
  if (asOf !== undefined && asOf < buildDay) return asOf;
  return readerDay > buildDay ? readerDay : buildDay;
}
