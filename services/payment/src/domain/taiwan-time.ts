/** Taiwan keeps UTC+8 all year (no daylight saving); ECPay's timestamps and card expiry months are in it. */
export const TAIWAN_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Taiwan wall-clock reading of an instant, held in the UTC fields of the returned Date. */
export function taiwanWallClock(at: Date): Date {
  return new Date(at.getTime() + TAIWAN_UTC_OFFSET_MS);
}
