import { LOGIN_FR } from './fr';

/** English strings of the sign-in page. */
export const LOGIN_EN: Readonly<Record<keyof typeof LOGIN_FR, string>> = {
  'login.title': 'Sign in',
  'login.intro': 'Sign in with the email address and password of your Pilotage account.',
  'login.needed': 'This page is for signed-in users only.',
  'login.forbidden': 'Your role ({role}) does not open the page you asked for. Sign in with another account if needed.',
  'login.signedInAs': 'You are signed in: {name} ({role}).',
  'login.continue': 'Continue',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.emailMissing': 'Enter your email address.',
  'login.passwordMissing': 'Enter your password.',
  'login.submit': 'Sign in',
  'login.pending': 'Signing in…',
  'login.error.invalid': 'Wrong email address or password.',
  'login.error.tooMany': 'Too many sign-in attempts. Try again in a few minutes.',
  'login.error.other': 'Sign-in failed: {message}',
  'login.publicNote':
    'Without an account you read the public data: budget, retail vacancy by street and neighbourhood, footfall, neighbourhood meeting.',
};
