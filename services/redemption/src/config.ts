import { env, loadConfigOrExit } from '@ecticket/platform';

/** The redemption service's own variables (the process-wide ones are read by the host); every one has a default. */
export const redemptionConfigShape = {
  /** How often unused tickets past their expiry date are marked expired. */
  REDEMPTION_EXPIRY_INTERVAL_SECONDS: env.positiveInt().default(60),
  /** How long the issuance service's QR verification keys are trusted before they are fetched again. */
  REDEMPTION_QR_KEYS_MAX_AGE_SECONDS: env.positiveInt().default(600),
  /** Least time between two fetches of those keys, however many unknown key ids arrive. */
  REDEMPTION_QR_KEYS_MIN_REFRESH_SECONDS: env.positiveInt().default(30),
};

export type RedemptionConfig = ReturnType<typeof loadRedemptionConfigOrExit>;

/** For the composition root: a bad value stops the process with a message naming it. */
export function loadRedemptionConfigOrExit(environment: Readonly<Record<string, string | undefined>>) {
  return loadConfigOrExit(redemptionConfigShape, environment);
}
