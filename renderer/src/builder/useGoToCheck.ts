import { useEffect } from 'react';

/**
 * "Go to" a completeness check (from the Review step) on a step page: brings
 * the section whose heading has `headingId` into view and focuses the heading,
 * so keyboard and screen-reader users land where the check is fixed. The
 * heading needs tabIndex={-1}. Does nothing when `headingId` is undefined.
 */
export function useGoToCheck(headingId: string | undefined): void {
  useEffect(() => {
    const heading = headingId === undefined ? null : document.getElementById(headingId);
    if (heading === null) return;
    (heading.closest('section') ?? heading).scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [headingId]);
}
