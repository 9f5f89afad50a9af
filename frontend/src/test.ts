import { getTestBed } from '@angular/core/testing';
import { BrowserTestingModule, platformBrowserTesting } from '@angular/platform-browser/testing';
import { useFeatureDictionaries } from './app/core/i18n/dictionaries';
import { FEATURE_DICTIONARIES } from './app/translations';

// Loaded before every spec (angular.json, test target's `main`). Specs translate as the app does, with core's strings
// and every feature's: main.ts composes them the same way before the app starts.
useFeatureDictionaries(FEATURE_DICTIONARIES);

getTestBed().initTestEnvironment(BrowserTestingModule, platformBrowserTesting(), {
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});
