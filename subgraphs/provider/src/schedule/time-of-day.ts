/** GraphQL `DayOfWeek` values in ISO order: index + 1 is the stored day (1 = Monday). */
export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type DayName = (typeof DAYS)[number];

export function dayNumber(day: DayName): number {
  return DAYS.indexOf(day) + 1;
}

export function dayName(day: number): DayName {
  const name = DAYS[day - 1];
  if (!name) throw new RangeError(`day of week ${day} is not 1-7`);
  return name;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes since midnight of "HH:MM" (00:00 to 24:00), or null when malformed. */
export function parseTimeOfDay(value: string): number | null {
  const match = TIME.exec(value);
  if (!match) return null;
  return match[1] === undefined ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}

/** "HH:MM" of minutes since midnight. */
export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
