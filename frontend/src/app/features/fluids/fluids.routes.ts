import { Routes } from '@angular/router';
import { FluidsPage } from './fluids-page/fluids-page';

export const FLUIDS_ROUTES: Routes = [{ path: '', component: FluidsPage }];
