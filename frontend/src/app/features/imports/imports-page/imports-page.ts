import { Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Translator } from '../../../core/i18n/translator';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { AuditLog } from '../audit-log/audit-log';
import { ConfirmDialog } from '../confirm-dialog/confirm-dialog';
import { ImportHistory } from '../import-history/import-history';
import { selectAuditLogViewModel } from '../state/audit-log.selectors';
import { importsPageActions } from '../state/imports-page.actions';
import { HistoryRow, selectImportsViewModel } from '../state/imports.selectors';
import { UploadChoice, UploadForm } from '../upload-form/upload-form';

const toChosen = (choice: UploadChoice) => ({
  files: choice.files.map((file) => ({ file, name: file.name })),
  siteKind: choice.siteKind,
});
import { ValidationReport } from '../validation-report/validation-report';

/**
 * The finance desk: choose a kind and a file, read the line-by-line report of a dry run, then import; below, the
 * history of the commune's imports with who, when, what, and a rollback with confirmation; for admins, the journal
 * of every action recorded for the commune.
 */
@Component({
  selector: 'app-imports-page',
  imports: [
    TranslatePipe,
    UploadForm,
    ValidationReport,
    ImportHistory,
    ConfirmDialog,
    AuditLog,
    LoadingState,
    ErrorState,
  ],
  templateUrl: './imports-page.html',
})
export class ImportsPage {
  private readonly store = inject(Store);
  private readonly translator = inject(Translator);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);

  protected readonly vm = this.store.selectSignal(selectImportsViewModel);
  protected readonly canEdit = this.store.selectSignal(authFeature.selectCanEdit);
  protected readonly audit = this.store.selectSignal(selectAuditLogViewModel);
  /** The files last checked (and the mobility said): importing sends the very same bytes. */
  private readonly checked = signal<UploadChoice | null>(null);
  protected readonly toRollBack = signal<HistoryRow | null>(null);
  protected readonly rollbackText = computed(() => {
    const row = this.toRollBack();
    return row
      ? this.translator.t('imports.confirm.text', {
          id: row.id,
          file: row.fileName,
          kind: row.kind,
        })
      : '';
  });

  constructor() {
    effect(() => {
      const commune = this.commune();
      if (commune) untracked(() => this.store.dispatch(importsPageActions.opened({ commune })));
    });
  }

  protected retry(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(importsPageActions.opened({ commune }));
  }

  protected retryAuditLog(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(importsPageActions.auditLogRetried({ commune }));
  }

  protected selectKind(kind: string): void {
    this.store.dispatch(importsPageActions.kindSelected({ kind }));
  }

  protected fileChanged(): void {
    if (this.vm().report) this.store.dispatch(importsPageActions.reportDismissed());
  }

  protected check(choice: UploadChoice): void {
    const commune = this.commune();
    const kind = this.vm().selectedKind;
    if (!commune || !kind) return;
    this.checked.set(choice);
    this.store.dispatch(importsPageActions.checkRequested({ kind, commune, ...toChosen(choice) }));
  }

  protected importChecked(): void {
    const choice = this.checked();
    const commune = this.commune();
    const kind = this.vm().selectedKind;
    if (!choice || !commune || !kind) return;
    this.store.dispatch(importsPageActions.importConfirmed({ kind, commune, ...toChosen(choice) }));
  }

  protected dismiss(): void {
    this.store.dispatch(importsPageActions.reportDismissed());
  }

  protected confirmRollback(): void {
    const row = this.toRollBack();
    const commune = this.commune();
    this.toRollBack.set(null);
    if (row && commune) this.store.dispatch(importsPageActions.rollbackConfirmed({ id: row.id, commune }));
  }
}
