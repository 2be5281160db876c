/**
 * What the generated validators (generated/validators.js) call at run time, in place of ajv's
 * runtime modules and ajv-formats, so that `sgp-client/validation` depends on nothing else.
 */

// RFC 3339 §5.6 `date-time`: "T" and "Z" may be lower case (§5.6 NOTE); the offset is required.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Whether `value` is an RFC 3339 `date-time`: a real calendar date, a time with seconds, and a
 * time zone. A leap second (`:60`) is accepted only where it can occur, at 23:59 UTC.
 */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (match === null) return false;
  const at = (group: number): number => Number(match[group] ?? 0);
  const [year, month, day, hour, minute, second] = [at(1), at(2), at(3), at(4), at(5), at(6)];
  const offsetMinutes = (match[7] === "-" ? -1 : 1) * (at(8) * 60 + at(9));
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 60 || at(8) > 23 || at(9) > 59) return false;
  if (second < 60) return true;
  const minutesUtc = hour * 60 + minute - offsetMinutes;
  return ((minutesUtc % 1440) + 1440) % 1440 === 23 * 60 + 59;
}

/**
 * The string formats the validators check, by the name `format` has in openapi.yaml. A format
 * not listed here is an annotation only, as JSON Schema 2020-12 §7.2.1 makes it by default.
 */
export const formats: Readonly<Record<string, (value: string) => boolean>> = {
  "date-time": isDateTime,
};

/** A string's length in Unicode code points, as `minLength`/`maxLength` count it (§6.3.1). */
export function ucs2length(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}
