import { Component, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Severity } from '../state/build-decisions';

/**
 * The first printed page: what the document is, for which commune and year, when it was printed, how recent the
 * data are, and how many points need a decision. Shown on paper only (the screen has the page heading).
 */
@Component({
  selector: 'app-brief-cover',
  imports: [TranslatePipe],
  template: `
    <div class="cover">
      <p class="brand">{{ 'app.name' | t }} · {{ 'app.tagline' | t }}</p>
      <p class="kind">{{ 'brief.cover.kind' | t }}</p>
      <p class="title">{{ communeName() }}</p>
      <p class="year">{{ 'brief.cover.year' | t: { year: year() } }}</p>
      @if (accountsYear() !== null && accountsYear() !== year()) {
        <p>{{ 'brief.cover.accounts' | t: { year: accountsYear()! } }}</p>
      }
      <dl class="facts">
        <dt>{{ 'brief.cover.printedOn' | t }}</dt>
        <dd>{{ printedOn() }}</dd>
        <dt>{{ 'brief.cover.data' | t }}</dt>
        <dd>{{ freshnessLine() }}</dd>
        <dt>{{ 'brief.cover.decisions' | t }}</dt>
        <dd>
          {{
            'brief.cover.decisionCount'
              | t: { critical: severities().critical, warning: severities().warning }
          }}
        </dd>
        <dt>{{ 'brief.cover.sources' | t }}</dt>
        <dd>{{ 'brief.sources' | t }}</dd>
      </dl>
      <p class="contents">{{ 'brief.cover.contents' | t }}</p>
    </div>
  `,
  styles: `
    .cover {
      min-block-size: 240mm;
      display: flex;
      flex-direction: column;
      justify-content: center;
      gap: 0.5rem;
      border-inline-start: 10px solid #1f4e8c;
      padding-inline-start: 12mm;
    }
    .brand {
      font-weight: 700;
      color: #1f4e8c;
      margin: 0;
    }
    .kind {
      font-size: 16pt;
      margin: 0;
    }
    .title {
      font-size: 40pt;
      font-weight: 800;
      line-height: 1.1;
      margin: 0;
    }
    .year {
      font-size: 22pt;
      margin: 0 0 10mm;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2mm 6mm;
      font-size: 11pt;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    .contents {
      margin-block-start: 8mm;
      font-size: 10pt;
      color: #454e5c;
    }
  `,
})
export class BriefCover {
  readonly communeName = input.required<string>();
  readonly year = input.required<number>();
  readonly accountsYear = input<number | null>(null);
  readonly printedOn = input.required<string>();
  readonly freshnessLine = input.required<string>();
  readonly severities = input.required<Readonly<Record<Severity, number>>>();
}
