import {
  Button,
  Card,
  Link,
  makeStyles,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArrowImportRegular,
  BuildingGovernmentRegular,
  BuildingShopRegular,
  DeleteRegular,
  FolderOpenRegular,
  CheckmarkCircleRegular,
  DocumentArrowRightRegular,
  ClipboardTaskListLtrRegular,
  DocumentCheckmarkRegular,
  LockClosedRegular,
  PeopleTeamRegular,
  ScalesRegular,
  TaskListLtrRegular,
  TranslateRegular,
  LockOpenRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { RecentDocumentSummary } from '../../../shared/documents';
import type { UiLanguage } from '../../../shared/languages';
import type { UserRole } from '../../../shared/settings';
import { RoleQuestion } from './RoleQuestion';
import { formatSavedTime } from '../format';
import { formatNumber } from '../../../shared/format/numbers';
import { importText } from '../../../shared/import/report-text';
import { cardSurface } from './surface';

const useStyles = makeStyles({
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
  progressBar: { width: '64px', flexShrink: 0 },
  page: { maxWidth: '1080px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  heading: { ...typographyStyles.title1, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  intro: { maxWidth: '72ch', fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  sectionTitle: { margin: 0 },
  steps: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalM,
  },
  step: { height: '100%', gap: tokens.spacingVerticalS },
  stepHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  stepNumber: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    flexShrink: 0,
  },
  stepIcon: { fontSize: '20px', color: tokens.colorBrandForeground1 },
  stepTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  principles: { listStyleType: 'none', margin: 0, marginTop: tokens.spacingVerticalM, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  principle: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  principleIcon: { fontSize: '24px', color: tokens.colorBrandForeground1, flexShrink: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  recent: {
    ...cardSurface,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

const steps = [
  { id: 'procurement', icon: BuildingGovernmentRegular },
  { id: 'needs', icon: PeopleTeamRegular },
  { id: 'requirements', icon: TaskListLtrRegular },
  { id: 'evaluation', icon: ScalesRegular },
  { id: 'review', icon: CheckmarkCircleRegular },
  { id: 'export', icon: DocumentArrowRightRegular },
] as const;

const principles = [
  { id: 'local', icon: LockClosedRegular },
  { id: 'open', icon: LockOpenRegular },
  { id: 'languages', icon: TranslateRegular },
] as const;

export interface HomeScreenProps {
  headingRef: React.Ref<HTMLHeadingElement>;
  language: UiLanguage;
  recent: RecentDocumentSummary[];
  onNew: () => void;
  onOpen: () => void;
  /** File › Import…: a Word document as a new specification. */
  onImport: () => void;
  onOpenRecent: (path: string) => void;
  onTrash: () => void;
  /** Who the user said they work for; undefined until they answer (the buyer's home, with the question offered). */
  role: UserRole | undefined;
  onChooseRole: (role: UserRole) => void;
  /** A supplier answers a buyer's specification: a new response, or one saved before. */
  onAnswerSpecification: () => void;
  onContinueResponse: () => void;
  /** How far a company profile already answers a specification. */
  onCheckReadiness: () => void;
  /** The company profile editor. */
  onCompanyProfile: () => void;
  /** What the course role's home shows: course packs, exercises and the trainer's way in. */
  courseHome?: React.ReactNode;
}

export function HomeScreen(props: HomeScreenProps): React.JSX.Element {
  const { headingRef, language, recent, onNew, onOpen, onImport, onOpenRecent, onTrash, role } = props;
  const styles = useStyles();
  const { t } = useTranslation();
  const supplier = role === 'supplier';
  const title = supplier ? t('supplier.home.supplierTitle') : role === 'course' ? t('supplier.home.courseTitle') : t('home.title');
  const intro = supplier ? t('supplier.home.supplierIntro') : role === 'course' ? t('courseScreens.home.intro') : t('home.intro');
  return (
    <div className={styles.page}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {title}
      </h1>
      <Text as="p" block className={styles.intro}>
        {intro}
      </Text>
      {role === 'course' && props.courseHome}
      {supplier && (
        <>
          <div className={styles.actions}>
            <Button appearance="primary" size="large" icon={<DocumentCheckmarkRegular />} onClick={props.onAnswerSpecification}>
              {t('supplier.home.answer')}
            </Button>
            <Button size="large" icon={<FolderOpenRegular />} onClick={props.onContinueResponse}>
              {t('supplier.home.continue')}
            </Button>
            <Button size="large" icon={<ClipboardTaskListLtrRegular />} onClick={props.onCheckReadiness}>
              {t('supplier.home.readiness')}
            </Button>
            <Button size="large" icon={<BuildingShopRegular />} onClick={props.onCompanyProfile}>
              {t('supplier.home.profile')}
            </Button>
          </div>
          <Text as="p" block className={styles.intro}>
            {t('supplier.home.notYet')}
          </Text>
          <Title3 as="h2" className={styles.sectionTitle}>
            {t('supplier.home.buyerTools')}
          </Title3>
        </>
      )}
      <div className={styles.actions}>
        <Button appearance={supplier ? 'secondary' : 'primary'} size="large" icon={<AddRegular />} onClick={onNew}>
          {t('homeDocs.new')}
        </Button>
        <Button size="large" icon={<FolderOpenRegular />} onClick={onOpen}>
          {t('homeDocs.open')}
        </Button>
        <Button size="large" icon={<ArrowImportRegular />} onClick={onImport}>
          {importText(language, 'homeAction')}
        </Button>
        <Button size="large" appearance="subtle" icon={<DeleteRegular />} onClick={onTrash}>
          {t('homeDocs.trash')}
        </Button>
      </div>
      {role === undefined && <RoleQuestion onChoose={props.onChooseRole} />}
      <section aria-labelledby="home-recent" className={styles.recent}>
        <Title3 as="h2" id="home-recent" className={styles.sectionTitle}>
          {t('homeDocs.recentTitle')}
        </Title3>
        {recent.length === 0 ? (
          <Text as="p" block>{t('homeDocs.recentEmpty')}</Text>
        ) : (
          <Table size="small" aria-labelledby="home-recent">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('homeDocs.colTitle')}</TableHeaderCell>
                <TableHeaderCell>{t('homeDocs.colBuyer')}</TableHeaderCell>
                <TableHeaderCell>{t('homeDocs.colJurisdiction')}</TableHeaderCell>
                <TableHeaderCell>{t('homeDocs.colSaved')}</TableHeaderCell>
                <TableHeaderCell>{t('homeDocs.colProgress')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {recent.map((doc) => (
                <TableRow key={doc.path}>
                  <TableCell>
                    <Link as="button" onClick={() => onOpenRecent(doc.path)}>
                      {doc.title.trim() === '' ? t('homeDocs.untitled') : doc.title}
                    </Link>
                  </TableCell>
                  <TableCell>{doc.buyer}</TableCell>
                  <TableCell>{t(`jurisdiction.${doc.jurisdiction}`)}</TableCell>
                  <TableCell>{doc.lastSavedAt === null ? t('homeDocs.neverSaved') : formatSavedTime(language, doc.lastSavedAt)}</TableCell>
                  <TableCell>
                    {doc.progress === undefined || doc.progress.total === 0 ? (
                      '—'
                    ) : (
                      <span className={styles.progress}>
                        <ProgressBar
                          className={styles.progressBar}
                          value={doc.progress.done / doc.progress.total}
                          color={doc.progress.done === doc.progress.total ? 'success' : 'brand'}
                          aria-hidden
                        />
                        {t('homeDocs.progress', { done: formatNumber(doc.progress.done, language), total: formatNumber(doc.progress.total, language) })}
                      </span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      {!supplier && (
      <section aria-labelledby="home-steps">
        <Title3 as="h2" id="home-steps" className={styles.sectionTitle}>
          {t('home.stepsTitle')}
        </Title3>
        <ol className={styles.steps}>
          {steps.map(({ id, icon: Icon }, index) => (
            <li key={id}>
              <Card className={styles.step}>
                <div className={styles.stepHead}>
                  <span className={styles.stepNumber} aria-hidden="true">
                    {index + 1}
                  </span>
                  <Icon className={styles.stepIcon} aria-hidden="true" />
                  <h3 className={styles.stepTitle}>{t(`home.steps.${id}.title`)}</h3>
                </div>
                <Text as="p" block>{t(`home.steps.${id}.text`)}</Text>
              </Card>
            </li>
          ))}
        </ol>
      </section>
      )}
      <section aria-labelledby="home-principles">
        <Title3 as="h2" id="home-principles" className={styles.sectionTitle}>
          {supplier ? t('supplier.home.principlesTitle') : t('home.principlesTitle')}
        </Title3>
        <ul className={styles.principles}>
          {principles.map(({ id, icon: Icon }) => (
            <li key={id} className={styles.principle}>
              <Icon className={styles.principleIcon} aria-hidden="true" />
              <Text>{t(`home.principles.${id}`)}</Text>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
