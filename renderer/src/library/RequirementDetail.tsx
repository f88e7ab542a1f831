import { Badge, Button, Link, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { formatWithUnit } from '../../../shared/format/units';
import { inLanguage, uiLanguages, type UiLanguage } from '../../../shared/languages';
import { standardName } from '../../../shared/templates/catalogues';
import type { CatalogueEntry } from '../../../shared/templates/library';
import { parameterDefault } from '../../../shared/templates/model';
import { validateExternalUrl } from '../../../shared/external-url';
import { api } from '../api';
import type { LibraryData } from './useTemplateLibrary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  h3: { ...typographyStyles.subtitle2, margin: `${tokens.spacingVerticalS} 0 0` },
  texts: { display: 'grid', gap: tokens.spacingVerticalS, margin: 0 },
  lang: { fontWeight: tokens.fontWeightSemibold, textTransform: 'uppercase', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  dl: { margin: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface RequirementDetailProps {
  entry: CatalogueEntry;
  library: LibraryData;
  language: UiLanguage;
  canAdd: boolean;
  onAdd: () => void;
}

/** One library requirement in full: all languages, guidance, parameters, standards and sources. */
export function RequirementDetail({ entry, library, language, canAdd, onAdd }: RequirementDetailProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const r = entry.requirement;
  const local = (text: Partial<Record<UiLanguage, string>> | undefined): string => inLanguage(text, language);
  const standards = r.standards.map((id) => library.standards.find((s) => s.id === id)).filter((s) => s !== undefined);
  const innovation = r.innovation.map((id) => library.innovation.find((c) => c.id === id)).filter((c) => c !== undefined);
  const packTitles = entry.packIds.map((id) => local(library.packs.find((p) => p.id === id)?.title) || id);
  const openLink = (url: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    void api.shell.openExternal({ url });
  };

  return (
    <article className={styles.root} aria-labelledby={`detail-${r.id}`}>
      <div>
        <h2 id={`detail-${r.id}`} className={styles.heading}>
          {local(r.title)}
        </h2>
        <Text className={styles.id}>{r.id}</Text>
      </div>
      <div className={styles.badges}>
        <Badge appearance="filled" color={r.obligation === 'mandatory' ? 'brand' : 'informative'}>
          {t(`library.obligations.${r.obligation}`)}
        </Badge>
        <Badge appearance="outline">{t(`library.roles.${r.role}`)}</Badge>
        <Badge appearance="outline">{t(`library.levels.${r.level}`)}</Badge>
        <Badge appearance="outline">{t(`library.verifications.${r.verification}`)}</Badge>
      </div>
      {canAdd && (
        <div>
          <Button appearance="primary" icon={<AddRegular />} onClick={onAdd}>
            {t('library.add')}
          </Button>
        </div>
      )}
      <h3 className={styles.h3}>{t('library.texts')}</h3>
      <dl className={styles.texts}>
        {uiLanguages
          .filter((l) => r.text[l] !== undefined)
          .map((l) => (
            <div key={l}>
              <dt className={styles.lang}>{t(`languageNames.${l}`)}</dt>
              <dd className={styles.dd} lang={l}>
                {r.text[l]}
              </dd>
            </div>
          ))}
      </dl>
      {r.parameters.length > 0 && (
        <>
          <h3 className={styles.h3}>{t('library.parameters')}</h3>
          <Table size="extra-small" aria-label={t('library.parameters')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('library.parameterName')}</TableHeaderCell>
                <TableHeaderCell>{t('library.defaultValue')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {r.parameters.map((p) => (
                <TableRow key={p.name}>
                  <TableCell>{local(p.label) || p.name}</TableCell>
                  <TableCell>
                    {formatWithUnit(parameterDefault(p, language), p.unit, language)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {r.guidance !== undefined && (
        <>
          <h3 className={styles.h3}>{t('library.guidance')}</h3>
          <dl className={styles.dl}>
            {(['why', 'pitfalls', 'adapt', 'anchor'] as const).map((part) => (
              <div key={part}>
                <dt className={styles.dt}>{t(`library.${part}`)}</dt>
                <dd className={styles.dd}>{local(r.guidance?.[part])}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {standards.length > 0 && (
        <>
          <h3 className={styles.h3}>{t('library.standards')}</h3>
          <ul className={styles.list}>
            {standards.map((s) => {
              const url = validateExternalUrl(s.url);
              const name = standardName(s, language);
              return (
                <li key={s.id}>
                  {url === null ? name : <Link href={url} onClick={openLink(url)}>{name}</Link>} — {s.publisher}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {innovation.length > 0 && (
        <>
          <h3 className={styles.h3}>{t('library.innovationTags')}</h3>
          <ul className={styles.list}>
            {innovation.map((c) => (
              <li key={c.id}>{local(c.title)}</li>
            ))}
          </ul>
        </>
      )}
      {r.sources.length > 0 && (
        <>
          <h3 className={styles.h3}>{t('library.sources')}</h3>
          <ul className={styles.list}>
            {r.sources.map((source) => {
              const url = validateExternalUrl(source.url);
              return <li key={source.url}>{url === null ? source.title : <Link href={url} onClick={openLink(url)}>{source.title}</Link>}</li>;
            })}
          </ul>
        </>
      )}
      <Text size={200}>
        {t('library.offeredBy')}: {packTitles.join(', ')}
      </Text>
    </article>
  );
}
