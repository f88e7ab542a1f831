/**
 * The library's sharing sections: the organisation library (its packs,
 * marked as the organisation's, read-only; a notice when the folder is
 * offline; the files in it that could not be used, by name and reason) and
 * the course packs (shipped, the user's own, the organisation's), which can
 * be imported, exported, removed and published.
 */
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowExportRegular, ArrowImportRegular, CloudArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseSummary } from '../../../shared/contract';
import { formatNumber } from '../../../shared/format/numbers';
import { inLanguage, type UiLanguage } from '../../../shared/languages';
import type { TemplatePack } from '../../../shared/templates/model';
import type { OrganisationLibraryStatus } from '../../../shared/templates/organisation';
import { api } from '../api';
import { sharingErrorText, sharingReason } from './sharing-messages';
import { useSharedImport } from './useSharedImport';
import { LibraryNoticeArea, type LibraryNotice } from './LibraryNotice';
import { cardSurface } from '../components/surface';

const useStyles = makeStyles({
  panel: {
    ...cardSurface,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  start: { alignSelf: 'flex-start' },
  h2: { ...typographyStyles.subtitle1, margin: 0 },
  h3: { ...typographyStyles.body1Strong, margin: 0 },
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignSelf: 'stretch' },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export interface OrganisationSectionProps {
  status: OrganisationLibraryStatus | null;
  packs: TemplatePack[];
  language: UiLanguage;
}

/** The organisation's packs as the library last read its folder. */
export function OrganisationSection({ status, packs, language }: OrganisationSectionProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <section className={styles.panel} aria-labelledby="organisation-library">
      <h2 id="organisation-library" className={styles.h2}>
        {t('sharing.organisation.title')}
      </h2>
      <Text as="p" block>
        {t('sharing.organisation.intro')}
      </Text>
      {status === null ? (
        <Text as="p" block>
          {t('sharing.organisation.none')}
        </Text>
      ) : status.state === 'offline' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('sharing.organisation.offline', { name: status.name })}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text as="p" block>
            {t('sharing.organisation.folder', { name: status.name })}
          </Text>
          <Text as="p" block>
            {t(status.writable ? 'sharing.organisation.writable' : 'sharing.organisation.readOnly')}
          </Text>
          {packs.length === 0 ? (
            <Text as="p" block>
              {t('sharing.organisation.noPacks')}
            </Text>
          ) : (
            <ul className={styles.list} aria-label={t('sharing.organisation.title')}>
              {packs.map((pack) => (
                <li key={pack.id} className={styles.name}>
                  <Badge appearance="outline">{t('sharing.organisation.badge')}</Badge>
                  <Text>
                    {inLanguage(pack.title, language)} ({formatNumber(pack.requirements.length, language)})
                  </Text>
                </li>
              ))}
            </ul>
          )}
          {status.problems.length > 0 && (
            <>
              <h3 className={styles.h3}>{t('sharing.organisation.badFiles')}</h3>
              <ul className={styles.problems}>
                {status.problems.map((problem) => (
                  <li key={problem.fileName}>{t('sharing.organisation.badFile', { file: problem.fileName, reason: sharingReason(t, problem.problem, problem.message) })}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

export interface CoursesSectionProps {
  language: UiLanguage;
  /** Whether the user may publish to the organisation folder. */
  canPublish: boolean;
}

/** The course packs: import, export, remove the user's own, publish them to the organisation. */
export function CoursesSection({ language, canPublish }: CoursesSectionProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [courses, setCourses] = useState<CourseSummary[] | null>(null);
  const [notice, setNotice] = useState<LibraryNotice>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const local = (title: Record<string, string>): string => inLanguage(title, language);

  useEffect(() => {
    let cancelled = false;
    api.courses.list().then(
      (list) => !cancelled && setCourses(list),
      (error: unknown) => !cancelled && setNotice({ intent: 'error', text: sharingErrorText(t, error).reason }),
    );
    return () => {
      cancelled = true;
    };
  }, [generation, t]);

  const importer = useSharedImport<CourseSummary>({
    run: (request) => api.courses.import(request),
    titleOf: (course) => local(course.title),
    onImported: (course) => {
      setNotice({ intent: 'success', text: t('sharing.courses.imported', { title: local(course.title) }) });
      reload();
    },
    onFailed: (error) => setNotice({ intent: 'error', text: t('sharing.courses.importFailed', sharingErrorText(t, error)) }),
  });

  const exportCourse = async (course: CourseSummary): Promise<void> => {
    try {
      const written = await api.courses.export({ id: course.id });
      if (written !== null) setNotice({ intent: 'success', text: t('sharing.exported', { title: local(course.title), file: written.fileName }) });
    } catch (error) {
      setNotice({ intent: 'error', text: t('sharing.exportFailed', { title: local(course.title), reason: sharingErrorText(t, error).reason }) });
    }
  };

  const removeCourse = async (course: CourseSummary): Promise<void> => {
    await api.courses.remove({ id: course.id });
    setNotice({ intent: 'success', text: t('sharing.courses.removed', { title: local(course.title) }) });
    reload();
  };

  const publishCourse = async (course: CourseSummary, replace = false): Promise<void> => {
    try {
      const result = await api.courses.publish({ id: course.id, replace });
      if (result.status === 'exists') {
        setNotice({ intent: 'warning', text: t('sharing.publishExists', { file: result.fileName }), action: { label: t('sharing.publishReplace'), run: () => void publishCourse(course, true) } });
      } else {
        setNotice({ intent: 'success', text: t('sharing.published', { title: local(course.title), file: result.fileName }) });
        reload();
      }
    } catch (error) {
      setNotice({ intent: 'error', text: t('sharing.publishFailed', { title: local(course.title), reason: sharingErrorText(t, error).reason }) });
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="library-courses">
      <h2 id="library-courses" className={styles.h2}>
        {t('sharing.courses.title')}
      </h2>
      <Text as="p" block>
        {t('sharing.courses.intro')}
      </Text>
      <LibraryNoticeArea notice={notice} />
      {courses !== null && courses.length === 0 && (
        <Text as="p" block>
          {t('sharing.courses.none')}
        </Text>
      )}
      {courses !== null && courses.length > 0 && (
        <ul className={styles.list} aria-label={t('sharing.courses.title')}>
          {courses.map((course) => (
            <li key={course.id} className={styles.item}>
              <span className={styles.name}>
                <Badge appearance={course.origin === 'user' ? 'filled' : 'outline'}>{t(`sharing.courses.origin.${course.origin}`)}</Badge>
                <Text>
                  {local(course.title)} ({t('sharing.courses.exercises', { count: course.exerciseCount, formatted: formatNumber(course.exerciseCount, language) })})
                </Text>
              </span>
              <span className={styles.actions}>
                <Button icon={<ArrowExportRegular />} aria-label={t('sharing.exportNamed', { title: local(course.title) })} onClick={() => void exportCourse(course)}>
                  {t('sharing.export')}
                </Button>
                {course.origin === 'user' && canPublish && (
                  <Button icon={<CloudArrowUpRegular />} aria-label={t('sharing.publishNamed', { title: local(course.title) })} onClick={() => void publishCourse(course)}>
                    {t('sharing.publish')}
                  </Button>
                )}
                {course.origin === 'user' && (
                  <Button icon={<DeleteRegular />} aria-label={t('sharing.courses.removeNamed', { title: local(course.title) })} onClick={() => void removeCourse(course)}>
                    {t('sharing.courses.remove')}
                  </Button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Button className={styles.start} icon={<ArrowImportRegular />} onClick={() => void importer.start()}>
        {t('sharing.courses.import')}
      </Button>
      {importer.dialog}
    </section>
  );
}
