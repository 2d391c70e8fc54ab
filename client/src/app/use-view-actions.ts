import { useCallback, useState } from 'react';
import type { ViewsList } from '../features/views/hooks/use-views.ts';
import { BLANK_LOAD, editorLoadFor, type EditorLoad } from '../features/views/utils/editor-load.ts';
import { paramsAsText, type RunParams } from '../features/views/utils/param-values.ts';
import type { ViewPayload, ViewSummaryPayload } from '../lib/api-types.ts';
import type { SidebarTab } from './sidebar-tabs.tsx';
import type { ResultNavigation } from './use-result-navigation.ts';

export interface ViewActions {
  workbenchOpen: boolean;
  /** What the workbench editor holds; null until it is first opened. */
  editorLoad: EditorLoad | null;
  toggleWorkbench: () => void;
  closeWorkbench: () => void;
  /** Opens a view in the Views panel (closing it when open), running it at once if it asks nothing. */
  selectView: (view: ViewSummaryPayload) => void;
  /** Puts a view's Cypher and values into the workbench. */
  openInEditor: (view: ViewPayload, params: RunParams) => void;
  viewSaved: (view: ViewPayload) => void;
  viewDeleted: (view: ViewSummaryPayload) => void;
}

/** The saved views and the workbench as the page's buttons and panels act on them. */
export function useViewActions(
  navigation: ResultNavigation,
  views: ViewsList,
  setTab: (tab: SidebarTab) => void,
): ViewActions {
  const [workbenchOpen, setWorkbenchOpen] = useState(false);
  const [editorLoad, setEditorLoad] = useState<EditorLoad | null>(null);
  const { openView, reveal, runView, runner } = navigation;
  const result = runner.result;

  const toggleWorkbench = useCallback(() => {
    setEditorLoad((previous) => previous ?? BLANK_LOAD);
    setWorkbenchOpen((open) => !open);
  }, []);
  const closeWorkbench = useCallback(() => setWorkbenchOpen(false), []);

  const selectView = (view: ViewSummaryPayload) => {
    if (openView?.viewId === view.id) return reveal(null);
    // Reopening the view on screen starts its form from the values it ran with.
    const source = result?.source;
    const shown = source?.kind === 'view' && source.view.id === view.id ? source.params : null;
    reveal(view.id, shown ? paramsAsText(shown) : undefined);
    if (view.params.length === 0) void runView(view, {});
  };

  const openInEditor = (view: ViewPayload, params: RunParams) => {
    setEditorLoad((previous) => editorLoadFor(view, params, (previous?.seq ?? 0) + 1));
    setWorkbenchOpen(true);
  };

  const viewSaved = (view: ViewPayload) => {
    views.refresh();
    setTab('views');
    reveal(view.id);
  };

  const viewDeleted = (view: ViewSummaryPayload) => {
    views.refresh();
    if (openView?.viewId === view.id) reveal(null);
  };

  return {
    workbenchOpen,
    editorLoad,
    toggleWorkbench,
    closeWorkbench,
    selectView,
    openInEditor,
    viewSaved,
    viewDeleted,
  };
}
