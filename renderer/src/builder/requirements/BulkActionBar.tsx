import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuButton,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  Toolbar,
  tokens,
} from '@fluentui/react-components';
import {
  DeleteRegular,
  DismissRegular,
  EditRegular,
  FolderArrowRightRegular,
  LightbulbRegular,
  LinkRegular,
  SelectAllOnRegular,
  TrophyRegular,
} from '@fluentui/react-icons';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assignToCriterion,
  deleteMany,
  existingIds,
  heldElsewhere,
  linkToNeed,
  markStandingAlone,
  moveToSection,
  removeFromCriteria,
  setLevel,
  setObligation,
  setRole,
  setVerificationMethod,
} from '../../../../shared/builder/bulk-edits';
import { isPriceCriterion, shortText } from '../../../../shared/builder/evaluation-edits';
import { formatNumber } from '../../../../shared/format/numbers';
import type { EvaluationCriterion, Specification } from '../../../../shared/specification/model';
import { obligations, requirementLevels, requirementRoles, verificationMethods } from '../../../../shared/specification/model/requirements';
import { useUiLanguage } from '../../open-document/DocumentContext';
import { DeleteManyDialog, MoveFromCriterionDialog, StandAloneDialog } from './BulkDialogs';
import { PackNeedsDialog } from './PackNeedsDialog';
import type { RequirementSelection } from './useRequirementSelection';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: '40px',
  },
  active: { backgroundColor: tokens.colorBrandBackground2 },
  count: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS, fontVariantNumeric: 'tabular-nums' },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, flexBasis: '100%' },
  // Long lists (needs, a 42-chapter outline) scroll inside the menu instead of running off the window.
  long: { maxHeight: '60vh', overflowY: 'auto' },
  done: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
});

export interface BulkActionBarProps {
  specification: Specification;
  selection: RequirementSelection;
  /** The requirements the list shows now (the section chosen, the search), in order. */
  shownIds: readonly string[];
  /** Every requirement of the section chosen in the tree and the sections below it; null when all sections are shown. */
  sectionIds: readonly string[] | null;
  /** Sections for "move to", indented by depth. */
  sectionOptions: readonly { id: string; label: string }[];
  edit: (group: string, change: (specification: Specification) => Specification) => void;
  undo: () => void;
  /** True when the user came here from the "not traced to a need" check: the packs dialog opens at once (when there are pack requirements). */
  openPackNeeds?: boolean;
}

/**
 * The bar above the requirement list: select a whole section or every
 * requirement shown, see how many are selected (read out as it changes),
 * and act on all of them at once. Each action is one edit, so one undo.
 */
