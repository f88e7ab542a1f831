import { describe, expect, it } from 'vitest';
import { documentPath, routePaths, screenOf, screenPath } from '../../../renderer/src/routes';

describe('the window’s routes', () => {
  it('each screen of the navigation has a route, and the route leads back to the screen', () => {
    for (const screen of ['home', 'library', 'settings'] as const) expect(screenOf(screenPath(screen, null))).toBe(screen);
    expect(screenOf(screenPath('document', 'session-1'))).toBe('document');
  });

  it('an open document’s route names its kind and its session', () => {
    expect(documentPath('session-1')).toBe('/documents/specification/session-1');
    expect(screenPath('document', 'a/b')).toBe('/documents/specification/a%2Fb');
    expect(routePaths.document).toBe('/documents/:kind/:sessionId');
  });

  it('without an open document, the document screen is home', () => {
    expect(screenPath('document', null)).toBe(routePaths.home);
  });

  it('an unknown route counts as home', () => {
    expect(screenOf('/nowhere')).toBe('home');
  });
});
