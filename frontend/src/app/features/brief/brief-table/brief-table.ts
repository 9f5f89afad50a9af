import { Component, input } from '@angular/core';
import { BriefTable as BriefTableData } from '../data-access/brief-document';

/** One table of the brief, cells as the server wrote them; dense on paper, scrolls sideways on a phone. */
@Component({
  selector: 'app-brief-table',
  template: `
    @let data = table();
    <div class="scroll" tabindex="0" role="region" [attr.aria-label]="data.caption">
      <table>
        <caption>
          {{
            data.caption
          }}
        </caption>
        <thead>
          <tr>
            @for (column of data.columns; track column.key) {
              <th scope="col" [class.numeric]="column.numeric">{{ column.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of data.rows; track $index) {
            <tr>
              @for (column of data.columns; track column.key; let first = $first) {
                @if (first) {
                  <th scope="row">{{ row[column.key] }}</th>
                } @else {
                  <td [class.numeric]="column.numeric">{{ row[column.key] }}</td>
                }
              }
            </tr>
          } @empty {
            <tr>
              <td [attr.colspan]="data.columns.length">Aucune.</td>
            </tr>
          }
        </tbody>
        @if (data.total; as total) {
          <tfoot>
            <tr>
              @for (column of data.columns; track column.key) {
                <td [class.numeric]="column.numeric">{{ total[column.key] }}</td>
              }
            </tr>
          </tfoot>
        }
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
      margin-block: 0.5rem 1rem;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      font-size: 0.85rem;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.3rem;
    }
    th,
    td {
      text-align: start;
      padding: 0.25rem 0.4rem;
      border-block-end: 1px solid var(--color-border, #c8d3dc);
      vertical-align: top;
    }
    thead th {
      background: #e8eef3;
    }
    tbody th {
      font-weight: 400;
    }
    .numeric {
      text-align: end;
      white-space: nowrap;
    }
    tfoot td {
      font-weight: 700;
    }
    @media print {
      table {
        font-size: 7.5pt;
      }
      tr {
        break-inside: avoid;
      }
      .scroll {
        overflow: visible;
      }
    }
  `,
})
export class BriefTable {
  readonly table = input.required<BriefTableData>();
}
