import { Component, input } from '@angular/core';
import { KpiCard } from './kpi-card';
import { KpiView } from './kpi-view';

/** The key figures of a page, one card each, in the page's grid. */
@Component({
  selector: 'app-kpi-grid',
  imports: [KpiCard],
  template: `
    <div class="grid">
      @for (kpi of kpis(); track kpi.id) {
        <app-kpi-card
          [label]="kpi.label"
          [value]="kpi.value"
          [kind]="kpi.kind"
          [unit]="kpi.unit ?? ''"
          [change]="kpi.change"
          [changeIn]="kpi.changeIn ?? 'relative'"
          [comparedWith]="kpi.comparedWith"
          [period]="kpi.period"
          [status]="kpi.status"
          [trend]="kpi.trend"
        />
      }
    </div>
  `,
})
export class KpiGrid {
  readonly kpis = input.required<readonly KpiView[]>();
}
