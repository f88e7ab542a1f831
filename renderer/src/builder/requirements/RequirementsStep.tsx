import { useHints } from '../../open-document/hints';
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, SearchBox, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowLeftRegular, LibraryRegular, PanelLeftContractRegular, PanelLeftExpandRegular } from '@fluentui/react-icons';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addRequirement,
  addSection,
  deleteRequirements,
  duplicateRequirement,
  indentSection,
  moveRequirement,
  moveRequirementBefore,
  moveRequirementTo,
  moveSection,
  moveSectionTo,
  outdentSection,
  removeSection,
  renameSection,
  sectionWithDescendants,
  setSectionIntro,
  setSectionNumbering,
  updateRequirement,
} from '../../../../shared/builder/requirement-edits';
import { documentNearDuplicates, withNearDuplicates } from '../../../../shared/quality/incremental';
import type { LocalisedText, Requirement, Section, Specification } from '../../../../shared/specification/model';
import { numberAsExported } from '../../../../shared/specification/numbering';
import { madeSectionTitle } from '../../../../shared/builder/section-titles';
import { textIn } from '../../../../shared/text/localised';
import { FindingsPanel } from '../quality/FindingsPanel';
import { useSettledValue } from '../quality/useSettledValue';
import type { StepProps } from '../step-props';
import { RequirementEditor } from './RequirementEditor';
import { RequirementRows, type RequirementRow } from './RequirementRows';
import { SectionSettings } from './SectionSettings';
import { SectionTree, type SectionAction, type TreeRow } from './SectionTree';
import { useOpenDocument, useUiLanguage } from '../../open-document/DocumentContext';
import { documentLanguageName } from './language-names';
import { usePasteRequirements } from './usePasteRequirements';
import { BulkActionBar } from './BulkActionBar';
import { useRequirementSelection } from './useRequirementSelection';
import { SplitSeparator } from './SplitSeparator';
import { useRequirementsLayout } from './useRequirementsLayout';
import { paneLayout, useWidthOf } from './pane-layout';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  find: { marginLeft: 'auto', minWidth: '240px' },
  // The tree, the list and the editor share one box as tall as the window allows; each scrolls on its own.
  panes: {
    display: 'grid',
    columnGap: tokens.spacingHorizontalS,
    height: 'max(260px, calc(100vh - 120px))',
    minWidth: 0,
  },
  pane: { minWidth: 0, minHeight: 0, height: '100%' },
  treePane: { minWidth: 0, minHeight: 0, overflowY: 'auto', paddingRight: tokens.spacingHorizontalXS },
  detail: {
    minWidth: 0,
    minHeight: 0,
    height: '100%',
    boxSizing: 'border-box',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    // The pane scrolls; its parts keep their height.
    '& > *': { flexShrink: 0 },
  },
  back: { alignSelf: 'flex-start' },
  editorCard: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
  },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** How long typing must pause before near-duplicates (which compare every requirement with the others) are looked for again. */
const duplicatePause = 1200;
/** How long typing must pause before the document's findings panel and score follow. */
const panelPause = 300;

/**
 * Near-duplicates (SET01), found once typing pauses: comparing a thousand
 * requirements takes tens of milliseconds, too much for every keystroke.
 */
function useNearDuplicates(spec: Specification): ReadonlyMap<string, string> {
  const [found, setFound] = useState<ReadonlyMap<string, string>>(() => new Map());
  const { requirements, primaryLanguage } = spec;
  useEffect(() => {
    const timer = setTimeout(() => setFound(documentNearDuplicates(requirements, primaryLanguage)), duplicatePause);
    return () => clearTimeout(timer);
  }, [requirements, primaryLanguage]);
  return found;
}

function titleOf(title: LocalisedText, spec: Specification): string {
  return textIn(title, spec.primaryLanguage, spec.languages);
}

