import { createContext, useContext } from 'react';
import type { Editor } from 'slate';
import type { RefElement } from '../../core/model/inline';
import type { Plan } from '../../core/model/plan';
import type { ViewportWindow } from './viewport-window';

/**
 * What chips and the toolbar need from the whole plan. Only context consumers (chips) re-render
 * when the plan changes; the editables themselves do not.
 */
export interface PlanEditorContext {
  plan: Plan;
  /**
   * What a chip shows: the text its reference prints at its place in the document, bracket
   * "(sau đây viết tắt là …)" included (renderer/state/chip-texts.ts).
   */
  chipText(ref: RefElement): string;
  /** Applies an update to the latest plan (never to a stale copy captured by a closure). */
  update(fn: (plan: Plan) => Plan): void;
  /** The editor that last had focus, for the toolbar. */
  activeEditor: { current: Editor | null };
  /** The scrolling column holding the editors: far-off section bodies are drawn without Slate. */
  scrollRoot: { current: HTMLElement | null };
  /** Which bodies of the column are drawn live, statically or not at all (viewport-window.ts). */
  viewport: ViewportWindow;
}

export const PlanCtx = createContext<PlanEditorContext | null>(null);

export function usePlanEditor(): PlanEditorContext {
  const ctx = useContext(PlanCtx);
  if (!ctx) throw new Error('PlanCtx missing');
  return ctx;
}
