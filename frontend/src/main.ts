import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { useFeatureDictionaries } from './app/core/i18n/dictionaries';
import { FEATURE_DICTIONARIES } from './app/translations';

useFeatureDictionaries(FEATURE_DICTIONARIES);
bootstrapApplication(App, appConfig).catch((error) => console.error(error));
