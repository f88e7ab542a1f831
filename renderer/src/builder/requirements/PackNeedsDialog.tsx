import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortText } from '../../../../shared/builder/evaluation-edits';
import { suggestNeedsFromPacks, type PackWords } from '../../../../shared/builder/need-suggestions';
import { formatNumber } from '../../../../shared/format/numbers';
import type { Specification } from '../../../../shared/specification/model';
import { textIn } from '../../../../shared/text/localised';
import { api } from '../../api';
import { useUiLanguage } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  surface: { maxWidth: '860px', width: '90vw' },
  pack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  packHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', margin: 0, fontSize: tokens.fontSizeBase400 },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 14em) minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  section: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  need: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  linked: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1 },
});

export interface NeedLink {
  requirementIds: readonly string[];
  needId: string;
}

export interface PackNeedsDialogProps {
  specification: Specification;
  /** Links each group of requirements to its need, all in one edit (one undo step). */
  onLink: (links: readonly NeedLink[]) => void;
  onClose: () => void;
}

/** The packs and modules of the library, as the suggestion reads them (loaded once per opening of the dialog). */
function usePackWords(): PackWords[] | null {
  const [packs, setPacks] = useState<PackWords[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    api.templates.library().then(
      (library) => !cancelled && setPacks([...library.packs, ...library.modules].map((pack) => ({ id: pack.id, title: pack.title, description: pack.description }))),
      // Without the library the sections' own words still give suggestions.
      () => !cancelled && setPacks([]),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return packs;
}

/**
 * "Link the packs' requirements to needs": for each pack the specification
 * was made from, section by section, a suggested need with the words it
 * shares, which the user can change, and links one section or the whole
 * pack at a time.
 */
export function PackNeedsDialog({ specification: spec, onLink, onClose }: PackNeedsDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const n = (value: number): string => formatNumber(value, language, 0);
  const packs = usePackWords();
  const suggestions = useMemo(() => (packs === null ? null : suggestNeedsFromPacks(spec, packs)), [spec, packs]);
  // The user's own choice of need per pack and section, over the suggestion.
  const [picked, setPicked] = useState<Record<string, string>>({});
  const sectionTitle = (sectionId: string): string => {
    const section = spec.sections.find((candidate) => candidate.id === sectionId);
    return section === undefined ? sectionId : textIn(section.title, spec.primaryLanguage, spec.languages) || sectionId;
  };
  const needLabel = (needId: string): string => {
    const need = spec.needs.find((candidate) => candidate.id === needId);
    return need === undefined || need.statement.trim() === '' ? needId : shortText(need.statement, 80);
  };

  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('steps.bulk.suggestTitle')}</DialogTitle>
          <DialogContent>
            <Text as="p">{t('steps.bulk.suggestText')}</Text>
            {suggestions === null ? (
              <Spinner size="small" />
            ) : spec.needs.length === 0 ? (
              <Text as="p">{t('steps.bulk.suggestNoNeeds')}</Text>
            ) : suggestions.length === 0 ? (
              <Text as="p">{t('steps.bulk.suggestNoPacks')}</Text>
            ) : (
              suggestions.map((pack) => {
                const choiceOf = (sectionId: string, suggested: string | null): string => picked[`${pack.packId}/${sectionId}`] ?? suggested ?? '';
                const all = pack.sections.filter((section) => choiceOf(section.sectionId, section.needId) !== '');
                const allCount = all.reduce((total, section) => total + section.requirementIds.length, 0);
                return (
                  <section key={pack.packId} className={styles.pack} aria-label={pack.title}>
                    <h3 className={styles.packHead}>
                      <span>{pack.title}</span>
                      <Button
                        size="small"
                        disabled={allCount === 0}
                        onClick={() => onLink(all.map((section) => ({ requirementIds: section.requirementIds, needId: choiceOf(section.sectionId, section.needId) })))}
                      >
                        {t('steps.bulk.suggestLinkPack', { count: allCount, n: n(allCount) })}
                      </Button>
                    </h3>
                    {pack.sections.map((section) => {
                      const title = sectionTitle(section.sectionId);
                      const choice = choiceOf(section.sectionId, section.needId);
                      const count = section.requirementIds.length;
                      return (
                        <div key={section.sectionId} className={styles.row} data-pack-section={section.sectionId}>
                          <span className={styles.section}>
                            <span>{title}</span>
                            <span className={styles.note}>
                              {section.untraced === 0 ? (
                                <span className={styles.linked}>
                                  <CheckmarkRegular aria-hidden />
                                  {t('steps.bulk.suggestLinked')}
                                </span>
                              ) : (
                                t('steps.bulk.suggestUntraced', { count: section.untraced, n: n(section.untraced) })
                              )}
                            </span>
                          </span>
                          <span className={styles.need}>
                            <Select
                              aria-label={t('steps.bulk.suggestNeed', { section: title })}
                              value={choice}
                              onChange={(_event, data) => setPicked((current) => ({ ...current, [`${pack.packId}/${section.sectionId}`]: data.value }))}
                            >
                              <option value="">—</option>
                              {spec.needs.map((need) => (
                                <option key={need.id} value={need.id}>
                                  {needLabel(need.id)}
                                </option>
                              ))}
                            </Select>
                            <span className={styles.note}>
                              {section.needId === null
                                ? t('steps.bulk.suggestNoMatch')
                                : choice === section.needId
                                  ? t('steps.bulk.suggestWords', { words: section.sharedWords.join(', ') })
                                  : ''}
                            </span>
                          </span>
                          <Button
                            size="small"
                            disabled={choice === ''}
                            aria-label={`${t('steps.bulk.suggestLinkSection', { count, n: n(count) })} – ${title}`}
                            onClick={() => onLink([{ requirementIds: section.requirementIds, needId: choice }])}
                          >
                            {t('steps.bulk.suggestLinkSection', { count, n: n(count) })}
                          </Button>
                        </div>
                      );
                    })}
                  </section>
                );
              })
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('steps.bulk.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
