// ESLint (flat config) for the whole repository: typescript-eslint everywhere, angular-eslint (TypeScript and
// templates, accessibility included) and the NgRx plugin on the front end, and the import boundaries of
// docs/adr/0018-lint-rules-boundaries-and-random-order.md. Prettier owns the layout (eslint-config-prettier last).
import eslint from '@eslint/js';
import ngrx from '@ngrx/eslint-plugin';
import angular from 'angular-eslint';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The parts of the repository (folders; a file belongs to the first element whose folder holds it) and what each may
 * import; imports inside one element are free. Back-end layers import only downwards:
 * config -> db -> audit -> imports -> http (the web vocabulary modules share) -> modules -> app (app.ts, openapi/) ->
 * main and cli, as .dependency-cruiser.cjs checks them (npm run lint:deps, ADR 0014).
 */
const elements = [
  { type: 'common', pattern: 'common' },
  // front end: the app's own files (app.ts, app.routes.ts, app.config.ts, main.ts) are the catch-all fe-app
  { type: 'fe-core', pattern: 'frontend/src/app/core' },
  { type: 'fe-shared', pattern: 'frontend/src/app/shared' },
  { type: 'fe-api', pattern: 'frontend/src/app/api' },
  { type: 'fe-feature', pattern: 'frontend/src/app/features/*', capture: ['feature'] },
  { type: 'fe-app', pattern: 'frontend/src' },
  // back end, lowest layer first; the files at the root of backend/src are told apart by their file category
  { type: 'be-config', pattern: 'backend/src/config' },
  { type: 'be-db', pattern: 'backend/src/{db,geo}' },
  { type: 'be-audit', pattern: 'backend/src/audit' },
  { type: 'be-imports', pattern: 'backend/src/imports' },
  { type: 'be-modules', pattern: 'backend/src/modules/*', capture: ['module'] },
  { type: 'be-http', pattern: 'backend/src/http' },
  { type: 'be-app', pattern: 'backend/src/openapi' },
  { type: 'be-demo', pattern: 'backend/src/demo' },
  { type: 'be-main', pattern: 'backend/src/cli' },
  { type: 'be-root', pattern: 'backend/src' },
  { type: 'be-test', pattern: 'backend/test' },
  // around
  { type: 'sql-spec', pattern: 'sql' },
  { type: 'tools', pattern: '{bench,e2e,scripts}' },
];

/** The files at the root of backend/src, by layer; and the tests. */
const files = [
  { category: 'test', pattern: '**/*.spec.ts' },
  { category: 'be-config', pattern: 'backend/src/logger.ts' },
  { category: 'be-app', pattern: 'backend/src/app.ts' },
  { category: 'be-modules', pattern: 'backend/src/modules/index.ts' },
  { category: 'be-main', pattern: 'backend/src/{main,boot}.ts' },
];

/** The back-end layers, lowest first. */
const layers = ['be-config', 'be-db', 'be-audit', 'be-imports', 'be-http', 'be-modules', 'be-app', 'be-main'];

/** A back-end layer as a dependency target: its folders, and its files at the root of backend/src. */
const layerTargets = (layer) => [
  { element: { type: layer } },
  { element: { type: 'be-root' }, file: { categories: layer } },
];
const below = (layer, including = false) =>
  layers.slice(0, layers.indexOf(layer) + (including ? 1 : 0)).flatMap((l) => layerTargets(l));

/**
 * A feature's public surface, the only files another feature (or the app's routes) may import: its routes
 * (`<feature>.routes.ts`), its `index.ts`, and its fixtures (`*.fixture.ts`, for other features' tests).
 */
const featureSurface = ['*.routes.ts', 'index.ts', '**/*.fixture.ts'];

const common = { element: { type: 'common' } };
const types = (...list) => list.map((type) => ({ element: { type } }));

const boundaryPolicies = [
  // front end: shared never imports features; a feature reads another only through its public surface
  { from: { element: { type: 'fe-api' } }, allow: { to: [common] } },
  {
    from: { element: { type: ['fe-core', 'fe-shared'] } },
    allow: { to: [common, ...types('fe-core', 'fe-shared', 'fe-api')] },
  },
  {
    from: { element: { type: ['fe-feature', 'fe-app'] } },
    allow: {
      to: [
        common,
        ...types('fe-core', 'fe-shared', 'fe-api', 'fe-app'),
        { element: { type: 'fe-feature', fileInternalPath: featureSurface } },
      ],
    },
  },
  // back end: each layer imports itself and the layers below it (modules one another); the demo sits below http
  ...layers.map((layer) => ({
    from: [{ element: { type: layer } }, { element: { type: 'be-root' }, file: { categories: layer } }],
    allow: { to: [common, ...below(layer, true)] },
  })),
  { from: { element: { type: 'be-demo' } }, allow: { to: [common, ...below('be-http')] } },
  {
    from: [{ element: { type: 'be-main' } }, { element: { type: 'be-root' }, file: { categories: 'be-main' } }],
    allow: { to: types('be-demo') },
  },
  // tests may start the app and read the test helpers, whatever layer they check; tools see the whole back end
  {
    from: [{ file: { categories: 'test' } }, { element: { type: ['be-test', 'sql-spec', 'tools'] } }],
    allow: { to: [common, ...types('be-test', 'be-demo', 'be-root', 'tools'), ...below('be-main', true)] },
  },
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.angular/',
      'out-tsc/',
      'coverage/',
      'frontend/public/',
      'frontend/src/app/api/openapi.ts',
    ],
  },
  {
    files: ['**/*.{ts,js,mjs,cjs}'],
    extends: [eslint.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': files,
      'boundaries/include': ['**/*.ts'],
      'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: boundaryPolicies }],
      // every TypeScript file belongs to one of the elements above
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    files: ['frontend/src/**/*.ts'],
    extends: [angular.configs.tsRecommended, ngrx.configs.all],
    languageOptions: { globals: { ...globals.browser } },
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'app', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'app', style: 'camelCase' }],
    },
  },
  {
    files: ['frontend/src/**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
  },
  {
    // tests read JSON bodies and reach into private parts on purpose
    files: ['**/*.spec.ts', '**/*.fixture.ts', 'backend/test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.jasmine } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
