/**
 * The trainer's check of a class: a course pack and one of its exercises,
 * optionally a reference file kept apart from the pack, then a folder of
 * trainees' answers. Shows the class matrix (trainee × reference
 * requirement), the most common misses, and one trainee's result beside the
 * reference. Files that could not be read are listed by name with the reason.
 */
import {
  Badge,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
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
import { ArrowExportRegular, DocumentCheckmarkRegular, FolderOpenRegular, FolderPeopleRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classOverview, type TraineeRow } from '../../../shared/course/class-overview';
import { exerciseById } from '../../../shared/course/model';
import { filledRequirementText, requirementTitle } from '../../../shared/course/reference-text';
import { courseKey, type ClassAnswers, type CourseFile, type ReferenceFile } from '../../../shared/course/work';
import { formatNumber } from '../../../shared/format/numbers';
import { inLanguage, type UiLanguage } from '../../../shared/languages';
import type { DocumentLanguage } from '../../../shared/specification/model/common';
import { api } from '../api';
import { fileNameOf } from '../format';
import { courseFileProblem } from './CourseHome';
import { statusColours } from './ExercisePanel';
import { cardSurface } from '../components/surface';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1280px' },
  heading: { ...typographyStyles.title1, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  intro: { maxWidth: '72ch' },
  section: {
    ...cardSurface,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  title: { margin: 0 },
  choices: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  select: { minWidth: '260px' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  matrix: { overflowX: 'auto' },
  list: { margin: 0, paddingInlineStart: '1.2em', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  side: { verticalAlign: 'top' },
});

export interface ClassScreenProps {
  language: UiLanguage;
  headingRef: React.Ref<HTMLHeadingElement>;
}

export function ClassScreen({ language, headingRef }: ClassScreenProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [packs, setPacks] = useState<CourseFile[]>([]);
  const [packKey, setPackKey] = useState<string>('');
  const [exerciseId, setExerciseId] = useState<string>('');
  const [separateReference, setSeparateReference] = useState<ReferenceFile | null>(null);
  const [answers, setAnswers] = useState<ClassAnswers | null>(null);
  const [shownTrainee, setShownTrainee] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.course.library().then((library) => {
      if (!live) return;
      setPacks((current) => [...library, ...current.filter((pack) => !library.some((each) => courseKey(each) === courseKey(pack)))]);
      const first = library[0];
      if (first !== undefined) {
        setPackKey((current) => (current === '' ? courseKey(first) : current));
        setExerciseId((current) => (current === '' ? (first.course.exercises[0]?.id ?? '') : current));
      }
    });
    return () => {
      live = false;
    };
  }, []);

  const pack = packs.find((each) => courseKey(each) === packKey) ?? null;
  const exercise = pack === null ? undefined : exerciseById(pack.course, exerciseId);
  const reference = separateReference?.specification ?? exercise?.reference;
  const textLanguage: DocumentLanguage = exercise === undefined || exercise.languages.includes(language) ? language : (exercise.languages[0] ?? language);

  // Worked out on each change of exercise, reference or answers (the React compiler keeps it between renders).
  const overview = exercise === undefined || reference === undefined || answers === null ? null : classOverview(exercise, answers.answers, reference, textLanguage);
  const shown: TraineeRow | null = overview?.trainees.find((trainee) => trainee.file === shownTrainee) ?? null;

  const guarded = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
      setProblem(null);
    } catch (error) {
      setProblem(courseFileProblem(error));
    }
  };

  const openPack = (): Promise<void> =>
    guarded(async () => {
      const opened = await api.course.open({ path: null });
      if (opened === null) return;
      setPacks((current) => [...current.filter((each) => courseKey(each) !== courseKey(opened)), opened]);
      setPackKey(courseKey(opened));
      setExerciseId(opened.course.exercises[0]?.id ?? '');
    });

  const chooseReference = (): Promise<void> =>
    guarded(async () => {
      const chosen = await api.course.openReference({ path: null });
      if (chosen !== null) setSeparateReference(chosen);
    });

  const loadFolder = (): Promise<void> =>
    guarded(async () => {
      const loaded = await api.course.loadAnswers({ folderPath: null });
      if (loaded === null) return;
      setAnswers(loaded);
      setShownTrainee(null);
    });

  const exportClass = (): Promise<void> =>
    guarded(async () => {
      if (pack === null || answers === null) return;
      const written = await api.course.exportClass({
        ...(pack.path === null ? { courseId: pack.course.id, coursePath: null } : { coursePath: pack.path }),
        exerciseId,
        folderPath: answers.folder,
        referencePath: separateReference?.path ?? null,
        language,
      });
      if (written === null) return;
      setExported(t('courseScreens.trainer.exported', { file: fileNameOf(written.overviewPath), count: formatNumber(written.feedbackPaths.length, language) }));
    });

  const score = (value: number): string => formatNumber(value, language);
  // A select's options hold text only: the origin the library shows as a badge follows the title here.
  const courseOptionLabel = (each: CourseFile): string => {
    const title = inLanguage(each.course.title, language) || each.course.id;
    return each.origin === 'file' ? title : `${title} (${t(`sharing.courses.origin.${each.origin}`)})`;
  };

  return (
    <div className={styles.page}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('courseScreens.trainer.title')}
      </h1>
      <Text as="p" block className={styles.intro}>
        {t('courseScreens.trainer.intro')}
      </Text>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('courseScreens.trainer.helpTitle')}</MessageBarTitle>
          {t('courseScreens.trainer.help')}
        </MessageBarBody>
      </MessageBar>
      {problem !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}

      <section aria-label={t('courseScreens.trainer.exercise')} className={styles.section}>
        <div className={styles.choices}>
          <Field label={t('courseScreens.trainer.course')}>
            <Select
              className={styles.select}
              value={packKey}
              onChange={(_event, data) => {
                setPackKey(data.value);
                setExerciseId(packs.find((each) => courseKey(each) === data.value)?.course.exercises[0]?.id ?? '');
              }}
            >
              {packs.map((each) => (
                <option key={courseKey(each)} value={courseKey(each)}>
                  {courseOptionLabel(each)}
                </option>
              ))}
            </Select>
          </Field>
          <Button icon={<FolderOpenRegular />} onClick={() => void openPack()}>
            {t('courseScreens.home.openPack')}
          </Button>
          <Field label={t('courseScreens.trainer.exercise')}>
            <Select className={styles.select} value={exerciseId} onChange={(_event, data) => setExerciseId(data.value)}>
              {(pack?.course.exercises ?? []).map((each) => (
                <option key={each.id} value={each.id}>
                  {inLanguage(each.title, language) || each.id}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={styles.actions}>
          <Button icon={<DocumentCheckmarkRegular />} onClick={() => void chooseReference()}>
            {t('courseScreens.trainer.referenceFile')}
          </Button>
          <Text>
            {separateReference !== null
              ? t('courseScreens.trainer.referenceFrom', { file: fileNameOf(separateReference.path) })
              : exercise?.reference !== undefined
                ? t('courseScreens.trainer.referenceOwn')
                : t('courseScreens.trainer.noReference')}
          </Text>
        </div>
        <div className={styles.actions}>
          <Button appearance="primary" icon={<FolderPeopleRegular />} disabled={exercise === undefined} onClick={() => void loadFolder()}>
            {t('courseScreens.trainer.loadFolder')}
          </Button>
          {answers !== null && (
            <Text role="status">
              {t('courseScreens.trainer.loaded', { count: answers.answers.length, folder: fileNameOf(answers.folder) })}
            </Text>
          )}
        </div>
        {overview !== null && (
          <div className={styles.actions}>
            <Button icon={<ArrowExportRegular />} onClick={() => void exportClass()}>
              {t('courseScreens.trainer.exportClass')}
            </Button>
            <div role="status">{exported !== null && <Text>{exported}</Text>}</div>
          </div>
        )}
      </section>

      {answers !== null && answers.refused.length > 0 && (
        <section aria-labelledby="class-refused" className={styles.section}>
          <Title3 as="h2" id="class-refused" className={styles.title}>
            {t('courseScreens.trainer.refusedTitle')}
          </Title3>
          <ul className={styles.list}>
            {answers.refused.map((refused) => (
              <li key={refused.file}>
                <Text weight="semibold">{refused.file}</Text>: {refused.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      {overview !== null && (
        <>
          <section aria-labelledby="class-matrix" className={styles.section}>
            <Title3 as="h2" id="class-matrix" className={styles.title}>
              {t('courseScreens.trainer.matrixTitle')}
            </Title3>
            <div className={styles.matrix}>
              <Table size="small" aria-labelledby="class-matrix">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('courseScreens.trainer.colTrainee')}</TableHeaderCell>
                    <TableHeaderCell>{t('courseScreens.trainer.colScore')}</TableHeaderCell>
                    {overview.items.map((item) => (
                      <TableHeaderCell key={item.id} title={item.id}>
                        {item.title}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {overview.trainees.map((trainee) => (
                    <TableRow key={trainee.file} data-trainee={trainee.file}>
                      <TableCell>
                        <Button size="small" appearance="subtle" aria-pressed={shownTrainee === trainee.file} onClick={() => setShownTrainee(trainee.file)}>
                          {trainee.file}
                        </Button>
                      </TableCell>
                      <TableCell>{score(trainee.result.score)}</TableCell>
                      {overview.items.map((item) => {
                        const status = trainee.statuses.get(item.id) ?? 'missing';
                        return (
                          <TableCell key={item.id}>
                            <Badge appearance="tint" color={statusColours[status]}>
                              {t(`course.statuses.${status}`)}
                            </Badge>
                          </TableCell>
                        );
                      })}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>

          <section aria-labelledby="class-misses" className={styles.section}>
            <Title3 as="h2" id="class-misses" className={styles.title}>
              {t('courseScreens.trainer.missesTitle')}
            </Title3>
            {overview.misses.filter((miss) => miss.missing > 0).length === 0 ? (
              <Text as="p" block>
                {t('courseScreens.trainer.noMisses')}
              </Text>
            ) : (
              <ol className={styles.list}>
                {overview.misses
                  .filter((miss) => miss.missing > 0)
                  .map((miss) => (
                    <li key={miss.item.id}>
                      {t('courseScreens.trainer.missCount', { title: miss.item.title, count: score(miss.missing), total: score(overview.trainees.length) })}
                    </li>
                  ))}
              </ol>
            )}
          </section>

          {shown !== null && reference !== undefined && (
            <section aria-labelledby="class-trainee" className={styles.section}>
              <Title3 as="h2" id="class-trainee" className={styles.title}>
                {t('courseScreens.trainer.traineeTitle', { trainee: shown.file })} · {t('courseScreens.check.score', { score: score(shown.result.score) })}
              </Title3>
              <Table size="small" aria-labelledby="class-trainee">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('courseScreens.trainer.reference')}</TableHeaderCell>
                    <TableHeaderCell>{t('courseScreens.check.colStatus')}</TableHeaderCell>
                    <TableHeaderCell>{t('courseScreens.trainer.theirs')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {shown.result.items.map((item) => {
                    const ours = reference.requirements.find((requirement) => requirement.id === item.id);
                    const answer = answers?.answers.find((each) => each.file === shown.file)?.specification;
                    const theirs = item.matchedRequirementId === null ? undefined : answer?.requirements.find((requirement) => requirement.id === item.matchedRequirementId);
                    const theirLanguage = shown.result.language;
                    return (
                      <TableRow key={item.id}>
                        <TableCell className={styles.side}>
                          <Text weight="semibold">{ours === undefined ? item.id : requirementTitle(ours, textLanguage) || item.id}</Text>
                          <br />
                          {ours === undefined ? '' : filledRequirementText(ours, textLanguage)}
                        </TableCell>
                        <TableCell className={styles.side}>
                          <Badge appearance="tint" color={statusColours[item.status]}>
                            {t(`course.statuses.${item.status}`)}
                          </Badge>
                        </TableCell>
                        <TableCell className={styles.side}>{theirs === undefined ? '—' : `${theirs.id}: ${filledRequirementText(theirs, theirLanguage)}`}</TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </section>
          )}
        </>
      )}
    </div>
  );
}
