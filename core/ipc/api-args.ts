import * as z from 'zod';
import type { CHANNELS } from './api';

/**
 * The arguments of every API channel, parsed with a schema where they enter (IPC handler or HTTP
 * server, through electron/services/api-dispatch.ts), as Signal-Desktop does: the renderer is
 * untrusted, so nothing reaches a service without a checked shape. Deep content (a whole Plan, a
 * library entry, settings) is checked again by its service with its own Vietnamese messages; here
 * it must at least be an object of sane size. Adding a channel without a row here fails to compile.
 */
// Each argument says, in Vietnamese, what it is: the refusal names it.
const path = z.string().min(1).max(4096).describe('đường dẫn tệp');
const id = z.string().min(1).max(200).describe('mã');
const object = z.record(z.string(), z.unknown());
const plan = object.describe('nội dung kế hoạch');
/** An argument that may be left out; over HTTP a left-out value in the list arrives as null (JSON has no undefined). */
const optional = <T extends z.ZodType>(schema: T, what: string) => schema.nullish().describe(what);
const fileKind = z.enum(['draft', 'docx', 'pdf', 'library', 'source']).describe('loại tệp');

export const API_ARGS = {
  templates: {
    list: z.tuple([]),
    create: z.tuple([id, z.unknown()]),
  },
  drafts: {
    open: z.tuple([path]),
    openDocx: z.tuple([path, optional(z.array(object).max(100_000), 'danh sách văn bản của thư viện')]),
    save: z.tuple([path, plan]),
    recent: z.tuple([]),
    writeRecovery: z.tuple([path.nullable().describe('đường dẫn tệp'), plan]),
    listRecovery: z.tuple([]),
    discardRecovery: z.tuple([id.describe('mã bản khôi phục')]),
  },
  exporting: {
    docx: z.tuple([path, plan]),
    pdf: z.tuple([path, plan]),
    openFile: z.tuple([path]),
    showInFolder: z.tuple([path]),
  },
  dialogs: {
    pickOpenPath: z.tuple([fileKind]),
    pickSavePath: z.tuple([fileKind, z.string().max(4096).describe('tên tệp gợi ý')]),
  },
  settings: {
    get: z.tuple([]),
    update: z.tuple([object.describe('cài đặt')]),
  },
  library: {
    list: z.tuple([optional(z.string().max(2000), 'từ khóa tìm kiếm')]),
    get: z.tuple([id.describe('mã văn bản')]),
    save: z.tuple([object.describe('văn bản'), z.number().int().min(0).describe('số phiên bản')]),
    delete: z.tuple([id.describe('mã văn bản')]),
    export: z.tuple([path]),
    importBundle: z.tuple([path]),
    readDocument: z.tuple([path]),
  },
  versions: {
    list: z.tuple([id.describe('mã kế hoạch')]),
    save: z.tuple([plan, z.string().max(2000).describe('ghi chú')]),
    read: z.tuple([id.describe('mã kế hoạch'), id.describe('mã phiên bản')]),
    restore: z.tuple([plan, id.describe('mã phiên bản')]),
    openPlanFile: z.tuple([path]),
    exportComparison: z.tuple([path, object.describe('hai bản cần so sánh'), optional(object, 'tùy chọn so sánh')]),
  },
  app: {
    mode: z.tuple([]),
    dataDir: z.tuple([]),
  },
} as const satisfies { [G in keyof typeof CHANNELS]: { [M in (typeof CHANNELS)[G][number]]: z.ZodType } };

/** The arguments checked, or the Vietnamese sentence for the clerk naming the wrong one. */
export function parseApiArgs(group: string, method: string, args: unknown[]): { ok: true; args: unknown[] } | { ok: false; error: string } {
  const schema = (API_ARGS as Record<string, Record<string, z.ZodType> | undefined>)[group]?.[method];
  if (!schema) return { ok: false, error: `Ứng dụng không có chức năng "${group}/${method}". Hãy tải lại trang; nếu vẫn lỗi, hãy cập nhật ứng dụng.` };
  const items = (schema as unknown as z.ZodTuple).def.items;
  // Optional arguments may be left out: padded with undefined, which zod's tuples require.
  const padded = args.length < items.length ? [...args, ...Array<undefined>(items.length - args.length).fill(undefined)] : args;
  const parsed = schema.safeParse(padded);
  if (parsed.success) {
    // null for an optional argument is one left out (JSON has no undefined): the service gets undefined.
    const values = (parsed.data as unknown[]).map((v, i) => (v === null && (items[i] as z.ZodType | undefined)?.safeParse(undefined).success ? undefined : v));
    while (values.length > args.length && values[values.length - 1] === undefined) values.pop();
    return { ok: true, args: values };
  }
  const where = parsed.error.issues[0]?.path[0];
  const what = typeof where === 'number' ? (items[where] as z.ZodType | undefined)?.description : undefined;
  return {
    ok: false,
    error: what
      ? `Yêu cầu gửi lên có ${what} không hợp lệ. Hãy tải lại trang rồi thử lại; nếu vẫn lỗi, hãy cập nhật ứng dụng.`
      : `Yêu cầu "${group}/${method}" gửi lên không đúng số hoặc dạng tham số. Hãy tải lại trang rồi thử lại; nếu vẫn lỗi, hãy cập nhật ứng dụng.`,
  };
}
