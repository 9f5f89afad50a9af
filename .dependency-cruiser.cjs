/**
 * The back end's layers, lowest first: a file may import its own layer and the layers below it, never one above
 * (README, "Layout"; docs/adr/0014). `npm run lint:deps` fails on an upward import and on any import cycle.
 * Specs are left out: a test may start the whole app to test a low layer, and no file imports a spec.
 */
const layers = [
  ['config', '^backend/src/(config/|logger\\.ts$)'],
  ['db', '^backend/src/db/'],
  ['geo', '^backend/src/geo/'],
  ['audit', '^backend/src/audit/'],
  ['imports', '^backend/src/imports/'],
  ['demo', '^backend/src/demo/'],
  ['http', '^backend/src/http/'],
  ['modules', '^backend/src/modules/'],
  ['app', '^backend/src/(app\\.ts$|openapi/)'],
  ['boot', '^backend/src/boot\\.ts$'],
  ['main and cli', '^backend/src/(main\\.ts$|cli/)'],
];

const upward = layers.slice(0, -1).map(([name, path], i) => ({
  name: `${name}-imports-upward`,
  comment: `${name} may import only ${
    layers
      .slice(0, i)
      .map(([below]) => below)
      .join(', ') || 'nothing of backend/src'
  } and itself`,
  severity: 'error',
  from: { path },
  to: {
    path: layers
      .slice(i + 1)
      .map(([, above]) => `(${above})`)
      .join('|'),
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'no import cycle in backend/src',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'outside-the-layers',
      comment: 'every file of backend/src belongs to a layer: add a new folder to the list in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^backend/src/', pathNot: layers.map(([, path]) => `(${path})`).join('|') },
      to: {},
    },
    ...upward,
  ],
  options: {
    tsConfig: { fileName: 'backend/tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.spec\\.ts$', '^backend/test/', 'node_modules'] },
    includeOnly: '^backend/src/',
  },
};
