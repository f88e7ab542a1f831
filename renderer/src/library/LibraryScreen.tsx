import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
  Spinner,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { AddRegular, ArrowExportRegular, ArrowImportRegular, CloudArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage, type UiLanguage } from '../../../shared/languages';
import { addRequestFor, type AddRequest } from '../../../shared/templates/instantiate';
import { resolvePack, type CatalogueEntry } from '../../../shared/templates/library';
import type { TemplateFilters } from '../../../shared/templates/search';
import { api } from '../api';
import { formatNumber } from '../../../shared/format/numbers';
import { AddRequirementDialog } from './AddRequirementDialog';
import { RequirementDetail } from './RequirementDetail';
import { RulesPanel } from './RulesPanel';
import { useTemplateLibrary } from './useTemplateLibrary';
import { sharingErrorText } from './sharing-messages';
import { CoursesSection, OrganisationSection } from './SharingSections';
import { useSharedImport } from './useSharedImport';
import { sectionChoices } from '../../../shared/templates/section-filter';
import { LibraryNoticeArea, type LibraryNotice } from './LibraryNotice';
import { cardSurface } from '../components/surface';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.title1, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  intro: { maxWidth: '80ch' },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(170px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    border: 'none',
    padding: 0,
    margin: 0,
    // Grid items may shrink below a long option's width; the select then fits its column.
    '& > *': { minWidth: 0 },
    '& select': { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(280px, 2fr) minmax(300px, 3fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  panel: {
    ...cardSurface,
    minWidth: 0,
  },
  results: { listStyleType: 'none', margin: 0, padding: 0, maxHeight: '60vh', overflowY: 'auto' },
  result: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  resultButton: { justifyContent: 'flex-start', textAlign: 'start', flexGrow: 1, minWidth: 0, height: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  resultText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0 },
  resultId: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  selectionBar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', margin: `${tokens.spacingVerticalS} 0` },
  h2: { ...typographyStyles.subtitle1, margin: 0 },
  myPacks: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  myPack: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  myPackActions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface LibraryScreenProps {
  headingRef: React.Ref<HTMLHeadingElement>;
  language: UiLanguage;
  /** The open specification, or null: requirements can only be added to an open one. */
  document: { title: string } | null;
  onAdd: (requests: AddRequest[]) => void;
}


export function LibraryScreen({ headingRef, language, document, onAdd }: LibraryScreenProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { state, reload } = useTemplateLibrary(language);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<TemplateFilters>({});
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState<CatalogueEntry | null>(null);
  const [notice, setNotice] = useState<LibraryNotice>(null);

  // The sections the section filter offers: those of the chosen pack, or of all packs, one choice per title.
  const sectionsForFilter = useMemo(() => {
    if (state.kind !== 'ready') return [];
    const { library } = state;
    const modules = new Map(library.modules.map((m) => [m.id, m]));
    const packs = filters.packId === undefined ? library.packs : library.packs.filter((p) => p.id === filters.packId);
    return sectionChoices(
      packs.flatMap((pack) => resolvePack(pack, modules).sections),
      language,
    );
  }, [state, filters.packId, language]);
  const results = useMemo(() => {
    if (state.kind !== 'ready') return [];
    const { sectionId, ...rest } = filters;
    const choice = sectionsForFilter.find((candidate) => candidate.key === sectionId);
    return state.search.search(query, sectionId === undefined ? filters : { ...rest, sectionIds: choice?.ids ?? [sectionId] });
  }, [state, query, filters, sectionsForFilter]);
  const local = (text: Partial<Record<UiLanguage, string>> | undefined): string => inLanguage(text, language);

  const packImport = useSharedImport<{ id: string; title: Record<string, string>; requirementCount: number }>({
    run: (request) => api.templates.import(request),
    titleOf: (pack) => local(pack.title),
    onImported: (pack) => {
      setNotice({ intent: 'success', text: t('library.imported', { title: local(pack.title) }) });
      reload();
    },
    onFailed: (error) => setNotice({ intent: 'error', text: t('library.importFailed', sharingErrorText(t, error)) }),
  });

  if (state.kind === 'loading') return <Spinner label={t('library.loading')} />;
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t('library.loadFailed', { reason: state.reason })}</MessageBarBody>
      </MessageBar>
    );
  }
  const { library, entries } = state;
  const current = entries.find((e) => e.requirement.id === currentId) ?? null;
  const setFilter = <K extends keyof TemplateFilters>(key: K, value: string): void =>
    setFilters((f) => {
      const entries = Object.entries({ ...f, [key]: value }).filter(([k, v]) => v !== '' && v !== undefined && !(key === 'packId' && k === 'sectionId'));
      return Object.fromEntries(entries) as TemplateFilters;
    });

  const add = (requests: AddRequest[]): void => {
    if (document === null) return;
    onAdd(requests);
    setNotice({ intent: 'success', text: t('library.added', { count: requests.length, title: document.title }) });
    setSelected(new Set());
  };

  const exportPack = async (id: string, title: string): Promise<void> => {
    try {
      const written = await api.templates.export({ id });
      if (written !== null) setNotice({ intent: 'success', text: t('sharing.exported', { title, file: written.fileName }) });
    } catch (error) {
      setNotice({ intent: 'error', text: t('sharing.exportFailed', { title, reason: sharingErrorText(t, error).reason }) });
    }
  };

  const publishPack = async (id: string, title: string, replace = false): Promise<void> => {
    try {
      const result = await api.templates.publish({ id, replace });
      if (result.status === 'exists') {
        setNotice({ intent: 'warning', text: t('sharing.publishExists', { file: result.fileName }), action: { label: t('sharing.publishReplace'), run: () => void publishPack(id, title, true) } });
      } else {
        setNotice({ intent: 'success', text: t('sharing.published', { title, file: result.fileName }) });
        reload();
      }
    } catch (error) {
      setNotice({ intent: 'error', text: t('sharing.publishFailed', { title, reason: sharingErrorText(t, error).reason }) });
    }
  };

  const removePack = async (id: string, title: string): Promise<void> => {
    await api.templates.remove({ id });
    setNotice({ intent: 'success', text: t('library.removed', { title }) });
    reload();
  };

  const select = (id: string, on: boolean): void =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div className={styles.page}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('library.title')}
      </h1>
      <Text as="p" block className={styles.intro}>
        {t('library.intro')}
      </Text>
      <LibraryNoticeArea notice={notice} />
      <Field label={t('library.search')}>
        <SearchBox value={query} dismiss={{ 'aria-label': t('app.clearSearch'), title: t('app.clearSearch') }} placeholder={t('library.searchPlaceholder')} onChange={(_e, data) => setQuery(data.value)} />
      </Field>
      <fieldset className={styles.filters} aria-label={t('library.filters')}>
        <Field label={t('library.pack')}>
          <Select value={filters.packId ?? ''} onChange={(_e, d) => setFilter('packId', d.value)}>
            <option value="">{t('library.any')}</option>
            {library.packs.map((p) => (
              <option key={p.id} value={p.id}>
                {local(p.title)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('library.section')}>
          <Select value={filters.sectionId ?? ''} onChange={(_e, d) => setFilter('sectionId', d.value)}>
            <option value="">{t('library.any')}</option>
            {sectionsForFilter.map((choice) => (
              <option key={choice.key} value={choice.key}>
                {choice.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('library.obligation')}>
          <Select value={filters.obligation ?? ''} onChange={(_e, d) => setFilter('obligation', d.value)}>
            <option value="">{t('library.any')}</option>
            <option value="mandatory">{t('library.obligations.mandatory')}</option>
            <option value="evaluated">{t('library.obligations.evaluated')}</option>
          </Select>
        </Field>
        <Field label={t('library.level')}>
          <Select value={filters.level ?? ''} onChange={(_e, d) => setFilter('level', d.value)}>
            <option value="">{t('library.any')}</option>
            {(['basic', 'advanced', 'leading'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`library.levels.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('library.standard')}>
          <Select value={filters.standardId ?? ''} onChange={(_e, d) => setFilter('standardId', d.value)}>
            <option value="">{t('library.any')}</option>
            {library.standards.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('library.innovation')}>
          <Select value={filters.innovationId ?? ''} onChange={(_e, d) => setFilter('innovationId', d.value)}>
            <option value="">{t('library.any')}</option>
            {library.innovation.map((c) => (
              <option key={c.id} value={c.id}>
                {local(c.title)}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>

      <div className={styles.columns}>
        <section className={styles.panel} aria-label={t('library.resultsLabel')}>
          <Text weight="semibold" role="status">
            {results.length === 0 ? t('library.noResults') : t('library.results', { count: results.length, formatted: formatNumber(results.length, language) })}
          </Text>
          <div className={styles.selectionBar}>
            {document === null ? (
              <Text size={200}>{t('library.noDocument')}</Text>
            ) : (
              <>
                <Button
                  appearance="primary"
                  icon={<AddRegular />}
                  disabled={selected.size === 0}
                  onClick={() => add(entries.filter((e) => selected.has(e.requirement.id)).map((e) => addRequestFor(e, library, filters.packId, {})))}
                >
                  {t('library.addSelected')} ({t('library.selectedCount', { count: selected.size })})
                </Button>
                {selected.size > 0 && <Button onClick={() => setSelected(new Set())}>{t('library.clearSelection')}</Button>}
              </>
            )}
          </div>
          <ul className={styles.results}>
            {results.map((entry) => {
              const r = entry.requirement;
              return (
                <li key={r.id} className={`${styles.result} ${currentId === r.id ? styles.current : ''}`}>
                  <Checkbox
                    checked={selected.has(r.id)}
                    aria-label={t('library.select', { id: `${r.id} ${local(r.title)}` })}
                    onChange={(_e, data) => select(r.id, data.checked === true)}
                  />
                  <Button appearance="transparent" className={styles.resultButton} aria-current={currentId === r.id ? 'true' : undefined} onClick={() => setCurrentId(r.id)}>
                    <span className={styles.resultText}>
                      <span>{local(r.title)}</span>
                      <span className={styles.resultId}>
                        {r.id} · {t(`library.obligations.${r.obligation}`)}
                      </span>
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
        <section className={styles.panel} aria-label={t('library.detailLabel')}>
          {current === null ? (
            <Text>{t('library.chooseOne')}</Text>
          ) : (
            <RequirementDetail entry={current} library={library} language={language} canAdd={document !== null} onAdd={() => setAdding(current)} />
          )}
        </section>
      </div>

      <section className={styles.panel} aria-labelledby="my-packs">
        <h2 id="my-packs" className={styles.h2}>
          {t('library.myPacks')}
        </h2>
        <Text as="p" block>{t('library.myPacksIntro')}</Text>
        {library.userPackIds.length === 0 ? (
          <Text as="p" block>{t('library.noMyPacks')}</Text>
        ) : (
          <ul className={styles.myPacks}>
            {library.packs
              .filter((p) => library.userPackIds.includes(p.id))
              .map((p) => (
                <li key={p.id} className={styles.myPack}>
                  <Text>
                    {local(p.title)} ({formatNumber(p.requirements.length, language)})
                  </Text>
                  <span className={styles.myPackActions}>
                    <Button icon={<ArrowExportRegular />} aria-label={t('sharing.exportNamed', { title: local(p.title) })} onClick={() => void exportPack(p.id, local(p.title))}>
                      {t('sharing.export')}
                    </Button>
                    {library.organisation?.state === 'available' && library.organisation.writable && (
                      <Button icon={<CloudArrowUpRegular />} aria-label={t('sharing.publishNamed', { title: local(p.title) })} onClick={() => void publishPack(p.id, local(p.title))}>
                        {t('sharing.publish')}
                      </Button>
                    )}
                    <Button icon={<DeleteRegular />} aria-label={t('library.removeNamed', { title: local(p.title) })} onClick={() => void removePack(p.id, local(p.title))}>
                      {t('library.remove')}
                    </Button>
                  </span>
                </li>
              ))}
          </ul>
        )}
        <Button icon={<ArrowImportRegular />} onClick={() => void packImport.start()}>
          {t('library.import')}
        </Button>
        {packImport.dialog}
      </section>

      <OrganisationSection
        status={library.organisation ?? null}
        packs={library.packs.filter((p) => library.organisationPackIds?.includes(p.id) === true)}
        language={language}
      />

      <CoursesSection language={language} canPublish={library.organisation?.state === 'available' && library.organisation.writable} />

      <section className={styles.panel} aria-label={t('rules.title')}>
        <RulesPanel rules={library.rules} language={language} />
      </section>

      {adding !== null && (
        <AddRequirementDialog
          requirement={adding.requirement}
          language={language}
          onCancel={() => setAdding(null)}
          onAdd={(values) => {
            setAdding(null);
            add([addRequestFor(adding, library, filters.packId, values)]);
          }}
        />
      )}
    </div>
  );
}
