import { LoginFailure } from '../../../core/auth/login-failure';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';

/** Why the page was opened: `?reason=signin` (a page needs an account) or `forbidden` (the role does not open it). */
export type LoginReason = 'signin' | 'forbidden' | null;

export function readLoginReason(value: string | null): LoginReason {
  return value === 'signin' || value === 'forbidden' ? value : null;
}

const FAILURES: Readonly<Record<Exclude<LoginFailure['reason'], 'other'>, TranslationKey>> = {
  invalid_credentials: 'login.error.invalid',
  too_many_attempts: 'login.error.tooMany',
};

/** The refusal in words; the same sentence for a wrong email or a wrong password (the API does not tell either). */
export function loginFailureText(failure: LoginFailure | null, lang: Lang): string | null {
  if (!failure) return null;
  if (failure.reason === 'other') return translate(lang, 'login.error.other', { message: failure.message });
  return translate(lang, FAILURES[failure.reason]);
}
