import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  SearchBox,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignToCriterion, heldElsewhere, removeFromCriteria } from '../../../../shared/builder/bulk-edits';
import { criterionOf } from '../../../../shared/builder/evaluation-edits';
import { formatNumber } from '../../../../shared/format/numbers';
import type { EvaluationCriterion, Requirement } from '../../../../shared/specification/model';
import { textIn } from '../../../../shared/text/localised';
import { MoveFromCriterionDialog } from '../requirements/BulkDialogs';
import type { EvaluationContext } from './context';

const useStyles = makeStyles({
  surface: { maxWidth: '820px', width: '90vw' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxHeight: '55vh', overflowY: 'auto', marginTop: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column' },
  sectionBox: { fontWeight: tokens.fontWeightSemibold },
  allShown: { marginTop: tokens.spacingVerticalS },
  items: { listStyleType: 'none', margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column' },
  item: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, minWidth: 0 },
  id: { fontFamily: tokens.fontFamilyMonospace },
  owner: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  ownerElsewhere: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface AssignRequirementsProps {
  context: EvaluationContext;
  criterion: EvaluationCriterion;
  /** The criterion's name as the card shows it. */
  name: string;
}

interface SectionGroup {
  sectionId: string;
  title: string;
  items: { requirement: Requirement; number: string }[];
}

/**
 * "Choose by section…" on a criterion card: the evaluated requirements by
 * section, each with the criterion it belongs to now; tick a whole section
 * or single requirements, narrow with a search, then apply as one edit.
 * Requirements that would leave another criterion are asked about first.
 */
export function AssignRequirements({ context, criterion, name }: AssignRequirementsProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { spec, evaluated, requirementText, primary, language, edit } = context;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());
  const [asking, setAsking] = useState<Map<string, EvaluationCriterion> | null>(null);
  const n = (value: number): string => formatNumber(value, language, 0);

  const groups = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const bySection = new Map<string, SectionGroup>();
    for (const item of evaluated) {
      const text = requirementText(item.requirement);
      if (needle !== '' && !`${item.requirement.id} ${item.number} ${text}`.toLocaleLowerCase().includes(needle)) continue;
      let group = bySection.get(item.requirement.sectionId);
      if (group === undefined) {
        const section = spec.sections.find((candidate) => candidate.id === item.requirement.sectionId);
        group = { sectionId: item.requirement.sectionId, title: section === undefined ? item.requirement.sectionId : textIn(section.title, primary, spec.languages), items: [] };
        bySection.set(group.sectionId, group);
      }
      group.items.push(item);
    }
    return [...bySection.values()];
  }, [evaluated, query, requirementText, spec, primary]);

  const shownIds = groups.flatMap((group) => group.items.map((item) => item.requirement.id));
  const shownOn = shownIds.filter((id) => ticked.has(id)).length;

  const start = (): void => {
    setTicked(new Set(criterion.requirementIds));
    setQuery('');
    setOpen(true);
  };
  const setMany = (ids: readonly string[], on: boolean): void =>
    setTicked((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const commit = (adding: ReadonlySet<string>): void => {
    const removing = new Set(criterion.requirementIds.filter((id) => !ticked.has(id)));
    edit(`criterion.${criterion.id}.requirements`, (current) => assignToCriterion(removeFromCriteria(current, removing, criterion.id), adding, criterion.id));
    setAsking(null);
    setOpen(false);
  };
  const apply = (): void => {
    const adding = new Set([...ticked].filter((id) => !criterion.requirementIds.includes(id)));
    const held = heldElsewhere(spec, adding, criterion.id);
    if (held.size > 0) setAsking(held);
    else commit(adding);
  };
  const ownerName = (owner: EvaluationCriterion): string => (owner.name.trim() === '' ? owner.id : owner.name.trim());

  return (
    <>
      <Button size="small" onClick={start}>
        {t('steps.bulk.assignOpen')}
      </Button>
      <Dialog open={open} onOpenChange={(_event, data) => setOpen(data.open)}>
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>{t('steps.bulk.assignTitle', { name })}</DialogTitle>
            <DialogContent>
              <SearchBox
                aria-label={t('steps.bulk.assignSearch')}
                placeholder={t('steps.bulk.assignSearch')}
                dismiss={{ 'aria-label': t('app.clearSearch'), title: t('app.clearSearch') }}
                value={query}
                onChange={(_event, data) => setQuery(data.value)}
              />
              {shownIds.length > 0 && (
                // Every requirement the search leaves, in one action: the whole list when nothing is searched for.
                <div className={styles.allShown}>
                  <Button size="small" aria-pressed={shownOn === shownIds.length} onClick={() => setMany(shownIds, shownOn < shownIds.length)}>
                    {t('steps.bulk.assignAll', { count: shownIds.length, n: n(shownIds.length) })}
                  </Button>
                </div>
              )}
              <div className={styles.list}>
                {groups.length === 0 && <Text>{t('steps.bulk.assignNone')}</Text>}
                {groups.map((group) => {
                  const ids = group.items.map((item) => item.requirement.id);
                  const on = ids.filter((id) => ticked.has(id)).length;
                  return (
                    <div key={group.sectionId} role="group" aria-label={group.title} className={styles.section} data-assign-section={group.sectionId}>
                      <Checkbox
                        className={styles.sectionBox}
                        checked={on === 0 ? false : on === ids.length ? true : 'mixed'}
                        label={t('steps.bulk.assignSection', { section: group.title, count: ids.length, n: n(ids.length) })}
                        onChange={(_event, data) => setMany(ids, data.checked === true)}
                      />
                      <ul className={styles.items}>
                        {group.items.map(({ requirement, number }) => {
                          const owner = criterionOf(spec.evaluation, requirement.id);
                          const elsewhere = owner !== undefined && owner.id !== criterion.id;
                          return (
                            <li key={requirement.id} className={styles.item}>
                              <Checkbox
                                checked={ticked.has(requirement.id)}
                                onChange={(_event, data) => setMany([requirement.id], data.checked === true)}
                                label={
                                  <>
                                    <span className={styles.id}>{requirement.id}</span> {number} <span lang={primary}>{requirementText(requirement)}</span>{' '}
                                    <span className={elsewhere ? `${styles.owner} ${styles.ownerElsewhere}` : styles.owner}>
                                      · {owner === undefined ? t('steps.bulk.assignFree') : t('steps.bulk.assignIn', { name: ownerName(owner) })}
                                    </span>
                                  </>
                                }
                              />
                            </li>
                          );
                        })}
                      </ul>
                    </div>
                  );
                })}
              </div>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={apply}>
                {t('steps.bulk.assignApply')}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>{t('steps.bulk.cancel')}</Button>
              </DialogTrigger>
            </DialogActions>
            {/* Inside the dialog, so answering it does not count as a click outside the list. */}
            {asking !== null && (
              <MoveFromCriterionDialog
                held={asking}
                to={name}
                nameOf={ownerName}
                chosenCount={[...ticked].filter((id) => !criterion.requirementIds.includes(id)).length}
                onMove={() => commit(new Set([...ticked].filter((id) => !criterion.requirementIds.includes(id))))}
                onOthersOnly={() => commit(new Set([...ticked].filter((id) => !criterion.requirementIds.includes(id) && !asking.has(id))))}
                onCancel={() => setAsking(null)}
              />
            )}
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
