import { Routes } from '@angular/router';
import { CommercePage } from './commerce-page/commerce-page';

export const COMMERCE_ROUTES: Routes = [{ path: '', component: CommercePage }];
