/**
 * The window's screens as routes: home, the template library, settings, and
 * an open document at /documents/<kind>/<session>. Each kind of document gets
 * its own route under /documents/<kind>/ (today only specifications), so a
 * new kind adds a route here and a screen for it, not another switch.
 */
import type { Screen } from './components/NavRail';

/** The kinds of document that have a screen of their own. */
export const documentRouteKinds = ['specification'] as const;
export type DocumentRouteKind = (typeof documentRouteKinds)[number];

export const routePaths = {
  home: '/',
  library: '/library',
  settings: '/settings',
  /** The supplier's response being answered (one at a time). */
  response: '/supplier/response',
  /** The company profile editor. */
  profile: '/supplier/profile',
  /** How far a company profile already answers a specification. */
  readiness: '/supplier/readiness',
  /** The trainer's check of a class's answers to one exercise. */
  courseClass: '/course/class',
  /** The pattern of an open document's route (see documentPath). */
  document: '/documents/:kind/:sessionId',
} as const;

/** Where an open document is shown. */
export function documentPath(sessionId: string, kind: DocumentRouteKind = 'specification'): string {
  return `/documents/${kind}/${encodeURIComponent(sessionId)}`;
}

/** The route of a screen in the navigation; the document screen needs the open document's session. */
export function screenPath(screen: Screen, openSessionId: string | null): string {
  if (screen === 'document') return openSessionId === null ? routePaths.home : documentPath(openSessionId);
  return routePaths[screen];
}

/** Which screen of the navigation a route belongs to (unknown routes count as home). */
export function screenOf(pathname: string): Screen {
  if (pathname === routePaths.library) return 'library';
  if (pathname === routePaths.settings) return 'settings';
  if (pathname === routePaths.response) return 'response';
  if (pathname === routePaths.profile) return 'profile';
  if (pathname.startsWith('/documents/')) return 'document';
  return 'home';
}