export function BulkActionBar({ specification: spec, selection, shownIds, sectionIds, sectionOptions, edit, undo, openPackNeeds = false }: BulkActionBarProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const j = spec.jurisdiction;
  const chosen = useMemo(() => existingIds(spec, selection.checked), [spec, selection.checked]);
  const count = chosen.size;
  const n = (value: number): string => formatNumber(value, language, 0);
  const [done, setDone] = useState<{ text: string; undoable: boolean } | null>(null);
  const fromPacks = spec.requirements.some((requirement) => requirement.provenance !== null);
  const [dialog, setDialog] = useState<'standAlone' | 'delete' | 'packs' | null>(openPackNeeds && fromPacks && spec.needs.length > 0 ? 'packs' : null);
  const [moving, setMoving] = useState<{ criterion: EvaluationCriterion; held: Map<string, EvaluationCriterion> } | null>(null);
  // Numbers each bulk edit, so two in quick succession stay two undo steps.
  const editCount = useRef(0);

  const apply = (action: string, change: (current: Specification) => Specification, message?: string): void => {
    editCount.current += 1;
    edit(`bulk.${action}.${editCount.current}`, (current) => change(current));
    setDone({ text: message ?? t('steps.bulk.done', { count, n: n(count) }), undoable: true });
  };

  const criterionName = (criterion: EvaluationCriterion): string => (criterion.name.trim() === '' ? criterion.id : criterion.name.trim());
  const qualityCriteria = spec.evaluation.criteria.filter((criterion) => !isPriceCriterion(spec.evaluation, criterion.id));

  const assign = (criterion: EvaluationCriterion): void => {
    const held = heldElsewhere(spec, chosen, criterion.id);
    if (held.size > 0) setMoving({ criterion, held });
    else apply('criterion', (current) => assignToCriterion(current, chosen, criterion.id));
  };

  const selectLabel = sectionIds !== null ? t('steps.bulk.selectSection', { count: sectionIds.length, n: n(sectionIds.length) }) : null;
  const showSelectShown = sectionIds === null || shownIds.length !== sectionIds.length;

  return (
    <div className={styles.bar + (count > 0 ? ` ${styles.active}` : '')} data-testid="bulk-bar">
      <Toolbar aria-label={t('steps.bulk.toolbar')} size="small" style={{ flexWrap: 'wrap', padding: 0 }}>
        <span className={styles.count} role="status" aria-live="polite" aria-atomic="true" data-selected-count={count}>
          {count > 0 ? t('steps.bulk.selected', { count, n: n(count) }) : ''}
        </span>
        {selectLabel !== null && sectionIds !== null && sectionIds.length > 0 && (
          <Button appearance="subtle" size="small" icon={<SelectAllOnRegular />} onClick={() => selection.add(sectionIds)}>
            {selectLabel}
          </Button>
        )}
        {showSelectShown && shownIds.length > 0 && (
          <Button appearance="subtle" size="small" icon={<SelectAllOnRegular />} onClick={() => selection.add(shownIds)}>
            {t('steps.bulk.selectShown', { count: shownIds.length, n: n(shownIds.length) })}
          </Button>
        )}
        {count > 0 && (
          <>
            <Button appearance="subtle" size="small" icon={<DismissRegular />} onClick={selection.clear} title="Esc">
              {t('steps.bulk.clear')}
            </Button>
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <MenuButton size="small" icon={<LinkRegular />}>
                  {t('steps.bulk.link')}
                </MenuButton>
              </MenuTrigger>
              <MenuPopover className={styles.long}>
                <MenuList>
                  {spec.needs.length === 0 ? (
                    <MenuItem disabled>{t('steps.bulk.noNeeds')}</MenuItem>
                  ) : (
                    spec.needs.map((need) => (
                      <MenuItem key={need.id} onClick={() => apply('link', (current) => linkToNeed(current, chosen, need.id))}>
                        {need.statement.trim() === '' ? need.id : shortText(need.statement, 70)}
                      </MenuItem>
                    ))
                  )}
                </MenuList>
              </MenuPopover>
            </Menu>
            <Button size="small" onClick={() => setDialog('standAlone')}>
              {t('steps.bulk.standAlone')}
            </Button>
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <MenuButton size="small" icon={<EditRegular />}>
                  {t('steps.bulk.change')}
                </MenuButton>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  <Menu>
                    <MenuTrigger disableButtonEnhancement>
                      <MenuItem>{t('steps.requirements.obligation')}</MenuItem>
                    </MenuTrigger>
                    <MenuPopover>
                      <MenuList>
                        {obligations.map((obligation) => (
                          <MenuItem key={obligation} onClick={() => apply('obligation', (current) => setObligation(current, chosen, obligation))}>
                            {t(`steps.requirements.obligations.${j}.${obligation}`)}
                          </MenuItem>
                        ))}
                      </MenuList>
                    </MenuPopover>
                  </Menu>
                  <Menu>
                    <MenuTrigger disableButtonEnhancement>
                      <MenuItem>{t('steps.requirements.level')}</MenuItem>
                    </MenuTrigger>
                    <MenuPopover>
                      <MenuList>
                        {requirementLevels.map((level) => (
                          <MenuItem key={level} onClick={() => apply('level', (current) => setLevel(current, chosen, level))}>
                            {t(`library.levels.${level}`)}
                          </MenuItem>
                        ))}
                      </MenuList>
                    </MenuPopover>
                  </Menu>
                  <Menu>
                    <MenuTrigger disableButtonEnhancement>
                      <MenuItem>{t('steps.requirements.role')}</MenuItem>
                    </MenuTrigger>
                    <MenuPopover>
                      <MenuList>
                        {requirementRoles.map((role) => (
                          <MenuItem key={role} onClick={() => apply('role', (current) => setRole(current, chosen, role))}>
                            {t(`steps.requirements.roles.${j}.${role}`)}
                          </MenuItem>
                        ))}
                      </MenuList>
                    </MenuPopover>
                  </Menu>
                  <Menu>
                    <MenuTrigger disableButtonEnhancement>
                      <MenuItem>{t('steps.requirements.verificationMethod')}</MenuItem>
                    </MenuTrigger>
                    <MenuPopover>
                      <MenuList>
                        {verificationMethods.map((method) => (
                          <MenuItem key={method} onClick={() => apply('verification', (current) => setVerificationMethod(current, chosen, method))}>
                            {t(`library.verifications.${method}`)}
                          </MenuItem>
                        ))}
                      </MenuList>
                    </MenuPopover>
                  </Menu>
                </MenuList>
              </MenuPopover>
            </Menu>
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <MenuButton size="small" icon={<TrophyRegular />}>
                  {t('steps.bulk.criterion')}
                </MenuButton>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {qualityCriteria.length === 0 && <MenuItem disabled>{t('steps.bulk.noCriteria')}</MenuItem>}
                  {qualityCriteria.map((criterion) => (
                    <MenuItem key={criterion.id} onClick={() => assign(criterion)}>
                      {t('steps.bulk.addTo', { name: criterionName(criterion) })}
                    </MenuItem>
                  ))}
                  {qualityCriteria.length > 0 && (
                    <MenuItem onClick={() => apply('criterion', (current) => removeFromCriteria(current, chosen))}>{t('steps.bulk.removeFromAll')}</MenuItem>
                  )}
                </MenuList>
              </MenuPopover>
            </Menu>
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <MenuButton size="small" icon={<FolderArrowRightRegular />}>
                  {t('steps.bulk.moveToSection')}
                </MenuButton>
              </MenuTrigger>
              <MenuPopover className={styles.long}>
                <MenuList>
                  {sectionOptions.map((option) => (
                    <MenuItem key={option.id} onClick={() => apply('move', (current) => moveToSection(current, chosen, option.id))}>
                      {option.label}
                    </MenuItem>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
            <Button size="small" icon={<DeleteRegular />} onClick={() => setDialog('delete')}>
              {t('steps.bulk.delete')}
            </Button>
          </>
        )}
        {fromPacks && (
          <Button appearance="subtle" size="small" icon={<LightbulbRegular />} onClick={() => setDialog('packs')}>
            {t('steps.bulk.suggest')}
          </Button>
        )}
      </Toolbar>
      <div role="status" className={styles.done}>
        {done !== null && (
          <>
            <span>{done.text}</span>
            {done.undoable && (
              <Button
                size="small"
                appearance="transparent"
                onClick={() => {
                  undo();
                  setDone(null);
                }}
              >
                {t('steps.bulk.undo')}
              </Button>
            )}
          </>
        )}
      </div>
      {count === 0 && shownIds.length > 1 && <Text className={styles.hint}>{t('steps.bulk.hint')}</Text>}

      {dialog === 'standAlone' && (
        <StandAloneDialog
          open
          count={count}
          onCancel={() => setDialog(null)}
          onApply={(reason) => {
            setDialog(null);
            apply('standAlone', (current) => markStandingAlone(current, chosen, reason));
          }}
        />
      )}
      {dialog === 'delete' && (
        <DeleteManyDialog
          open
          count={count}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            apply('delete', (current) => deleteMany(current, chosen), t('steps.bulk.deletedMany', { count, n: n(count) }));
            selection.clear();
          }}
        />
      )}
      {moving !== null && (
        <MoveFromCriterionDialog
          held={moving.held}
          to={criterionName(moving.criterion)}
          nameOf={criterionName}
          chosenCount={count}
          onMove={() => {
            const target = moving.criterion.id;
            setMoving(null);
            apply('criterion', (current) => assignToCriterion(current, chosen, target));
          }}
          onOthersOnly={() => {
            const target = moving.criterion.id;
            const others = new Set([...chosen].filter((id) => !moving.held.has(id)));
            setMoving(null);
            apply('criterion', (current) => assignToCriterion(current, others, target));
          }}
          onCancel={() => setMoving(null)}
        />
      )}
      {dialog === 'packs' && (
        <PackNeedsDialog
          specification={spec}
          onLink={(links) => {
            const total = links.reduce((sum, link) => sum + link.requirementIds.length, 0);
            apply(
              'packLink',
              (current) => links.reduce((next, link) => linkToNeed(next, new Set(link.requirementIds), link.needId), current),
              t('steps.bulk.done', { count: total, n: n(total) }),
            );
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
