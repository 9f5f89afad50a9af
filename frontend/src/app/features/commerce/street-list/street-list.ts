import { Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { StreetRow } from '../data-access/commerce-rows';

/** Streets as links to their page, with their vacancy and footfall: the keyboard's way from the map to a street. */
@Component({
  selector: 'app-street-list',
  imports: [RouterLink, TranslatePipe, FormatValuePipe],
  template: `
    <h3 [id]="id() + '-title'">
      {{
        quartier()
          ? ('commerce.streets.ofQuartier' | t: { quartier: quartier()! })
          : ('commerce.streets.top' | t: { count: streets().length, min: minPremises() })
      }}
    </h3>
    <ul class="street-list" [attr.aria-labelledby]="id() + '-title'">
      @for (street of streets(); track street.street) {
        <li>
          <a [routerLink]="['/commerce/rues', street.street]" queryParamsHandling="preserve">{{ street.street }}</a>
          <span class="figures">
            {{
              'commerce.streets.figures'
                | t
                  : {
                      rate: (street.vacancy_rate | fmt: 'percent'),
                      vacant: street.vacant,
                      premises: street.premises,
                    }
            }}
            @if (street.footfall_mean_daily !== null) {
              ·
              {{ 'commerce.streets.footfall' | t: { flow: (street.footfall_mean_daily | fmt: 'integer') } }}
            }
          </span>
        </li>
      } @empty {
        <li>{{ 'commerce.streets.none' | t }}</li>
      }
    </ul>
  `,
  styles: `
    .street-list {
      columns: 2 22rem;
      padding-inline-start: 1.2rem;
    }
    li {
      break-inside: avoid;
      margin-block-end: 0.35rem;
    }
    .figures {
      display: block;
      font-size: 0.9rem;
      color: var(--color-muted, #4a5260);
    }
  `,
})
export class StreetList {
  readonly id = input.required<string>();
  readonly quartier = input<string | null>(null);
  readonly streets = input.required<readonly StreetRow[]>();
  /** The smallest street listed when no quartier is picked. */
  readonly minPremises = input(0);
}
