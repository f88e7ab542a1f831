import { channelNames } from '../../shared/contract';
import { catalogues } from '../../shared/i18n/catalogues';
import { expect, test } from './fixtures';

const en = catalogues.en;
const hostile = ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', '"><svg onload=alert(3)>'];

type Invoke = (channel: string, input: unknown) => Promise<{ ok: boolean; error?: { code: string; message: string } }>;

test('responses carry the CSP, and injected inline scripts and event handlers never run', async ({ app }) => {
  const { page } = app;
  const response = await page.goto('https://kravstudio.invalid/index.html');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response?.headers()['content-security-policy']).not.toContain('unsafe-eval');
  await expect(page.locator('main h1')).toBeVisible();
  app.allowConsole(/Content Security Policy/);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const flags = window as unknown as Record<string, boolean | undefined>;
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScript = true;';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.__inlineHandler = true">';
    document.body.append(holder);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__attributeHandler = true');
    document.body.append(button);
    button.click();
    // Wait for the browser to have refused all three (the image's error handler runs only after its load fails).
    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (violations.length >= 3) resolve();
      };
      document.addEventListener('securitypolicyviolation', check);
      check();
    });
    return {
      ran: ['__inlineScript', '__inlineHandler', '__attributeHandler'].filter((name) => flags[name] === true),
      violations,
    };
  });
  expect(outcome.ran).toEqual([]);
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
});

test('the page gets a frozen API object and no raw IPC', async ({ app }) => {
  const { page } = app;
  await app.open();
  const shape = await page.evaluate(() => {
    const api = window.kravstudio as unknown as Record<string, unknown>;
    return {
      keys: Object.keys(api).sort(),
      frozen: Object.isFrozen(api),
      hasIpc: 'ipcRenderer' in window || 'require' in window || 'process' in window,
    };
  });
  // Exactly the contract's namespaces, plus `on` for events: nothing else reaches the page.
  const namespaces = new Set(channelNames.map((channel) => channel.split(':')[0] ?? ''));
  expect(shape.keys).toEqual([...namespaces, 'on'].sort());
  expect(shape.frozen).toBe(true);
  expect(shape.hasIpc).toBe(false);
});

test('hostile strings through fields and channels are shown or refused, never executed', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: en.nav.about }).click();
  const filter = page.getByRole('searchbox', { name: en.about.filterLabel });
  for (const text of hostile) {
    await filter.fill(text);
    await expect(filter).toHaveValue(text);
  }
  await expect(page.locator('img[src="x"], svg[onload]')).toHaveCount(0);

  const results = await page.evaluate(async (strings) => {
    const binding = (window as unknown as { __kravstudioInvoke: (channel: string, input: unknown) => Promise<string> }).__kravstudioInvoke;
    const invoke: Invoke = async (channel, input) => (JSON.parse(await binding(channel, input)) as { answer: Awaited<ReturnType<Invoke>> }).answer;
    const out: { channel: string; ok: boolean; code?: string }[] = [];
    for (const text of strings) {
      for (const [channel, input] of [
        ['settings:update', { language: text }],
        ['settings:update', { theme: text }],
        ['shell:openExternal', { url: text }],
        ['shell:openExternal', { url: `javascript:${text}` }],
        [text, {}],
      ] as const) {
        const result = await invoke(channel, input);
        out.push({ channel: channel.slice(0, 20), ok: result.ok, ...(result.error ? { code: result.error.code } : {}) });
      }
      const copied = await invoke('clipboard:writeText', { text });
      out.push({ channel: 'clipboard:writeText', ok: copied.ok });
    }
    return out;
  }, hostile);

  for (const result of results) {
    if (result.channel === 'clipboard:writeText') expect(result.ok).toBe(true);
    else expect(result.ok, JSON.stringify(result)).toBe(false);
  }
  expect(new Set(results.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(['INVALID_INPUT', 'NOT_ALLOWED', 'UNKNOWN_CHANNEL']));
  // Copied text is kept as plain text; nothing was opened in a browser; settings are untouched.
  expect(app.data.clipboard).toEqual(hostile);
  expect(app.data.openedUrls).toEqual([]);
  expect(app.data.appState.get()).toEqual({ language: null, theme: 'system' });
  await expect(page.locator('main h1')).toHaveText(en.home.title);
});

test('only https links reach the browser', async ({ app }) => {
  const { page } = app;
  await app.open();
  const outcome = await page.evaluate(async () => {
    const codes: string[] = [];
    for (const url of ['https://www.upphandlingsmyndigheten.se/', 'http://example.com/', 'file:///etc/passwd', 'https://user:pw@example.com/']) {
      const result = (await window.kravstudio.shell.openExternal({ url })) as { ok: boolean; error?: { code: string } };
      codes.push(result.ok ? 'ok' : (result.error?.code ?? 'missing code'));
    }
    return codes;
  });
  expect(outcome).toEqual(['ok', 'NOT_ALLOWED', 'NOT_ALLOWED', 'NOT_ALLOWED']);
  expect(app.data.openedUrls).toEqual(['https://www.upphandlingsmyndigheten.se/']);
});

test('a call from a frame of another origin is refused with a typed error', async ({ app }) => {
  const result = await app.dispatch({ url: 'https://evil.example/', isTopFrame: true }, 'settings:get', undefined);
  expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) } });
});
