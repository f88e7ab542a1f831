/**
 * The home screen of the course role: every course pack the library has
 * (shipped, the user's own, the organisation's, each with its origin as the
 * library shows it) and one the user opens from a file, a pack's exercises (level, title) to start, and the way into
 * the trainer's class check.
 */
import { Badge, Button, Card, Link, makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, FolderOpenRegular, HatGraduationRegular, PeopleTeamRegular, PlayRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { courseKey, type CourseFile } from '../../../shared/course/work';
import { KravstudioError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/numbers';
import { inLanguage, type UiLanguage } from '../../../shared/languages';
import { api } from '../api';
import { fileNameOf } from '../format';
import { visuallyHidden } from '../visually-hidden';
import { cardSurface } from '../components/surface';

const useStyles = makeStyles({
  section: {
    ...cardSurface,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  title: { margin: 0 },
  packs: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  card: { maxWidth: '72ch', gap: tokens.spacingVerticalS },
  hidden: visuallyHidden,
});

export interface CourseHomeProps {
  language: UiLanguage;
  onStartExercise: (pack: CourseFile, exerciseId: string) => void;
  onCheckClass: () => void;
}

/** Why a course file could not be opened, naming the file. */
export function courseFileProblem(error: unknown): string {
  if (error instanceof KravstudioError) return error.file === undefined ? error.message : `${fileNameOf(error.file)}: ${error.message}`;
  return String(error);
}

export function CourseHome({ language, onStartExercise, onCheckClass }: CourseHomeProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [library, setLibrary] = useState<CourseFile[] | null>(null);
  const [chosen, setChosen] = useState<CourseFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.course.library().then((packs) => {
      if (live) setLibrary(packs);
    });
    return () => {
      live = false;
    };
  }, []);

  const openPack = async (): Promise<void> => {
    try {
      const opened = await api.course.open({ path: null });
      if (opened === null) return;
      setProblem(null);
      setChosen(opened);
    } catch (error) {
      setProblem(courseFileProblem(error));
    }
  };

  const courseTitle = (pack: CourseFile): string => inLanguage(pack.course.title, language) || pack.course.id;

  return (
    <>
      <section aria-labelledby="course-trainee" className={styles.section}>
        <Title3 as="h2" id="course-trainee" className={styles.title}>
          {chosen === null ? t('courseScreens.home.traineeTitle') : t('courseScreens.home.exercisesOf', { course: courseTitle(chosen) })}
        </Title3>
        {problem !== null && (
          <MessageBar intent="error">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        {chosen === null ? (
          <>
            <Text as="p" block>
              {t('courseScreens.home.libraryTitle')}
            </Text>
            <ul className={styles.packs}>
              {(library ?? []).map((pack) => (
                <li key={courseKey(pack)} data-course={pack.course.id}>
                  <Link as="button" onClick={() => setChosen(pack)}>
                    {courseTitle(pack)}
                  </Link>{' '}
                  <Text size={200}>({t('courseScreens.home.exerciseCount', { count: pack.course.exercises.length, formatted: formatNumber(pack.course.exercises.length, language) })})</Text>
                  {pack.origin !== 'file' && (
                    <>
                      {' '}
                      <Badge appearance={pack.origin === 'user' ? 'filled' : 'outline'}>{t(`sharing.courses.origin.${pack.origin}`)}</Badge>
                    </>
                  )}
                </li>
              ))}
            </ul>
            <div className={styles.actions}>
              <Button icon={<FolderOpenRegular />} onClick={() => void openPack()}>
                {t('courseScreens.home.openPack')}
              </Button>
            </div>
          </>
        ) : (
          <>
            <Table size="small" aria-labelledby="course-trainee">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('courseScreens.home.colLevel')}</TableHeaderCell>
                  <TableHeaderCell>{t('courseScreens.home.colTitle')}</TableHeaderCell>
                  <TableHeaderCell>
                    <span className={styles.hidden}>{t('courseScreens.home.start')}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {chosen.course.exercises.map((exercise) => {
                  const title = inLanguage(exercise.title, language) || exercise.id;
                  return (
                    <TableRow key={exercise.id} data-exercise={exercise.id}>
                      <TableCell>
                        <Badge appearance="outline">{t(`courseScreens.home.levels.${exercise.level}`)}</Badge>
                      </TableCell>
                      <TableCell>{title}</TableCell>
                      <TableCell>
                        <Button size="small" icon={<PlayRegular />} aria-label={`${t('courseScreens.home.start')}: ${title}`} onClick={() => onStartExercise(chosen, exercise.id)}>
                          {t('courseScreens.home.start')}
                        </Button>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <div className={styles.actions}>
              <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => setChosen(null)}>
                {t('courseScreens.home.back')}
              </Button>
            </div>
          </>
        )}
      </section>
      <Card className={styles.card} role="region" aria-labelledby="course-trainer">
        <Title3 as="h2" id="course-trainer" className={styles.title}>
          <HatGraduationRegular aria-hidden /> {t('courseScreens.home.trainerTitle')}
        </Title3>
        <Text as="p" block>
          {t('courseScreens.home.trainerText')}
        </Text>
        <div className={styles.actions}>
          <Button icon={<PeopleTeamRegular />} onClick={onCheckClass}>
            {t('courseScreens.home.trainer')}
          </Button>
        </div>
      </Card>
    </>
  );
}
