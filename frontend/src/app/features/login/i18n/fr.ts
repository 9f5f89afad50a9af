/**
 * French strings of the sign-in page, the reference: en.ts has exactly the same keys (the compiler checks it), and no
 * other dictionary defines them again (translations.spec.ts checks it).
 */
export const LOGIN_FR = {
  'login.title': 'Connexion',
  'login.intro': 'Connectez-vous avec l’adresse électronique et le mot de passe de votre compte Pilotage.',
  'login.needed': 'Cette page est réservée aux personnes connectées.',
  'login.forbidden':
    'Votre rôle ({role}) ne permet pas d’ouvrir la page demandée. Connectez-vous avec un autre compte si besoin.',
  'login.signedInAs': 'Vous êtes connecté·e : {name} ({role}).',
  'login.continue': 'Continuer',
  'login.email': 'Adresse électronique',
  'login.password': 'Mot de passe',
  'login.emailMissing': 'Saisissez votre adresse électronique.',
  'login.passwordMissing': 'Saisissez votre mot de passe.',
  'login.submit': 'Se connecter',
  'login.pending': 'Connexion…',
  'login.error.invalid': 'Adresse électronique ou mot de passe incorrect.',
  'login.error.tooMany': 'Trop de tentatives de connexion. Réessayez dans quelques minutes.',
  'login.error.other': 'La connexion a échoué : {message}',
  'login.publicNote':
    'Sans compte, vous consultez les données publiques : budget, vacance commerciale par rue et par quartier, flux, réunion de quartier.',
} as const;

// Makes these keys translation keys: core may not import a feature, so the feature adds its dictionary to core's list.
declare module '../../../core/i18n/dictionaries' {
  interface FrenchDictionaries {
    login: typeof LOGIN_FR;
  }
}
