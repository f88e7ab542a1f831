import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { MemoryRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { AppInfo } from '../../shared/app-info';
import type { AppCommand } from '../../shared/commands';
import type { NewDocumentRequest, OpenDocument, RecentDocumentSummary } from '../../shared/documents';
import { KravstudioError } from '../../shared/errors';
import { pickUiLanguage } from '../../shared/languages';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { answerPendingEditRequests, api } from './api';
import { AboutDialog } from './components/AboutDialog';
import { AppHeader } from './components/AppHeader';
import { ErrorBoundary } from './components/ErrorBoundary';
import { HomeScreen } from './components/HomeScreen';
import { NavRail, type Screen } from './components/NavRail';
import { SettingsScreen } from './components/SettingsScreen';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { DocumentWorkspace, type WorkspaceCommand } from './documents/DocumentWorkspace';
import { LibraryScreen } from './library/LibraryScreen';
import { NewDocumentDialog } from './documents/NewDocumentDialog';
import { OpenProblemNotice, type OpenProblem } from './documents/OpenProblemNotice';
import { TrashDialog } from './documents/TrashDialog';
import { ImportFlow } from './import/ImportFlow';
import { ImportProblemDialog, type ImportProblem } from './import/ImportReportDialog';
import type { ImportConfirmation, PendingImport } from '../../shared/import/pending';
import { changeLanguage } from './i18n';
import { routePaths, screenOf, screenPath } from './routes';
import { ProfileScreen } from './supplier/ProfileScreen';
import { localToday, ReadinessScreen } from './supplier/ReadinessScreen';
import { ReadinessStart } from './supplier/ReadinessStart';
import { emptyProfile } from '../../shared/response/profile-edits';
import type { SupplierProfile } from '../../shared/response/profile';
import { ResponseScreen, type ProfileOffers } from './supplier/ResponseScreen';
import { responseExtension } from '../../shared/response/model';
import type { ResponseWork } from '../../shared/response/work';
import type { ReadinessSubject } from '../../shared/response/readiness-subject';
import type { TemplateLibrary } from '../../shared/templates/library';
import { useResolvedTheme } from './theme';
import { exerciseById, type Exercise } from '../../shared/course/model';
import { courseHandle, type CourseFile } from '../../shared/course/work';
import { ClassScreen } from './course/ClassScreen';
import { CourseHome } from './course/CourseHome';

const useStyles = makeStyles({
  // The layout is on an inner element, not on FluentProvider: Fluent copies the provider's
  // classes onto every portal (menus, popovers), where a full-height box would cover the app.
  shell: {
    height: '100vh',
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  body: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    minHeight: 0,
  },
  main: {
    // Positioned: text kept for screen readers only (absolutely placed) scrolls with the content instead of stretching the window.
    position: 'relative',
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    // Content scrolls; it never squeezes (a long notice keeps its height).
    '& > *': { flexShrink: 0 },
  },
});

type Dialog = 'about' | 'shortcuts' | 'new' | 'trash' | null;

/** What readiness is shown for: the profile (its file, for the report) and a specification (with the work to answer it) or library packs. */
interface ReadinessWork {
  offers: ProfileOffers;
  profilePath: string;
  subject: ReadinessSubject;
  /** The specification as opened to be answered; absent when packs are checked. */
  work?: ResponseWork;
}

export interface AppProps {
  info: AppInfo;
  initialSettings: Settings;
}

function toOpenProblem(error: unknown): OpenProblem | null {
  if (!(error instanceof KravstudioError) || error.file === undefined) return null;
  return { file: error.file, problem: error.problem ?? 'unreadable', message: error.message, details: error.details ?? [], budget: error.budget };
}

/**
 * The window. Its screens are routes (see routes.ts) in a memory router: the
 * page is served from app:// in the app and from a stand-in origin in the
 * tests, so nothing depends on the address bar or a server.
 */
export function App(props: AppProps): React.JSX.Element {
  return (
    <MemoryRouter initialEntries={[routePaths.home]}>
      <AppShell {...props} />
    </MemoryRouter>
  );
}

function AppShell({ info, initialSettings }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [settings, setSettings] = useState(initialSettings);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [openDocument, setOpenDocument] = useState<OpenDocument | null>(null);
  // The response a supplier is writing to a buyer's specification (one at a time), kept while the user visits other screens.
  const [responseWork, setResponseWork] = useState<{ work: ResponseWork; offers: ProfileOffers | null } | null>(null);
  // The company profile being edited (a new one until saved or another is opened).
  const [profileWork, setProfileWork] = useState<{ profile: SupplierProfile; path: string | null } | null>(null);
  // A specification or library packs, and the company profile whose readiness for them is shown; null while choosing.
  const [readinessWork, setReadinessWork] = useState<ReadinessWork | null>(null);
  // The course exercise the open document answers (a trainee's answer), kept by its session.
  const [exerciseWork, setExerciseWork] = useState<{ sessionId: string; exercise: Exercise } | null>(null);
  // The open document's title as it is now (the workspace reports every change); the title it opened with until then.
  const [liveTitle, setLiveTitle] = useState<{ sessionId: string; title: string } | null>(null);
  const openTitle = openDocument === null ? null : liveTitle !== null && liveTitle.sessionId === openDocument.sessionId ? liveTitle.title : openDocument.specification.title;
  const navigate = useNavigate();
  const location = useLocation();
  const screen = screenOf(location.pathname);
  const openSessionId = openDocument?.sessionId ?? null;
  const onTitleChange = useCallback((title: string) => {
    if (openSessionId !== null) setLiveTitle({ sessionId: openSessionId, title });
  }, [openSessionId]);
  const setScreen = useCallback((next: Screen) => void navigate(screenPath(next, openSessionId)), [navigate, openSessionId]);
  const [openProblem, setOpenProblem] = useState<OpenProblem | null>(null);
  const [recent, setRecent] = useState<RecentDocumentSummary[]>([]);
  const [documentCommand, setDocumentCommand] = useState<WorkspaceCommand | null>(null);
  const systemLanguage = pickUiLanguage(info.preferredLanguages);
  const language = settings.language ?? systemLanguage;
  const { theme, name: themeName } = useResolvedTheme(settings.theme);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstScreen = useRef(true);

  useEffect(() => {
    void changeLanguage(language);
  }, [language]);

  useEffect(() => {
    document.documentElement.dataset['theme'] = themeName;
  }, [themeName]);

  // Move focus to the new screen's heading so screen readers announce it.
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [screen, openDocument?.sessionId, responseWork, profileWork]);

  const refreshRecent = useCallback(() => {
    void api.documents.recent().then(setRecent);
  }, []);

  useEffect(() => {
    if (screen === 'home') refreshRecent();
  }, [screen, refreshRecent]);

  // Optimistic: the choice shows at once; if saving fails, the stored settings are shown again.
  const updateSettings = useCallback(async (patch: SettingsPatch) => {
    setSettings((current) => ({ ...current, ...patch }));
    try {
      setSettings(await api.settings.update(patch));
    } catch (error) {
      setSettings(await api.settings.get());
      throw error;
    }
  }, []);

  // Dialogs give focus back to whatever opened them (a button, or the page for menu commands).
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const openDialog = useCallback((name: Exclude<Dialog, null>) => {
    returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDialog(name);
  }, []);
  const closeDialog = useCallback(() => {
    setDialog(null);
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    requestAnimationFrame(() => {
      if (target !== null && target.isConnected) target.focus();
      else headingRef.current?.focus();
    });
  }, []);

  /** Shows a document in the window; one document at a time, so an open one is closed (and saved) first. */
  const show = useCallback(
    async (next: OpenDocument) => {
      if (openDocument !== null && openDocument.sessionId !== next.sessionId) await api.document.close({ sessionId: openDocument.sessionId });
      setOpenProblem(null);
      setOpenDocument(next);
      void navigate(screenPath('document', next.sessionId));
    },
    [openDocument, navigate],
  );

  /** A supplier's response: a new one to a specification the user picks, or one saved before (the file given or picked, then the specification it answers). */
  const openResponse = useCallback(
    async (how: 'new' | 'saved', responsePath: string | null = null) => {
      try {
        const work = how === 'new' ? await api.supplier.startResponse({ specificationPath: null }) : await api.supplier.openResponse({ responsePath, specificationPath: null });
        if (work === null) return;
        setOpenProblem(null);
        setResponseWork({ work, offers: null });
        void navigate(routePaths.response);
      } catch (error) {
        const problem = toOpenProblem(error);
        if (problem === null) throw error;
        setOpenProblem(problem);
        void navigate(routePaths.home);
      }
    },
    [navigate],
  );

  const open = useCallback(
    async (path: string | null) => {
      // A supplier's response the OS handed over opens in the answering screen.
      if (path !== null && path.toLowerCase().endsWith(`.${responseExtension}`)) {
        await openResponse('saved', path);
        return;
      }
      try {
        const opened = await api.document.open({ path });
        if (opened !== null) await show(opened);
      } catch (error) {
        const problem = toOpenProblem(error);
        if (problem === null) throw error;
        setOpenProblem(problem);
        void navigate(routePaths.home);
      }
    },
    [show, navigate, openResponse],
  );

  /** A trainee starts an exercise: a new specification that names it, opened in the builder beside the exercise. */
  const startExercise = useCallback(
    async (pack: CourseFile, exerciseId: string) => {
      const exercise = exerciseById(pack.course, exerciseId);
      if (exercise === undefined) return;
      const opened = await api.course.startExercise({ ...courseHandle(pack), exerciseId, language });
      setExerciseWork({ sessionId: opened.sessionId, exercise });
      await show(opened);
    },
    [show, language],
  );

  // A trainee's answer opened again (from the recent list, a file): its exercise comes from the library's course of that id (shipped, own or the organisation's).
  const openCourseLink = openDocument?.specification.courseExercise;
  const exerciseKnown = exerciseWork !== null && exerciseWork.sessionId === openSessionId;
  useEffect(() => {
    if (openCourseLink === undefined || openSessionId === null || exerciseKnown) return;
    let live = true;
    void api.course.library().then((packs) => {
      const pack = packs.find((each) => each.course.id === openCourseLink.courseId);
      const exercise = pack === undefined ? undefined : exerciseById(pack.course, openCourseLink.exerciseId);
      if (live && exercise !== undefined) setExerciseWork({ sessionId: openSessionId, exercise });
    });
    return () => {
      live = false;
    };
  }, [openCourseLink, openSessionId, exerciseKnown]);

  const create = useCallback(
    async (request: NewDocumentRequest) => {
      const created = await api.document.create(request);
      setDialog(null);
      await show(created);
    },
    [show],
  );

  // An import the user is looking at: its report (the specification waits in the main process), or why the file cannot be imported.
  const [pendingImport, setPendingImport] = useState<PendingImport | null>(null);
  const [importProblem, setImportProblem] = useState<ImportProblem | null>(null);
  const startImport = useCallback(async () => {
    try {
      const pending = await api.import.choose({ path: null });
      if (pending !== null) setPendingImport(pending);
    } catch (error) {
      if (!(error instanceof KravstudioError) || error.file === undefined) throw error;
      const limit = error.details?.find((detail) => detail.path === 'limit')?.message;
      setImportProblem({ file: error.file, problem: error.problem ?? 'unreadable', limit, message: error.message });
    }
  }, []);
  const createImported = useCallback(
    async (choice: ImportConfirmation) => {
      const created = await api.import.create(choice);
      // The save dialog was cancelled: the report stays, the user may create again or cancel.
      if (created === null) return;
      setPendingImport(null);
      await show(created.document);
    },
    [show],
  );
  const cancelImport = useCallback(() => {
    const importId = pendingImport?.importId;
    setPendingImport(null);
    if (importId !== undefined) void api.import.cancel({ importId });
  }, [pendingImport]);

  /** Readiness: a buyer's specification, or library packs, then the company profile to hold against it. */
  const checkReadiness = useCallback(async (packs: { packIds: string[]; library: TemplateLibrary } | null) => {
    try {
      const work = packs === null ? await api.supplier.startResponse({ specificationPath: null }) : null;
      if (packs === null && work === null) return;
      const opened = await api.supplier.openProfile({ path: null });
      if (opened === null) return;
      setOpenProblem(null);
      const offers = { profile: opened.profile, file: opened.path.split(/[\\/]/).pop() ?? opened.path };
      setReadinessWork(
        work === null
          ? { offers, profilePath: opened.path, subject: { kind: 'packs', packIds: packs?.packIds ?? [], library: packs?.library ?? { packs: [], modules: [] } } }
          : { offers, profilePath: opened.path, subject: { kind: 'specification', specification: work.specification }, work },
      );
      void navigate(routePaths.readiness);
    } catch (error) {
      const problem = toOpenProblem(error);
      if (problem === null) throw error;
      setOpenProblem(problem);
      void navigate(routePaths.home);
    }
  }, [navigate]);

  const openBackupCopy = useCallback(
    async (backupId: string) => {
      try {
        await show(await api.backups.openCopy({ backupId }));
      } catch (error) {
        setOpenProblem(toOpenProblem(error));
      }
    },
    [show],
  );

  const commandHandler = useRef<(command: AppCommand) => void>(() => undefined);
  useEffect(() => {
    commandHandler.current = (command) => {
      switch (command) {
        case 'about':
        case 'shortcuts':
          openDialog(command);
          break;
        case 'settings':
        case 'home':
          setScreen(command);
          break;
        case 'new':
          openDialog('new');
          break;
        case 'open':
          void open(null);
          break;
        case 'import':
          void startImport();
          break;
        case 'save':
        case 'saveAs':
        case 'close':
        case 'export':
          if (openDocument === null) break;
          if (command === 'export') setScreen('document');
          setDocumentCommand({ name: command });
          break;
        case 'findRequirement':
        case 'nextStep':
        case 'previousStep':
          if (openDocument === null) break;
          setScreen('document');
          setDocumentCommand({ name: command });
          break;
        case 'undo':
        case 'redo':
          if (openDocument !== null && screen === 'document') setDocumentCommand({ name: command });
          // Outside a document, undo and redo act on the text field being edited.
          else document.execCommand(command);
          break;
      }
    };
  });

  useEffect(() => answerPendingEditRequests(), []);
  useEffect(() => api.on('menu:command', ({ command }) => commandHandler.current(command)), []);
  useEffect(() => api.on('app:openFile', ({ path }) => void open(path)), [open]);
  // Files the OS handed over at launch (a double-clicked document), once the listener above is in place.
  const launchFilesTaken = useRef(false);
  useEffect(() => {
    if (launchFilesTaken.current) return;
    launchFilesTaken.current = true;
    void api.app.takeLaunchFiles().then((files) => {
      const last = files.at(-1);
      if (last !== undefined) void open(last);
    });
  }, [open]);

  return (
    <FluentProvider theme={theme}>
      <div className={styles.shell}>
        <AppHeader />
        <div className={styles.body}>
          <NavRail
            current={screen}
            documentTitle={openTitle}
            responseTitle={responseWork?.work.specification.title ?? null}
            profileOpen={profileWork !== null}
            onNavigate={setScreen}
            onOpenDialog={openDialog}
          />
          <main className={styles.main} id="main">
            {openProblem !== null && screen === 'home' && (
              <OpenProblemNotice
                problem={openProblem}
                language={language}
                onOpenBackup={(backupId) => void openBackupCopy(backupId)}
                onDismiss={() => setOpenProblem(null)}
              />
            )}
            <ErrorBoundary key={screen} appVersion={info.version}>
              <Routes>
                <Route
                  path={routePaths.home}
                  element={
                    <HomeScreen
                      headingRef={headingRef}
                      language={language}
                      recent={recent}
                      onNew={() => openDialog('new')}
                      onOpen={() => void open(null)}
                      onImport={() => void startImport()}
                      onOpenRecent={(path) => void open(path)}
                      onTrash={() => openDialog('trash')}
                      role={settings.role}
                      onChooseRole={(role) => void updateSettings({ role })}
                      onAnswerSpecification={() => void openResponse('new')}
                      onContinueResponse={() => void openResponse('saved')}
                      onCheckReadiness={() => {
                        setReadinessWork(null);
                        void navigate(routePaths.readiness);
                      }}
                      courseHome={<CourseHome language={language} onStartExercise={(pack, exerciseId) => void startExercise(pack, exerciseId)} onCheckClass={() => void navigate(routePaths.courseClass)} />}
                      onCompanyProfile={() => {
                        if (profileWork === null) setProfileWork({ profile: emptyProfile(crypto.randomUUID(), new Date()), path: null });
                        void navigate(routePaths.profile);
                      }}
                    />
                  }
                />
                <Route
                  path={routePaths.library}
                  element={
                    <LibraryScreen
                      headingRef={headingRef}
                      language={language}
                      document={openTitle === null ? null : { title: openTitle }}
                      onAdd={(requests) => setDocumentCommand({ name: 'addRequirements', requests })}
                    />
                  }
                />
                <Route
                  path={routePaths.settings}
                  element={<SettingsScreen headingRef={headingRef} settings={settings} systemLanguage={systemLanguage} onChange={updateSettings} />}
                />
                {/* The open document stays mounted below (its edits and undo history live there) and is shown on its route. */}
                <Route path={routePaths.document} element={null} />
                {/* The supplier's response stays mounted below (its unsaved answers live there) and is shown on its route. */}
                <Route path={routePaths.response} element={responseWork === null ? <Navigate to={routePaths.home} replace /> : null} />
                <Route path={routePaths.profile} element={profileWork === null ? <Navigate to={routePaths.home} replace /> : null} />
                <Route
                  path={routePaths.readiness}
                  element={
                    readinessWork === null ? (
                      <ReadinessStart
                        language={language}
                        headingRef={headingRef}
                        onCheckPacks={(packIds, library) => void checkReadiness({ packIds, library })}
                        onCheckSpecification={() => void checkReadiness(null)}
                      />
                    ) : (
                      <ReadinessScreen
                        subject={readinessWork.subject}
                        profile={readinessWork.offers.profile}
                        profileFile={readinessWork.offers.file}
                        language={language}
                        headingRef={headingRef}
                        onAnswer={
                          readinessWork.work === undefined
                            ? null
                            : () => {
                                const { work, offers } = readinessWork;
                                if (work === undefined) return;
                                setResponseWork({ work, offers });
                                void navigate(routePaths.response);
                              }
                        }
                        onExport={async (format) => {
                          const written = await api.supplier.exportReadiness({
                            packIds: readinessWork.subject.kind === 'packs' ? [...readinessWork.subject.packIds] : [],
                            specificationPath: readinessWork.work?.specificationPath ?? null,
                            profilePath: readinessWork.profilePath,
                            format,
                            today: localToday(),
                          });
                          return written === null ? null : (written.path.split(/[\\/]/).pop() ?? written.path);
                        }}
                        onChangeSubject={() => setReadinessWork(null)}
                      />
                    )
                  }
                />
                <Route path={routePaths.courseClass} element={<ClassScreen language={language} headingRef={headingRef} />} />
                <Route path="*" element={<Navigate to={routePaths.home} replace />} />
              </Routes>
            </ErrorBoundary>
            {openDocument !== null && (
              <div hidden={screen !== 'document'}>
                <ErrorBoundary appVersion={info.version}>
                  <DocumentWorkspace
                    key={openDocument.sessionId}
                    initial={openDocument}
                    language={language}
                    headingRef={screen === 'document' ? headingRef : null}
                    command={documentCommand}
                    onClosed={() => {
                      setOpenDocument(null);
                      setScreen('home');
                    }}
                    onOpenLibrary={() => setScreen('library')}
                    onTitleChange={onTitleChange}
                    exercise={exerciseWork !== null && exerciseWork.sessionId === openDocument.sessionId ? exerciseWork.exercise : null}
                  />
                </ErrorBoundary>
              </div>
            )}
            {profileWork !== null && (
              <div hidden={screen !== 'profile'}>
                <ErrorBoundary appVersion={info.version}>
                  <ProfileScreen
                    key={`${profileWork.profile.id}|${profileWork.path ?? ''}`}
                    profile={profileWork.profile}
                    path={profileWork.path}
                    language={language}
                    headingRef={screen === 'profile' ? headingRef : null}
                    onOpened={(profile, path) => setProfileWork({ profile, path })}
                  />
                </ErrorBoundary>
              </div>
            )}
            {responseWork !== null && (
              <div hidden={screen !== 'response'}>
                <ErrorBoundary appVersion={info.version}>
                  <ResponseScreen
                    key={`${responseWork.work.specificationPath}|${responseWork.work.responsePath ?? ''}|${responseWork.work.response.updatedAt}`}
                    work={responseWork.work}
                    offeredFrom={responseWork.offers}
                    language={language}
                    headingRef={screen === 'response' ? headingRef : null}
                    onClosed={() => {
                      setResponseWork(null);
                      setScreen('home');
                    }}
                  />
                </ErrorBoundary>
              </div>
            )}
          </main>
        </div>
      </div>
      <AboutDialog open={dialog === 'about'} info={info} language={language} onClose={closeDialog} />
      <ShortcutsDialog open={dialog === 'shortcuts'} platform={info.platform} onClose={closeDialog} />
      {dialog === 'new' && <NewDocumentDialog open uiLanguage={language} onCreate={create} onCancel={closeDialog} />}
      {pendingImport !== null && (
        <ImportFlow key={pendingImport.importId} pending={pendingImport} uiLanguage={language} onCreate={createImported} onCancel={cancelImport} />
      )}
      {importProblem !== null && <ImportProblemDialog problem={importProblem} uiLanguage={language} onClose={() => setImportProblem(null)} />}
      {dialog === 'trash' && <TrashDialog open language={language} onRestored={refreshRecent} onClose={closeDialog} />}
    </FluentProvider>
  );
}
