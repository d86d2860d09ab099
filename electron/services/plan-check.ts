import { createRefResolver, leavesText } from '../../core/render/resolve';
import type { Plan } from '../../core/model/plan';
import { parseDraft, serializeDraft } from '../../core/draft/draft-file';
import { UserError } from './errors';
import { MAX_DRAFT_BYTES } from './draft-service';

/**
 * A plan from the renderer is untrusted input. Round-tripping it through the draft format checks
 * it with the same rules (and Vietnamese messages) as opening a file, so we never write a draft
 * we could not open again, nor feed the exporter a malformed tree.
 */
export function checkPlan(plan: unknown, action: string): Plan {
  if (plan === null || typeof plan !== 'object') throw new UserError(`Không thể ${action}: thiếu nội dung kế hoạch. Hãy tải lại ứng dụng rồi thử lại.`);
  let text: string;
  try {
    text = serializeDraft(plan as Plan);
  } catch {
    throw new UserError(`Không thể ${action}: nội dung kế hoạch không hợp lệ. Hãy tải lại ứng dụng rồi thử lại.`);
  }
  // The same limit as opening a draft: a plan the app could not open again is not written.
  if (text.length > MAX_DRAFT_BYTES) throw new UserError(`Không thể ${action}: kế hoạch quá lớn (hơn ${MAX_DRAFT_BYTES / 1024 / 1024} MB). Hãy chuyển bớt phụ lục, bảng dài sang tệp riêng.`);
  const parsed = parseDraft(text);
  if (!parsed.ok) throw new UserError(`Không thể ${action}: ${parsed.error}`);
  return parsed.plan;
}

/** Title for the recent-files list: the plan type and its summary's typed text. */
export function planTitle(plan: Plan, fallback: string): string {
  // Resolve the live references, so recent drafts read "Kế hoạch thực hiện Chỉ thị số 32-CT/TU …" and can be told apart.
  const summary = leavesText(createRefResolver(plan).resolveSummary(plan.summary)).replace(/\s+/g, ' ').trim();
  return summary ? `${plan.type} ${summary}` : fallback;
}
