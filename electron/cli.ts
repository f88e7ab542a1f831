/**
 * The `kravstudio` command line, on plain Node and the same services as the
 * app. Exit codes: 0 done, 1 validation failed, 2 usage error.
 */
import packageJson from '../package.json' with { type: 'json' };
import { catalogues, lookup } from '../shared/i18n/catalogues';
import { pickUiLanguage, type UiLanguage } from '../shared/languages';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
}

export const exitCodes = { ok: 0, invalid: 1, usage: 2 } as const;

/** The language of the user's terminal, from the usual locale variables. */
export function cliLanguage(env: CliIo['env']): UiLanguage {
  const tags = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG'], env['LANGUAGE']]
    .filter((value): value is string => value !== undefined && value !== '' && value !== 'C' && value !== 'POSIX')
    .flatMap((value) => value.split(':'));
  return pickUiLanguage(tags);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const language = cliLanguage(io.env);
  const t = (key: string, values?: Record<string, string>): string => lookup(catalogues[language], `cli.${key}`, values);

  const [first] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    if (first === undefined) {
      io.stderr(`kravstudio: ${t('missingCommand')}\n`);
      return exitCodes.usage;
    }
    io.stdout(
      [
        t('usage'),
        '',
        t('description'),
        '',
        t('optionsTitle'),
        `  -h, --help       ${t('help')}`,
        `  -v, --version    ${t('version')}`,
        '',
        t('commandsTitle'),
        `  ${t('noCommands')}`,
        '',
      ].join('\n'),
    );
    return exitCodes.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${packageJson.version}\n`);
    return exitCodes.ok;
  }
  if (first.startsWith('-')) {
    io.stderr(`kravstudio: ${t('unknownOption', { option: first.slice(0, 60) })}\n`);
    return exitCodes.usage;
  }
  io.stderr(`kravstudio: ${t('unknownCommand', { command: first.slice(0, 60) })}\n`);
  return exitCodes.usage;
}
