import { Component, input } from '@angular/core';
import { ChartOption } from '../../../shared/charts/chart-option';
import { EChart } from '../../../shared/ui/echart/echart';
import { BriefSection as BriefSectionData } from '../data-access/brief-document';
import { BriefTable } from '../brief-table/brief-table';

const STATUS_WORDS = { ok: 'Conforme', watch: 'À surveiller', alert: 'Alerte' } as const;

/**
 * One section of the council brief: its sentences, key figures, chart (with the table behind it and a sentence as
 * its description) and tables, in the server's words.
 */
@Component({
  selector: 'app-brief-section',
  imports: [EChart, BriefTable],
  template: `
    @let data = section();
    <section class="section" [attr.data-section]="data.id" [attr.aria-labelledby]="'brief-' + data.id">
      <h2 [id]="'brief-' + data.id">{{ data.title }}</h2>
      @for (sentence of data.sentences; track $index) {
        <p class="sentence">{{ sentence }}</p>
      }
      @if (data.figures.length) {
        <ul class="figures">
          @for (figure of data.figures; track figure.indicator) {
            <li class="figure" [attr.data-status]="figure.status" [attr.data-figure]="figure.indicator">
              <span class="label">{{ figure.label }} · {{ figure.period_label }}</span>
              <span class="value">{{ figure.text }}</span>
              <span class="foot">
                {{ figure.comparison ?? '' }}
                @if (figure.status) {
                  {{ figure.comparison ? '·' : '' }} <strong>{{ words[figure.status] }}</strong>
                }
              </span>
              @if (figure.threshold) {
                <span class="foot">Seuils : {{ figure.threshold }}</span>
              }
            </li>
          }
        </ul>
      }
      @if (data.chart; as chart) {
        <figure class="chart">
          <figcaption>{{ chart.title }}</figcaption>
          <app-echart
            [options]="asOption(chart.option)"
            [description]="chart.title + ' : ' + (data.sentences[0] ?? '')"
            [height]="chart.height + 'px'"
          />
        </figure>
      }
      @for (table of data.tables; track table.caption) {
        <app-brief-table [table]="table" />
      }
      <p class="source">Source : {{ data.source }}</p>
    </section>
  `,
  styles: `
    h2 {
      color: var(--color-primary);
      border-block-end: 1px solid currentColor;
      margin-block: 1.5rem 0.5rem;
    }
    .sentence {
      margin-block: 0.2rem;
      max-inline-size: 60rem;
    }
    .figures {
      list-style: none;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      gap: 0.5rem;
      margin-block: 0.75rem;
    }
    .figure {
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
      border: 1px solid var(--color-border, #c8d3dc);
      border-inline-start-width: 4px;
      border-radius: 3px;
      padding: 0.4rem 0.6rem;
    }
    .figure[data-status='ok'] {
      border-inline-start-color: #2e7d32;
    }
    .figure[data-status='watch'] {
      border-inline-start-color: #b26a00;
    }
    .figure[data-status='alert'] {
      border-inline-start-color: #b3261e;
    }
    .label,
    .foot {
      font-size: 0.8rem;
      color: var(--color-muted);
    }
    .value {
      font-size: 1.5rem;
      font-weight: 800;
    }
    .chart {
      margin: 0.75rem 0;
    }
    figcaption {
      font-weight: 700;
    }
    .source {
      font-size: 0.8rem;
      color: var(--color-muted);
    }
    @media print {
      h2 {
        break-after: avoid;
        font-size: 13pt;
        margin-block: 0.6rem 0.2rem;
      }
      .sentence {
        font-size: 9pt;
      }
      .figures {
        grid-template-columns: repeat(4, 1fr);
      }
      .figure {
        break-inside: avoid;
      }
      .value {
        font-size: 13pt;
      }
      .chart {
        break-inside: avoid;
      }
    }
  `,
})
export class BriefSection {
  readonly section = input.required<BriefSectionData>();
  protected readonly words = STATUS_WORDS;
  protected asOption(option: unknown): ChartOption {
    return option as ChartOption;
  }
}
