import { Button, makeStyles, MessageBar, MessageBarBody, tokens, typographyStyles } from '@fluentui/react-components';
import { DeleteRegular, ImageAddRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coverImageProblem, svgRenderSize, type CoverImageProblem } from '../../../../shared/builder/cover-image';
import { setBuyerLogo } from '../../../../shared/builder/procurement-edits';
import { formatNumber } from '../../../../shared/format/numbers';
import { CoverImage, maxCoverImageBytes } from '../../../../shared/specification/model/buyer';
import { useOpenDocument, useUiLanguage } from '../../open-document/DocumentContext';
import { visuallyHidden } from '../../visually-hidden';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  label: { ...typographyStyles.body1Strong },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  preview: {
    maxWidth: '240px',
    maxHeight: '96px',
    objectFit: 'contain',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#ffffff',
  },
  hidden: visuallyHidden,
});

/** A picked file that cannot be the logo: the file's name and why. */
class LogoRefused extends Error {
  constructor(readonly problem: CoverImageProblem) {
    super(problem.kind);
  }
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new LogoRefused({ kind: 'unreadable' })));
    reader.onerror = () => reject(new LogoRefused({ kind: 'unreadable' }));
    reader.readAsDataURL(file);
  });
}

/** Decodes an image from a data: URL in an element never put into the page (an SVG's scripts never run in an <img>). */
function decode(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new LogoRefused({ kind: 'unreadable' }));
    image.src = url;
  });
}

const base64Of = (dataUrl: string): string => dataUrl.slice(dataUrl.indexOf(',') + 1);

/** Reads a picked PNG or SVG into the cover image the document keeps; refuses anything else with LogoRefused. */
async function coverImageFrom(file: File): Promise<CoverImage> {
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  const problem = coverImageProblem(file.name, file.size, head);
  if (problem !== null) throw new LogoRefused(problem);
  if (head[0] === 0x89) {
    const url = await readAsDataUrl(file);
    const image = await decode(`data:image/png;base64,${base64Of(url)}`);
    return CoverImage.parse({ name: file.name, png: base64Of(url), widthPx: image.naturalWidth, heightPx: image.naturalHeight });
  }
  const svg = await file.text();
  const image = await decode(`data:image/svg+xml;base64,${base64Of(await readAsDataUrl(new Blob([svg], { type: 'image/svg+xml' })))}`);
  const { width, height } = svgRenderSize(image.naturalWidth, image.naturalHeight);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (context === null) throw new LogoRefused({ kind: 'unreadable' });
  context.drawImage(image, 0, 0, width, height);
  const png = base64Of(canvas.toDataURL('image/png'));
  if (Math.floor((png.length * 3) / 4) > maxCoverImageBytes) throw new LogoRefused({ kind: 'tooLarge', limitBytes: maxCoverImageBytes });
  return CoverImage.parse({ name: file.name, png, svg, widthPx: width, heightPx: height });
}

/**
 * The buyer's logo for the cover of exported documents: pick a PNG or SVG
 * (an SVG is drawn onto a canvas to make the PNG formats print), see it, or
 * remove it. A file of another type, or too large, is refused with a message
 * naming it.
 */
export function BuyerLogo(): React.JSX.Element {
  const { editor } = useOpenDocument();
  const language = useUiLanguage();
  const styles = useStyles();
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const logo = editor.specification.buyer.logo;

  const pick = async (file: File): Promise<void> => {
    try {
      const image = await coverImageFrom(file);
      editor.edit('buyer.logo', (current) => setBuyerLogo(current, image));
      setRefusal(null);
    } catch (error) {
      const problem: CoverImageProblem = error instanceof LogoRefused ? error.problem : { kind: 'unreadable' };
      setRefusal(
        problem.kind === 'tooLarge'
          ? t('steps.procurement.logo.tooLarge', { file: file.name, limit: formatNumber(problem.limitBytes / 1024, language, 0) })
          : t(`steps.procurement.logo.${problem.kind}`, { file: file.name }),
      );
    }
  };

  return (
    <div className={styles.box} role="group" aria-labelledby="buyer-logo-label" aria-describedby="buyer-logo-hint">
      <span id="buyer-logo-label" className={styles.label}>
        {t('steps.procurement.logo.label')}
      </span>
      <p id="buyer-logo-hint" className={styles.hint}>
        {t('steps.procurement.logo.hint', { limit: formatNumber(maxCoverImageBytes / 1024, language, 0) })}
      </p>
      {logo !== undefined && (
        <img className={styles.preview} src={`data:image/png;base64,${logo.png}`} alt={t('steps.procurement.logo.alt', { file: logo.name })} />
      )}
      <div className={styles.row}>
        <input
          ref={input}
          type="file"
          accept=".png,.svg,image/png,image/svg+xml"
          className={styles.hidden}
          tabIndex={-1}
          aria-hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file !== undefined) void pick(file);
          }}
        />
        <Button icon={<ImageAddRegular />} onClick={() => input.current?.click()}>
          {logo === undefined ? t('steps.procurement.logo.choose') : t('steps.procurement.logo.replace')}
        </Button>
        {logo !== undefined && (
          <Button icon={<DeleteRegular />} onClick={() => editor.edit('buyer.logo', (current) => setBuyerLogo(current, undefined))}>
            {t('steps.procurement.logo.remove')}
          </Button>
        )}
      </div>
      <div role="alert">
        {refusal !== null && (
          <MessageBar intent="error">
            <MessageBarBody>{refusal}</MessageBarBody>
          </MessageBar>
        )}
    </div>
    </div>
  );
}
