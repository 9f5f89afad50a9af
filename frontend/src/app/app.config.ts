import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, TitleStrategy, withInMemoryScrolling } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import { routes } from './app.routes';
import * as contextEffects from './core/context/context.effects';
import { contextFeature } from './core/context/context.feature';
import { apiErrorInterceptor } from './core/http/api-error-interceptor';
import { provideLocale } from './core/i18n/provide-locale';
import { PageTitleStrategy } from './core/layout/page-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    provideHttpClient(withFetch(), withInterceptors([apiErrorInterceptor])),
    provideStore({ [contextFeature.name]: contextFeature.reducer }),
    provideEffects(contextEffects),
    provideLocale(),
  ],
};