/** The outline depth first, with how many requirements sit in each section and below it. */
function treeRows(spec: Specification, untitled: string): TreeRow[] {
  const children = new Map<string | null, Section[]>();
  for (const section of spec.sections) children.set(section.parentId, [...(children.get(section.parentId) ?? []), section]);
  const own = new Map<string, number>();
  for (const requirement of spec.requirements) own.set(requirement.sectionId, (own.get(requirement.sectionId) ?? 0) + 1);
  const rows: TreeRow[] = [];
  const visit = (parentId: string | null, depth: number): number => {
    let total = 0;
    for (const section of [...(children.get(parentId) ?? [])].sort((a, b) => a.order - b.order)) {
      const row: TreeRow = { section, title: titleOf(section.title, spec) || untitled, depth, count: 0, hasChildren: children.has(section.id) };
      rows.push(row);
      row.count = (own.get(section.id) ?? 0) + visit(section.id, depth + 1);
      total += row.count;
    }
    return total;
  };
  visit(null, 0);
  return rows;
}

/** The Requirements step: the section tree, the (virtualised) requirement list and the editor of the selected requirement. */
export function RequirementsStep({ focusItem, focusCheck, onOpenLibrary, findRequest, linter }: StepProps): React.JSX.Element {
  const { editor } = useOpenDocument();
  const hints = useHints();
  const styles = useStyles();
  const { t } = useTranslation();
  const spec = editor.specification;
  const j = spec.jurisdiction;
  const uiLanguage = useUiLanguage();
  const [sectionFilter, setSectionFilter] = useState<string | null>(focusItem !== null && spec.sections.some((section) => section.id === focusItem) ? focusItem : null);
  const [selectedId, setSelectedId] = useState<string | null>(focusItem ?? spec.requirements[0]?.id ?? null);
  const [query, setQuery] = useState('');
  const [deleted, setDeleted] = useState<string | null>(null);
  const editorField = useRef<HTMLTextAreaElement>(null);
  const findField = useRef<HTMLInputElement>(null);
  const panesBox = useRef<HTMLDivElement>(null);
  const detailPane = useRef<HTMLDivElement>(null);
  const [remembered, changeLayout] = useRequirementsLayout();
  const layout = paneLayout(useWidthOf(panesBox), remembered);
  // In a narrow window the editor takes the list's place while a requirement is open in it.
  const [detailOpen, setDetailOpen] = useState(focusItem !== null && spec.requirements.some((requirement) => requirement.id === focusItem));
  const showDetail = layout.sideBySide || detailOpen;
  const showList = layout.sideBySide || !detailOpen;
  // Grows when the editor should take focus (after "go to", a new requirement, a click or Enter in the list).
  const [focusRequest, setFocusRequest] = useState(focusItem !== null ? 1 : 0);
  const focusEditor = (): void => {
    setDetailOpen(true);
    setFocusRequest((count) => count + 1);
  };
  // Grows when the list should take focus again ("Back to the list").
  const [listFocusRequest, setListFocusRequest] = useState(0);
  // Requirements ticked for a bulk action (apart from the one open in the editor).
  const selection = useRequirementSelection();

  const perRequirement = useMemo(() => linter.lint(spec), [linter, spec]);
  const duplicates = useNearDuplicates(spec);
  const findings = useMemo(() => withNearDuplicates(spec, perRequirement, duplicates), [spec, perRequirement, duplicates]);
  const numbering = useMemo(() => numberAsExported(spec), [spec]);
  const untitled = t('steps.requirements.untitledSection');
  const tree = useMemo(() => treeRows(spec, untitled), [spec, untitled]);

  // "Go to" from another step (the review, the evaluation, the export's preflight) selects the requirement and opens it
  // in the editor, or chooses the section and moves focus to its settings.
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const [sectionFocusRequest, setSectionFocusRequest] = useState(focusItem !== null && spec.sections.some((section) => section.id === focusItem) ? 1 : 0);
  const [goneTo, setGoneTo] = useState(focusItem);
  if (goneTo !== focusItem) {
    setGoneTo(focusItem);
    if (focusItem !== null && spec.requirements.some((requirement) => requirement.id === focusItem)) {
      setSectionFilter(null);
      setQuery('');
      setSelectedId(focusItem);
      focusEditor();
    } else if (focusItem !== null && spec.sections.some((section) => section.id === focusItem)) {
      setSectionFilter(focusItem);
      setDetailOpen(false);
      setQuery('');
      setSectionFocusRequest((count) => count + 1);
    }
  }
  useEffect(() => {
    if (sectionFocusRequest === 0) return;
    const heading = sectionHeading.current;
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [sectionFocusRequest]);

  // Find requirement (Ctrl+F): the search field takes focus.
  useEffect(() => {
    if (findRequest !== undefined && findRequest > 0) findField.current?.focus();
  }, [findRequest]);

  // The editor opens at its top, with the whole step in view, and its text field takes focus.
  useLayoutEffect(() => {
    if (focusRequest === 0) return;
    detailPane.current?.scrollTo({ top: 0 });
    panesBox.current?.scrollIntoView({ block: 'nearest' });
    editorField.current?.focus();
  }, [focusRequest]);

  // Another requirement chosen (arrow keys in the list): its editor starts at the top.
  useLayoutEffect(() => {
    detailPane.current?.scrollTo({ top: 0 });
  }, [selectedId]);

  useEffect(() => {
    if (listFocusRequest > 0) panesBox.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  }, [listFocusRequest]);

  const rows: RequirementRow[] = useMemo(() => {
    const inSections = sectionFilter === null ? null : sectionWithDescendants(spec, sectionFilter);
    const needle = query.trim().toLocaleLowerCase();
    return numbering.inOrder
      .filter(({ requirement }) => inSections === null || inSections.has(requirement.sectionId))
      .filter(
        ({ requirement, number }) =>
          needle === '' ||
          requirement.id.toLocaleLowerCase().includes(needle) ||
          number.startsWith(needle) ||
          Object.values(requirement.text).some((text) => text !== undefined && text.toLocaleLowerCase().includes(needle)),
      )
      .map(({ requirement, number }) => ({ requirement, number, text: requirement.text[spec.primaryLanguage] ?? '', findings: findings.get(requirement.id) ?? [] }));
  }, [numbering, sectionFilter, query, findings, spec]);

  // The findings panel catches up once typing pauses, and then at low priority, so typing never waits for it.
  const panelFindings = useDeferredValue(useSettledValue(findings, panelPause));
  const panelOrder = useDeferredValue(useSettledValue(numbering.inOrder, panelPause));
  const goToFinding = useCallback((id: string) => {
    setSectionFilter(null);
    setQuery('');
    setSelectedId(id);
    setDetailOpen(true);
    setFocusRequest((count) => count + 1);
  }, []);

  const shownIds = useMemo(() => rows.map((row) => row.requirement.id), [rows]);
  const sectionIds = useMemo(() => {
    if (sectionFilter === null) return null;
    const inSections = sectionWithDescendants(spec, sectionFilter);
    return numbering.inOrder.filter(({ requirement }) => inSections.has(requirement.sectionId)).map(({ requirement }) => requirement.id);
  }, [spec, numbering, sectionFilter]);
  const backToList = (): void => {
    setDetailOpen(false);
    setListFocusRequest((count) => count + 1);
  };
  const chooseSection = (sectionId: string | null): void => {
    setSectionFilter(sectionId);
    setDetailOpen(false);
  };

  const chosenSection = sectionFilter === null ? undefined : tree.find((row) => row.section.id === sectionFilter);
  const selected: Requirement | undefined = spec.requirements.find((requirement) => requirement.id === selectedId);
  const sectionOptions = tree.map((row) => ({ id: row.section.id, label: `${'\u2003'.repeat(row.depth)}${row.title}` }));
  const paste = usePasteRequirements(sectionFilter ?? selected?.sectionId ?? null, setSelectedId);
  const obligationLabel = (requirement: Requirement): string => t(`steps.requirements.obligations.${j}.${requirement.obligation}`);

  const newRequirement = (): void => {
    let target = sectionFilter ?? selected?.sectionId ?? tree[0]?.section.id ?? null;
    editor.edit('requirement.add', (current) => {
      let next = current;
      if (target === null) {
        const created = addSection(next, null, madeSectionTitle(current, 'defaultSectionTitle'));
        next = created.specification;
        target = created.id;
      }
      const added = addRequirement(next, target);
      setSelectedId(added.id);
      return added.specification;
    });
    setQuery('');
    focusEditor();
  };

  const remove = (id: string): void => {
    const index = rows.findIndex((row) => row.requirement.id === id);
    const neighbour = rows[index + 1] ?? rows[index - 1];
    editor.edit('requirement.delete', (current) => deleteRequirements(current, new Set([id])));
    setSelectedId(neighbour?.requirement.id ?? null);
    setDeleted(id);
  };

  const sectionAction = (sectionId: string, action: SectionAction): void => {
    if (action === 'addChild') {
      editor.edit('section.add', (current) => addSection(current, sectionId, madeSectionTitle(current, 'newSectionTitle')).specification);
      return;
    }
    const edits = {
      up: (current: Specification) => moveSection(current, sectionId, -1),
      down: (current: Specification) => moveSection(current, sectionId, 1),
      indent: (current: Specification) => indentSection(current, sectionId),
      outdent: (current: Specification) => outdentSection(current, sectionId),
      remove: (current: Specification) => removeSection(current, sectionId),
    } as const;
    editor.edit(`section.${action}`, edits[action]);
    if (action === 'remove' && sectionFilter !== null && sectionWithDescendants(spec, sectionId).has(sectionFilter)) setSectionFilter(null);
  };

  const listLabel =
    sectionFilter === null
      ? t('steps.requirements.listAll', { count: rows.length })
      : t('steps.requirements.listIn', { count: rows.length, section: tree.find((row) => row.section.id === sectionFilter)?.title ?? '' });

  return (
    <div className={styles.step}>
      <div className={styles.bar}>
        <Button
          icon={layout.treeOpen ? <PanelLeftContractRegular /> : <PanelLeftExpandRegular />}
          aria-expanded={layout.treeOpen}
          aria-controls={layout.treeOpen ? 'requirements-section-tree' : undefined}
          onClick={() => changeLayout({ sectionTreeOpen: !layout.treeOpen })}
        >
          {layout.treeOpen ? t('steps.requirements.hideSections') : t('steps.requirements.showSections')}
        </Button>
        <Button appearance="primary" icon={<AddRegular />} onClick={newRequirement}>
          {t('steps.requirements.newRequirement')}
        </Button>
        {onOpenLibrary !== undefined && (
          <Button icon={<LibraryRegular />} onClick={onOpenLibrary}>
            {t('steps.requirements.addFromLibrary')}
          </Button>
        )}
        <SearchBox
          ref={findField}
          className={styles.find}
          aria-label={t('steps.requirements.find')}
          dismiss={{ 'aria-label': t('app.clearSearch'), title: t('app.clearSearch') }}
          placeholder={t('steps.requirements.findPlaceholder')}
          value={query}
          onChange={(_event, data) => {
            setQuery(data.value);
            setDetailOpen(false);
          }}
        />
      </div>

      <div role="status" aria-live="polite">
        {paste.message}
        {deleted !== null && (
          <MessageBar intent="info">
            <MessageBarBody>{t('steps.requirements.deleted', { id: deleted })}</MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                onClick={() => {
                  editor.undo();
                  setSelectedId(deleted);
                  setDeleted(null);
                }}
              >
                {t('steps.requirements.undoDelete')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>

      <BulkActionBar
        specification={spec}
        selection={selection}
        shownIds={shownIds}
        sectionIds={sectionIds}
        sectionOptions={sectionOptions}
        edit={editor.edit}
        undo={editor.undo}
        openPackNeeds={focusCheck === 'tracing'}
      />

      <div ref={panesBox} className={styles.panes} style={{ gridTemplateColumns: layout.columns }} data-layout={layout.sideBySide ? 'side-by-side' : 'one-pane'} onPaste={paste.onPaste}>
        {layout.treeOpen && (
          <div id="requirements-section-tree" className={styles.treePane}>
            <SectionTree
              rows={tree}
              selected={sectionFilter}
              totalCount={spec.requirements.length}
              onSelect={chooseSection}
              onAction={sectionAction}
              onRename={(sectionId, title) => editor.edit(`section.${sectionId}.title`, (current) => renameSection(current, sectionId, current.primaryLanguage, title))}
              onAddTopLevel={() => editor.edit('section.add', (current) => addSection(current, null, madeSectionTitle(current, 'newSectionTitle')).specification)}
              onDrop={(target, dragged) =>
                editor.edit(
                  dragged.kind === 'section' ? 'section.move' : 'requirement.move',
                  dragged.kind === 'section'
                    ? (current) => moveSectionTo(current, dragged.id, target, Number.MAX_SAFE_INTEGER)
                    : (current) => moveRequirementTo(current, dragged.id, target),
                )
              }
            />
          </div>
        )}
        {showList && (
          <div className={styles.pane}>
            <RequirementRows
              rows={rows}
              numberOf={numbering.numberOf}
              textLanguage={spec.primaryLanguage}
              selectedId={selectedId}
              label={listLabel}
              emptyText={
                spec.requirements.length === 0
                  ? // One pane at a time: the list says what the editor beside it would.
                    t(layout.sideBySide ? 'steps.requirements.noneYet' : 'steps.requirements.emptyDocument')
                  : query.trim() === ''
                    ? t('steps.requirements.noneInSection')
                    : t('steps.requirements.noneInView')
              }
              obligationLabel={obligationLabel}
              onSelect={setSelectedId}
              onOpen={(id) => {
                setSelectedId(id);
                focusEditor();
              }}
              fillHeight
              clickOpens
              onMove={(id, direction) => editor.edit('requirement.move', (current) => moveRequirement(current, id, direction))}
              onDelete={remove}
              onDropBefore={(draggedId, targetId) => editor.edit('requirement.move', (current) => moveRequirementBefore(current, draggedId, targetId))}
              selection={selection}
            />
          </div>
        )}
        {layout.sideBySide && (
          <SplitSeparator
            width={layout.editorWidth}
            min={layout.editorMin}
            max={layout.editorMax}
            span={layout.span}
            label={t('steps.requirements.resizeSplit')}
            onWidth={(editorWidth) => changeLayout({ editorWidth })}
          />
        )}
        {showDetail && (
          <div ref={detailPane} className={styles.detail} data-testid="requirement-detail">
            {!layout.sideBySide && (
              <Button className={styles.back} icon={<ArrowLeftRegular />} onClick={backToList}>
                {t('steps.requirements.backToList')}
              </Button>
            )}
            {selected === undefined ? (
              <p className={styles.muted}>{spec.requirements.length === 0 ? t('steps.requirements.emptyDocument') : t('steps.requirements.chooseOne')}</p>
            ) : (
              <RequirementEditor
                key={selected.id}
                ref={editorField}
                requirement={selected}
                number={numbering.numberOf.get(selected.id) ?? ''}
                numberOf={numbering.numberOf}
                specification={spec}
                findings={findings.get(selected.id) ?? []}
                sectionOptions={sectionOptions}
                change={(group, update) => editor.edit(group, (current) => updateRequirement(current, selected.id, update))}
                onDuplicate={() =>
                  editor.edit('requirement.duplicate', (current) => {
                    const copy = duplicateRequirement(current, selected.id);
                    setSelectedId(copy.id);
                    return copy.specification;
                  })
                }
                onMove={(direction) => editor.edit('requirement.move', (current) => moveRequirement(current, selected.id, direction))}
                onMoveToSection={(sectionId) => editor.edit('requirement.move', (current) => moveRequirementTo(current, selected.id, sectionId))}
                onDelete={() => remove(selected.id)}
              />
            )}
          </div>
        )}
      </div>

      {chosenSection !== undefined && (
        <div className={styles.editorCard}>
          <SectionSettings
            key={chosenSection.section.id}
            ref={sectionHeading}
            section={chosenSection.section}
            title={chosenSection.title}
            specification={spec}
            languageName={(language) => documentLanguageName(language, uiLanguage)}
            requirementCount={chosenSection.count}
            onTitle={(language, title) => editor.edit(`section.${chosenSection.section.id}.title.${language}`, (current) => renameSection(current, chosenSection.section.id, language, title))}
            onIntro={(language, intro) => editor.edit(`section.${chosenSection.section.id}.intro.${language}`, (current) => setSectionIntro(current, chosenSection.section.id, language, intro))}
            onNumbering={(numbering) => editor.edit(`section.${chosenSection.section.id}.numbering`, (current) => setSectionNumbering(current, chosenSection.section.id, numbering))}
          />
        </div>
      )}

      {hints.checker && (
        <div className={styles.editorCard}>
          <FindingsPanel order={panelOrder} findings={panelFindings} primaryLanguage={spec.primaryLanguage} onGoTo={goToFinding} />
        </div>
      )}
    </div>
  );
}
