import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, TitleStrategy, withInMemoryScrolling } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth-interceptor';
import * as authEffects from './core/auth/auth.effects';
import { authFeature } from './core/auth/auth.feature';
import * as contextEffects from './core/context/context.effects';
import { contextFeature } from './core/context/context.feature';
import { apiErrorInterceptor } from './core/http/api-error-interceptor';
import { provideLocale } from './core/i18n/provide-locale';
import { PageTitleStrategy } from './core/layout/page-title-strategy';
import * as freshnessEffects from './shared/ui/freshness/freshness.effects';
import { freshnessFeature } from './shared/ui/freshness/freshness.feature';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    // Writes echo the session's XSRF-TOKEN cookie in X-XSRF-TOKEN (the API's CSRF check).
    provideHttpClient(
      withFetch(),
      withInterceptors([authInterceptor, apiErrorInterceptor]),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    provideStore({
      [contextFeature.name]: contextFeature.reducer,
      [authFeature.name]: authFeature.reducer,
      [freshnessFeature.name]: freshnessFeature.reducer,
    }),
    provideEffects(contextEffects, authEffects, freshnessEffects),
    provideLocale(),
  ],
};
