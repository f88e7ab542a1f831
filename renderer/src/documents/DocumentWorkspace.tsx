import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Text,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import {
  ArrowRedoRegular,
  ArrowUndoRegular,
  BookAddRegular,
  DocumentArrowRightRegular,
  CopyRegular,
  DeleteRegular,
  DismissRegular,
  FolderOpenRegular,
  HistoryRegular,
  MoreHorizontalRegular,
  RenameRegular,
  SaveCopyRegular,
  SaveRegular,
} from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppCommand } from '../../../shared/commands';
import { addFromLibrary, type AddRequest } from '../../../shared/templates/instantiate';
import type { OpenDocument } from '../../../shared/documents';
import type { UiLanguage } from '../../../shared/languages';
import { api } from '../api';
import { SpecificationBuilder, type GoToRequest } from '../builder/SpecificationBuilder';
import { neighbourStep, type BuilderStep } from '../../../shared/builder/steps';
import { fileNameOf, formatDateTime } from '../format';
import { formatNumber } from '../../../shared/format/numbers';
import { ConflictDialog } from './ConflictDialog';
import { ExportDialog } from './ExportDialog';
import { DuplicateDialog } from './DuplicateDialog';
import { RenameDialog } from './RenameDialog';
import { SaveAsPackDialog } from './SaveAsPackDialog';
import { SaveIndicator } from './SaveIndicator';
import { OpenDocumentProvider } from '../open-document/DocumentContext';
import { useDocumentEditor } from '../open-document/useDocumentEditor';
import { VersionsDialog } from './VersionsDialog';
import type { Exercise } from '../../../shared/course/model';
import { ExercisePanel } from '../course/ExercisePanel';
import { allHintsShown, HintsProvider } from '../open-document/hints';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  titleBlock: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  heading: { ...typographyStyles.title2, margin: 0, overflowWrap: 'anywhere', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  meta: { color: tokens.colorNeutralForeground2 },
  toolbar: {
    flexWrap: 'wrap',
    '& button': { whiteSpace: 'nowrap' },
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

type Dialog = 'versions' | 'rename' | 'duplicate' | 'trash' | 'saveAsPack' | 'export' | null;

/** What the rest of the app asks the open document to do: a menu command, or adding library requirements. */
export type WorkspaceCommand = { name: AppCommand } | { name: 'addRequirements'; requests: AddRequest[] };

export interface DocumentWorkspaceProps {
  initial: OpenDocument;
  language: UiLanguage;
  headingRef: React.Ref<HTMLHeadingElement>;
  /** Menu commands the workspace acts on (save, undo, …), one at a time. */
  command: WorkspaceCommand | null;
  onClosed: () => void;
  /** Shows the template library, to add requirements to this document. */
  onOpenLibrary: () => void;
  /** Told the document's title whenever it changes, so the navigation and the library name it as it is now. */
  onTitleChange?: (title: string) => void;
  /** The course exercise this document answers, if it is a trainee's answer: its case, its hints policy and its check. */
  exercise?: Exercise | null;
}

/** One open document: its actions, its save state and (for now) its basic details. */
export function DocumentWorkspace({ initial, language, headingRef, command, onClosed, onOpenLibrary, onTitleChange, exercise = null }: DocumentWorkspaceProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const editor = useDocumentEditor(initial);
  const { document, specification, saveState } = editor;
  useEffect(() => onTitleChange?.(specification.title), [onTitleChange, specification.title]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [step, setStep] = useState<BuilderStep>('procurement');
  const [findRequest, setFindRequest] = useState(0);
  // "Go to" from the export's preflight: the builder opens the step and item it names.
  const [goToRequest, setGoToRequest] = useState<GoToRequest | null>(null);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error' | 'info'; text: string } | null>(
    initial.migratedFrom !== null ? { intent: 'info', text: t('workspace.migrated') } : null,
  );

  const saveAs = async (): Promise<void> => {
    const next = await api.document.saveAs({ sessionId: document.sessionId });
    if (next !== null) editor.replace(next);
  };

  const close = async (): Promise<void> => {
    const state = await api.document.close({ sessionId: document.sessionId });
    if (state.kind === 'failed' || state.kind === 'conflict') setNotice({ intent: 'error', text: t('workspace.closeFailed') });
    else onClosed();
  };

  const duplicate = async (title: string): Promise<void> => {
    setDialog(null);
    try {
      const { path } = await api.document.duplicate({ sessionId: document.sessionId, title });
      setNotice({ intent: 'success', text: t('workspace.duplicated', { file: fileNameOf(path) }) });
    } catch (error) {
      setNotice({ intent: 'error', text: (error as Error).message });
    }
  };

  const rename = async (fileName: string): Promise<void> => {
    setDialog(null);
    try {
      const { path } = await api.document.rename({ sessionId: document.sessionId, fileName });
      editor.replace({ ...document, path, specification, saveState });
      setNotice({ intent: 'success', text: t('workspace.renamed', { file: fileNameOf(path) }) });
    } catch (error) {
      setNotice({ intent: 'error', text: t('workspace.renameFailed', { reason: (error as Error).message }) });
    }
  };

  const moveToTrash = async (): Promise<void> => {
    setDialog(null);
    await api.document.moveToTrash({ path: document.path });
    onClosed();
  };

  const resolveConflict = async (keep: 'mine' | 'disk'): Promise<void> => {
    editor.replace(await api.document.resolveConflict({ sessionId: document.sessionId, keep }));
  };

  // The menu (and its shortcuts) reach the open document through commands; each new command acts once.
  const commandHandlers = useRef<(command: WorkspaceCommand) => void>(() => undefined);
  useEffect(() => {
    commandHandlers.current = (next) => {
      if (next.name === 'addRequirements') {
        const { requests } = next;
        editor.edit('library', (spec) => addFromLibrary(spec, requests));
      } else if (next.name === 'save') void editor.save();
      else if (next.name === 'saveAs') void saveAs();
      else if (next.name === 'close') void close();
      else if (next.name === 'export') setDialog('export');
      else if (next.name === 'undo') editor.undo();
      else if (next.name === 'redo') editor.redo();
      else if (next.name === 'nextStep') setStep((current) => neighbourStep(current, 1));
      else if (next.name === 'previousStep') setStep((current) => neighbourStep(current, -1));
      else if (next.name === 'findRequirement') {
        setStep('requirements');
        setFindRequest((count) => count + 1);
      }
    };
  });
  // A command given before this document was opened (the last one the app sent) is not this document's.
  const commandAtMount = useRef(command);
  useEffect(() => {
    if (command !== null && command !== commandAtMount.current) commandHandlers.current(command);
  }, [command]);

  // Coming back to the window: did another program change the file meanwhile?
  useEffect(() => {
    const check = (): void => {
      void api.document.checkDisk({ sessionId: document.sessionId }).then((result) => {
        if (result !== 'unchanged') editor.replace({ ...document, specification: editor.specification, saveState: { kind: 'conflict', change: result } });
      });
    };
    window.addEventListener('focus', check);
    return () => window.removeEventListener('focus', check);
  }, [document, editor]);

  const requirementCount = specification.requirements.length;

  return (
    <OpenDocumentProvider editor={editor} language={language}>
    <HintsProvider hints={exercise?.hints ?? allHintsShown}>
    <div className={styles.page}>
      <div className={styles.header}>
        <div className={styles.titleBlock}>
          <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
            {specification.title.trim() === '' ? t('homeDocs.untitled') : specification.title}
          </h1>
          <Text size={200} className={styles.meta}>
            {t('workspace.fileLabel', { file: fileNameOf(document.path) })} ·{' '}
            {t('details.requirementsCount', { count: requirementCount, formatted: formatNumber(requirementCount, language) })} ·{' '}
            {t(`jurisdiction.${specification.jurisdiction}`)}
          </Text>
        </div>
        <SaveIndicator state={saveState} language={language} />
      </div>

      <Toolbar aria-label={t('workspace.toolbar')} className={styles.toolbar} size="small">
        <ToolbarButton icon={<SaveRegular />} onClick={() => void editor.save()}>
          {t('workspace.save')}
        </ToolbarButton>
        <ToolbarButton icon={<SaveCopyRegular />} onClick={() => void saveAs()}>
          {t('workspace.saveAs')}
        </ToolbarButton>
        <ToolbarDivider />
        {/* Undo and redo as icons (named for screen readers and in a tooltip), so the toolbar keeps to one line at 1280 px. */}
        <ToolbarButton icon={<ArrowUndoRegular />} disabled={!editor.canUndo} onClick={editor.undo} aria-label={t('workspace.undo')} title={t('workspace.undo')} />
        <ToolbarButton icon={<ArrowRedoRegular />} disabled={!editor.canRedo} onClick={editor.redo} aria-label={t('workspace.redo')} title={t('workspace.redo')} />
        <ToolbarDivider />
        <ToolbarButton icon={<DocumentArrowRightRegular />} onClick={() => setDialog('export')}>
          {t('exportDialog.button')}
        </ToolbarButton>
        <ToolbarButton icon={<HistoryRegular />} onClick={() => setDialog('versions')}>
          {t('workspace.versions')}
        </ToolbarButton>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <ToolbarButton icon={<MoreHorizontalRegular />}>{t('workspace.more')}</ToolbarButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<CopyRegular />} onClick={() => setDialog('duplicate')}>
                {t('workspace.duplicate')}
              </MenuItem>
              <MenuItem icon={<RenameRegular />} onClick={() => setDialog('rename')}>
                {t('workspace.rename')}
              </MenuItem>
              <MenuItem icon={<FolderOpenRegular />} onClick={() => void api.document.showInFolder({ path: document.path })}>
                {t('workspace.showInFolder')}
              </MenuItem>
              <MenuItem icon={<BookAddRegular />} onClick={() => setDialog('saveAsPack')}>
                {t('library.saveAsPack')}
              </MenuItem>
              <MenuItem icon={<DeleteRegular />} onClick={() => setDialog('trash')}>
                {t('workspace.moveToTrash')}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
        <ToolbarDivider />
        <ToolbarButton icon={<DismissRegular />} onClick={() => void close()}>
          {t('workspace.close')}
        </ToolbarButton>
      </Toolbar>

      <div role="status" aria-live="polite">
        {notice !== null && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {exercise !== null && (
        <ExercisePanel
          exercise={exercise}
          onGoTo={(target) =>
            setGoToRequest((current) => ({
              target: target.kind === 'requirement' ? { step: 'requirements', itemId: target.requirementId } : { step: target.step },
              request: (current?.request ?? 0) + 1,
            }))
          }
        />
      )}

      <SpecificationBuilder
        step={step}
        onStepChange={setStep}
        onOpenLibrary={onOpenLibrary}
        onExport={() => setDialog('export')}
        findRequest={findRequest}
        goToRequest={goToRequest}
      />

      {dialog === 'versions' && (
      <VersionsDialog
        open
        sessionId={document.sessionId}
        language={language}
        onRestored={(restored, at) => {
          editor.replace(restored);
          setDialog(null);
          setNotice({ intent: 'success', text: t('versions.restored', { time: formatDateTime(language, at) }) });
        }}
        onClose={() => setDialog(null)}
      />
      )}
      {dialog === 'duplicate' && <DuplicateDialog currentTitle={specification.title} onDuplicate={(title) => void duplicate(title)} onCancel={() => setDialog(null)} />}
      {dialog === 'rename' && (
        <RenameDialog open currentName={fileNameOf(document.path)} onRename={(name) => void rename(name)} onCancel={() => setDialog(null)} />
      )}
      <Dialog open={dialog === 'trash'} onOpenChange={(_e, data) => !data.open && setDialog(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle as="h2">{t('workspace.trashConfirmTitle')}</DialogTitle>
            <DialogContent>{t('workspace.trashConfirm', { title: specification.title })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void moveToTrash()}>
                {t('workspace.trashConfirmOk')}
              </Button>
              <Button onClick={() => setDialog(null)}>{t('workspace.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {dialog === 'export' && (
        <ExportDialog
          sessionId={document.sessionId}
          specification={specification}
          onClose={() => setDialog(null)}
          onGoTo={(target) => {
            setDialog(null);
            setGoToRequest((current) => ({ target, request: (current?.request ?? 0) + 1 }));
          }}
        />
      )}
      {dialog === 'saveAsPack' && (
        <SaveAsPackDialog
          defaultTitle={specification.title}
          onCancel={() => setDialog(null)}
          onSave={async (title) => {
            const pack = await api.templates.saveFromDocument({ sessionId: document.sessionId, title });
            setDialog(null);
            setNotice({ intent: 'success', text: t('library.savedAsPack', { title, count: pack.requirementCount }) });
          }}
        />
      )}
      <ConflictDialog open={saveState.kind === 'conflict'} path={document.path} onChoose={(keep) => void resolveConflict(keep)} />
    </div>
    </HintsProvider>
    </OpenDocumentProvider>
  );
}
