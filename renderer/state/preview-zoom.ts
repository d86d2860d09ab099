import { useSyncExternalStore } from 'react';
import { type ZoomMode, zoomStep } from './fit-scale';

/**
 * The preview's zoom: its state (the clerk's choice and the zoom last drawn), its actions and
 * reducer, and a small store outside React, so a zoom change re-renders the preview and the zoom
 * bar only, never the editor or the app.
 */
export interface ZoomState {
  mode: ZoomMode;
  /** The zoom the preview drew last (1 = real size): what "+" and "−" step from, what the bar shows. */
  shown: number;
}

export type ZoomAction =
  | { type: 'zoom-in' }
  | { type: 'zoom-out' }
  | { type: 'zoom-fit-width' }
  | { type: 'zoom-fit-page' }
  | { type: 'set'; percent: number }
  | { type: 'shown'; scale: number };

export const initialZoom: ZoomState = { mode: { kind: 'auto' }, shown: 1 };

/** What "+" and "−" step from: the percent chosen, or the zoom drawn for a fitted mode. */
const current = (state: ZoomState): number => (state.mode.kind === 'percent' ? state.mode.percent / 100 : state.shown);

export function zoomReducer(state: ZoomState, action: ZoomAction): ZoomState {
  switch (action.type) {
    case 'zoom-in': return { ...state, mode: { kind: 'percent', percent: zoomStep(current(state), 1) } };
    case 'zoom-out': return { ...state, mode: { kind: 'percent', percent: zoomStep(current(state), -1) } };
    case 'zoom-fit-width': return { ...state, mode: { kind: 'fit-width' } };
    case 'zoom-fit-page': return { ...state, mode: { kind: 'fit-page' } };
    case 'set': return { ...state, mode: { kind: 'percent', percent: action.percent } };
    case 'shown': return state.shown === action.scale ? state : { ...state, shown: action.scale };
  }
}

/** The clerk's choice is remembered across restarts, as Word remembers its zoom. */
const KEY = 'kehoach.zoom';

/** A saved mode, if it is one (an old or edited value gives the default). */
export function parseSavedZoom(text: string | null): ZoomMode | null {
  try {
    const m = JSON.parse(text ?? '') as Partial<ZoomMode> | null;
    if (m?.kind === 'auto' || m?.kind === 'fit-width' || m?.kind === 'fit-page') return { kind: m.kind };
    if (m?.kind === 'percent' && typeof m.percent === 'number' && Number.isFinite(m.percent)) return { kind: 'percent', percent: m.percent };
  } catch {
    /* nothing saved */
  }
  return null;
}

function load(): ZoomState {
  try {
    const mode = parseSavedZoom(globalThis.localStorage?.getItem(KEY) ?? null);
    return mode ? { ...initialZoom, mode } : initialZoom;
  } catch {
    return initialZoom;
  }
}

let state = load();
const listeners = new Set<() => void>();

export function dispatchZoom(action: ZoomAction): void {
  const next = zoomReducer(state, action);
  if (next === state) return;
  if (next.mode !== state.mode) {
    try {
      globalThis.localStorage?.setItem(KEY, JSON.stringify(next.mode));
    } catch {
      /* storage full or blocked: the zoom still applies */
    }
  }
  state = next;
  for (const l of listeners) l();
}

export const getZoom = (): ZoomState => state;

export function useZoom(): ZoomState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getZoom,
    getZoom,
  );
}

/** The zoom commands of the command table. */
export type ZoomCommand = 'zoom-in' | 'zoom-out' | 'zoom-fit-width' | 'zoom-fit-page';
export const runZoomCommand = (command: ZoomCommand): void => dispatchZoom({ type: command });
