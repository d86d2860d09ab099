import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Element, type BaseRange, type NodeEntry } from 'slate';
import type { BlockElement } from '../../../core/model/inline';
import type { Plan } from '../../../core/model/plan';
import { misspelledRanges, planIgnoreWords, type WordSpan } from '../../../core/spell';
import { paragraphText, rangesOf } from './paragraph-text';
import { useSpellSettings } from './spell-settings';
import { whenIdle } from '../../preview/idle';

export type SpellRange = BaseRange & { spellError: true };

/** The check waits for this pause in typing, like the preview: never on a keystroke's frame. */
export const SPELL_PAUSE_MS = 300;

// One ignore list for all editors: rebuilt only when the plan's names or the skipped words change.
let lastNames: unknown[] = [];
let lastSkipped: ReadonlySet<string> | null = null;
let lastIgnore: ReadonlySet<string> = new Set();
function ignoreList(plan: Plan, skipped: ReadonlySet<string>): ReadonlySet<string> {
  const names = [plan.organisation, plan.documents, plan.signature, plan.recipients, plan.authorLine];
  if (skipped === lastSkipped && names.every((n, i) => n === lastNames[i])) return lastIgnore;
  lastNames = names;
  lastSkipped = skipped;
  lastIgnore = new Set([...planIgnoreWords(plan), ...skipped]);
  return lastIgnore;
}

// Misspelt words by paragraph text, per ignore list: a paragraph is checked once per text.
const results = new WeakMap<ReadonlySet<string>, Map<string, WordSpan[]>>();
export function checkParagraph(text: string, ignore: ReadonlySet<string>): WordSpan[] {
  let cache = results.get(ignore);
  if (!cache) results.set(ignore, (cache = new Map()));
  let found = cache.get(text);
  if (!found) {
    if (cache.size > 5000) cache.clear();
    found = misspelledRanges(text, ignore);
    cache.set(text, found);
  }
  return found;
}

/**
 * Spell-check decorations for one editor. A paragraph is checked when the editor is drawn and
 * after each pause in typing; while the clerk types, the paragraph being changed shows no
 * underline (its text has no checked result yet) and the others keep theirs from the cache, so a
 * keystroke never runs the checker. `touched()` is called on every change of the value.
 */
export function useSpellCheck(plan: Plan) {
  const { enabled, skipped } = useSpellSettings();
  const ignore = ignoreList(plan, skipped);
  const typing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [pause, setPause] = useState(0);
  useEffect(() => () => clearTimeout(timer.current), []);
  // An editor is first drawn without underlines and checked once the browser is idle: opening a
  // long plan paints its text first instead of checking every paragraph on screen before it.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => whenIdle(() => setDrawn(true), 200), []);

  const touched = useCallback(() => {
    typing.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      typing.current = false;
      setPause((n) => n + 1);
    }, SPELL_PAUSE_MS);
  }, []);

  const decorate = useMemo(() => {
    void pause; // a new decorate after each pause makes Slate decorate the edited paragraph again
    if (!enabled || !drawn) return null;
    return ([node, path]: NodeEntry): SpellRange[] => {
      if (path.length !== 1 || !Element.isElement(node)) return [];
      const map = paragraphText(node as BlockElement);
      const cache = results.get(ignore);
      const found = typing.current ? cache?.get(map.text) : checkParagraph(map.text, ignore);
      if (!found?.length) return [];
      return found.flatMap((w) => rangesOf(map, path, w.start, w.end).map((r) => ({ ...r, spellError: true as const })));
    };
  }, [enabled, drawn, ignore, pause]);

  return { decorate, touched, enabled, ignore };
}
