// Karma configuration for `ng test` (builder @angular/build:karma, whose entry frontend/src/test.ts runs first).
// CommonJS (.cjs) because package.json declares "type": "module".
// Runs jasmine in Debian's Chromium, headless, and closes with one plain line CI can read:
//   Karma: 42 passed, 0 failed, 0 skipped
const fs = require('node:fs');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function resolveChromeBin() {
  const fromEnv = process.env.CHROME_BIN;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) {
      throw new Error(`CHROME_BIN=${fromEnv} does not exist. Point CHROME_BIN at a Chromium or Chrome binary.`);
    }
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found for the front-end tests. Install it with `apt-get install chromium` ' +
        '(Debian/Ubuntu) or set CHROME_BIN to a Chromium or Chrome binary.',
    );
  }
  return found;
}

process.env.CHROME_BIN = resolveChromeBin();

// Prints the closing count line; the progress of each spec is left to the 'dots' reporter.
function SummaryLineReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;

  this.onRunStart = () => {
    passed = 0;
    failed = 0;
    skipped = 0;
  };
  this.onSpecComplete = (_browser, result) => {
    if (result.skipped || result.pending) skipped += 1;
    else if (result.success) passed += 1;
    else failed += 1;
  };
  this.onRunComplete = () => {
    process.stdout.write(`\nKarma: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  };
}
SummaryLineReporter.$inject = [];

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      { 'reporter:summary-line': ['type', SummaryLineReporter] },
    ],
    client: {
      jasmine: {
        random: true,
      },
    },
    reporters: ['dots', 'summary-line'],
    browsers: ['ChromeHeadlessCI'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    },
    browserNoActivityTimeout: 60000,
    restartOnFileChange: true,
  });
};
