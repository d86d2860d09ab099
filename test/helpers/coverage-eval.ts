import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraph, text } from '../../core/model/inline';
import type { ProfileId } from '../../core/model/organisation';
import type { Section } from '../../core/model/plan';
import { coverage } from '../../core/review/coverage';
import type { DraftPlan } from '../../core/review/draft-sections';
import { computeSectionNumbers, effectiveLevels } from '../../core/render/numbering';
import { createPlanFromTemplate } from '../../electron/services/template-service';
import { importedTextFromPlain } from '../../core/review/plain-numbering';

/**
 * Reads the labelled evaluation set (test/data/coverage/evaluation-set.json) and scores the
 * coverage engine on it, pair by pair. Shared by the unit test (targets asserted) and the bench
 * (figures printed).
 */

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/coverage');
const repo = path.resolve(dataDir, '../../..');

interface EvalSection {
  id: string;
  title: string;
  paragraphs: string[];
  children: EvalSection[];
}

interface EvalLabel {
  task: string;
  sections: string[];
  alsoAcceptable?: string[];
  negatives?: string[];
  how: string;
}

export interface EvalCase {
  id: string;
  parent: { file: string; source: string };
  /** Sections written out, or a plan the app's own template makes from an answers file (repo path). */
  draft: { source: string } & ({ profile: ProfileId; sections: EvalSection[] } | { template: string; answers: string });
  labels: EvalLabel[];
}

export function loadEvaluationSet(): EvalCase[] {
  return (JSON.parse(readFileSync(path.join(dataDir, 'evaluation-set.json'), 'utf8')) as { cases: EvalCase[] }).cases;
}

export function parentText(c: EvalCase) {
  return importedTextFromPlain(readFileSync(path.join(dataDir, c.parent.file), 'utf8'), path.basename(c.parent.file));
}

function toSection(s: EvalSection): Section {
  return { id: s.id, title: s.title, body: s.paragraphs.map((p) => paragraph(text(p))), children: s.children.map(toSection) };
}

const drafts = new Map<string, DraftPlan>();
export function draftPlan(c: EvalCase): DraftPlan {
  let plan = drafts.get(c.id);
  if (!plan) {
    const d = c.draft;
    plan =
      'template' in d
        ? createPlanFromTemplate(d.template, JSON.parse(readFileSync(path.join(repo, d.answers), 'utf8')))
        : { profile: d.profile, options: {} as DraftPlan['options'], sections: d.sections.map(toSection) };
    drafts.set(c.id, plan);
  }
  return plan;
}

/**
 * A label names a section by its id, or by "#" and its number path as printed ("#II.3"), for
 * drafts made from a template, whose ids are new on each run.
 */
function sectionIds(c: EvalCase): (ref: string) => string {
  const plan = draftPlan(c);
  const numbers = computeSectionNumbers(plan.sections, effectiveLevels(plan));
  const byPath = new Map<string, string>();
  const walk = (sections: Section[], prefix: string): void => {
    for (const s of sections) {
      const own = (numbers.get(s.id) ?? '').replace(/[.)]$/, '');
      const full = prefix && own ? `${prefix}.${own}` : own || prefix;
      byPath.set(full, s.id);
      walk(s.children, full);
    }
  };
  walk(plan.sections, '');
  return (ref) => (ref.startsWith('#') ? (byPath.get(ref.slice(1)) ?? ref) : ref);
}

/** Every scored (task, section) pair of a case, whatever its score. */
export function scoredPairs(c: EvalCase): Array<{ task: string; section: string; score: number }> {
  const report = coverage(parentText(c), draftPlan(c), { threshold: 0, maxSections: 1000 });
  return report.tasks.flatMap((t) => t.sections.map((m) => ({ task: t.task.id, section: m.sectionId, score: m.score })));
}

export interface EvalFigures {
  threshold: number;
  truePositives: number;
  falsePositives: number;
  positives: number;
  precision: number;
  recall: number;
  /** Tasks labelled "not taken up" that the engine marks covered (by a section not acceptable). */
  uncoveredMissed: number;
  falsePairs: string[];
  missedPairs: string[];
}

export function evaluate(threshold: number, cases = loadEvaluationSet(), pairs = new Map(cases.map((c) => [c.id, scoredPairs(c)]))): EvalFigures {
  let tp = 0;
  let fp = 0;
  let positives = 0;
  let uncoveredMissed = 0;
  const falsePairs: string[] = [];
  const missedPairs: string[] = [];
  for (const c of cases) {
    const scored = pairs.get(c.id)!;
    const id = sectionIds(c);
    for (const raw of c.labels) {
      const label = { ...raw, sections: raw.sections.map(id), alsoAcceptable: raw.alsoAcceptable?.map(id) };
      positives += label.sections.length;
      const predicted = scored.filter((p) => p.task === label.task && p.score >= threshold);
      let wrong = 0;
      for (const p of predicted) {
        if (label.sections.includes(p.section)) tp += 1;
        else if (!(label.alsoAcceptable ?? []).includes(p.section)) {
          fp += 1;
          wrong += 1;
          falsePairs.push(`${c.id} ${label.task} → ${p.section} (${p.score})`);
        }
      }
      for (const s of label.sections)
        if (!predicted.some((p) => p.section === s)) missedPairs.push(`${c.id} ${label.task} → ${s} (${scored.find((p) => p.task === label.task && p.section === s)?.score ?? 0})`);
      if (label.sections.length === 0 && wrong > 0) uncoveredMissed += 1;
    }
  }
  return {
    threshold,
    truePositives: tp,
    falsePositives: fp,
    positives,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: positives === 0 ? 1 : tp / positives,
    uncoveredMissed,
    falsePairs,
    missedPairs,
  };
}
