import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { BudgetNav } from '../budget-nav/budget-nav';

/** The budget family's frame: its own navigation above the page shown. */
@Component({
  selector: 'app-budget-layout',
  imports: [BudgetNav, RouterOutlet],
  template: `
    <app-budget-nav />
    <router-outlet />
  `,
})
export class BudgetLayout {}
