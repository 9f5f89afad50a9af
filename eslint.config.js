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
 * import; imports inside one element are free.
 */
const elements = [
  { type: 'common', pattern: 'common' },
  // front end: the app's own files (app.ts, app.routes.ts, app.config.ts, main.ts) are the catch-all fe-app
  { type: 'fe-core', pattern: 'frontend/src/app/core' },
  { type: 'fe-shared', pattern: 'frontend/src/app/shared' },
  { type: 'fe-api', pattern: 'frontend/src/app/api' },
  { type: 'fe-feature', pattern: 'frontend/src/app/features/*', capture: ['feature'] },
  { type: 'fe-app', pattern: 'frontend/src' },
  // back end: one element per folder; files at the root of backend/src and in openapi/ have their layer as category
  ...['config', 'db', 'geo', 'audit', 'imports', 'demo', 'http', 'openapi', 'cli'].map((folder) => ({
    type: `be-${folder}`,
    pattern: `backend/src/${folder}`,
  })),
  { type: 'be-modules', pattern: 'backend/src/modules/*', capture: ['module'] },
  { type: 'be-modules', pattern: 'backend/src/modules' },
  { type: 'be-root', pattern: 'backend/src' },
  { type: 'be-test', pattern: 'backend/test' },
  // around
  { type: 'sql-spec', pattern: 'sql' },
  { type: 'tools', pattern: '{bench,e2e,scripts}' },
];

/** Files whose layer is not their folder's (see backLayers), and the tests. */
const files = [
  { category: 'test', pattern: '**/*.spec.ts' },
  { category: 'layer-config', pattern: 'backend/src/logger.ts' },
  { category: 'layer-app', pattern: ['backend/src/app.ts', 'backend/src/openapi/*.ts'] },
  { category: 'layer-boot', pattern: 'backend/src/boot.ts' },
  { category: 'layer-main', pattern: 'backend/src/main.ts' },
];

/**
 * The back end's layers, lowest first, each importing only itself and the layers below (the order of
 * .dependency-cruiser.cjs, which also forbids cycles: `npm run lint:deps`). A layer is folders, and files by category.
 */
const backLayers = [
  ['config', ['be-config'], 'layer-config'],
  ['db', ['be-db']],
  ['geo', ['be-geo']],
  ['audit', ['be-audit']],
  ['imports', ['be-imports']],
  ['demo', ['be-demo']],
  ['http', ['be-http']],
  ['modules', ['be-modules']],
  ['app', [], 'layer-app'],
  ['boot', [], 'layer-boot'],
  ['main', ['be-cli'], 'layer-main'],
].map(([name, folders, category]) => ({
  name,
  selectors: [
    ...folders.map((type) => ({ element: { type } })),
    ...(category ? [{ element: { type: ['be-root', 'be-openapi'] }, file: { categories: category } }] : []),
  ],
}));
const layersUpTo = (index) => backLayers.slice(0, index + 1).flatMap((layer) => layer.selectors);

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
  // back end: each layer imports itself and the layers below it
  ...backLayers.map((layer, index) => ({
    from: layer.selectors,
    allow: { to: [common, ...layersUpTo(index)] },
  })),
  // tests may start the app and read the test helpers, whatever layer they check; tools see the whole back end
  {
    from: [{ file: { categories: 'test' } }, { element: { type: ['be-test', 'sql-spec', 'tools'] } }],
    allow: { to: [common, ...types('be-test', 'tools'), ...layersUpTo(backLayers.length - 1)] },
  },
];

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.angular/', 'out-tsc/', 'coverage/', 'frontend/public/', 'tmp/'] },
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
