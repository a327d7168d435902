import type { ErrorCode } from '../../electron/shared/result';

/**
 * One localised headline per error code. A Record over ErrorCode, so a code added to the contract does not
 * compile until it has a headline here (and the i18n test then asks for its English and German text).
 */
export const API_ERROR_HEADLINES: Record<ErrorCode, `errors.${string}`> = {
  unavailable: 'errors.unavailable',
  'not-found': 'errors.notFound',
  'invalid-input': 'errors.invalidInput',
  cancelled: 'errors.cancelled',
  failed: 'errors.failed',
  'forbidden-sender': 'errors.forbiddenSender',
  'unknown-method': 'errors.unknownMethod',
  'invalid-output': 'errors.invalidOutput',
};
