import { useEffect, useEffectEvent } from 'react';
import { viewLinkFrom, type ViewLink } from '../utils/view-url.ts';

/** Puts `href` in the address bar as a new history entry, unless it is there already. */
export function showAddress(href: string): void {
  if (window.location.pathname + window.location.search === href) return;
  window.history.pushState(null, '', href);
}

/** Calls `onNavigate` with the view the address names (null: the ecosystem) on Back/Forward. */
export function useBackForward(onNavigate: (link: ViewLink | null) => void): void {
  const navigate = useEffectEvent(() => onNavigate(viewLinkFrom(window.location.search)));
  useEffect(() => {
    const onPopState = () => navigate();
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
}
