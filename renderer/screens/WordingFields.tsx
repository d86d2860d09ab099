import type { ReactNode } from 'react';
import { CITATION_DEFAULTS } from '../../core/citation/style';
import { CHAIN_LINKS, type CitationStyle } from '../../core/model/organisation';
import { OPENING_ENDINGS, OPENING_LEADS, OPENING_VERBS, type OpeningParts, type PlanNameForm, type SummaryParts } from '../../core/model/wording';
import { type Wording, type WordingChoices, chooseOpening, chooseSubject, chooseSummary } from '../state/wording-form';

/**
 * "Câu mở đầu và trích yếu" and "Cách trích dẫn văn bản": the parts the opening sentence and the
 * summary are composed from, and the organisation's citation conventions. Each control shows what
 * will print now (template, then regime default, then the clerk's choice) with an example.
 */

function Hint(props: { children: ReactNode }) {
  return <small className="hint">{props.children}</small>;
}

function TextPart(props: { testId: string; label: string; value: string; list?: readonly string[]; hint: ReactNode; onChange(v: string): void; multiline?: boolean }) {
  const listId = props.list ? `${props.testId}-list` : undefined;
  return (
    <label className="field">
      <span>{props.label}</span>
      {props.multiline ? (
        <textarea data-testid={props.testId} rows={2} value={props.value} onChange={(e) => props.onChange(e.target.value.normalize('NFC'))} />
      ) : (
        <input data-testid={props.testId} list={listId} value={props.value} onChange={(e) => props.onChange(e.target.value.normalize('NFC'))} />
      )}
      {props.list && (
        <datalist id={listId}>
          {props.list.map((v) => <option key={v} value={v} />)}
        </datalist>
      )}
      <Hint>{props.hint}</Hint>
    </label>
  );
}

function Choice<T extends string>(props: { testId: string; label: string; value: T; options: Array<[T, string]>; onChange(v: T): void; hint?: ReactNode }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
      {props.hint && <Hint>{props.hint}</Hint>}
    </label>
  );
}

const NAME_FORMS: Array<[PlanNameForm, string]> = [
  ['implements-type', 'Theo loại văn bản căn cứ: “Kế hoạch thực hiện Chỉ thị”'],
  ['implements-short', 'Theo số, ký hiệu văn bản căn cứ: “Kế hoạch thực hiện Nghị quyết số 57-NQ/TW”'],
  ['generic', 'Gọi chung: “Kế hoạch thực hiện”'],
  ['subject', 'Theo nội dung kế hoạch: “kế hoạch củng cố, kiện toàn …”'],
];

export function WordingFields(props: { base: Wording; choices: WordingChoices; effective: Wording; onChange(choices: WordingChoices): void; title?: string }) {
  const { base, choices, effective } = props;
  const opening = <K extends keyof OpeningParts>(key: K, value: OpeningParts[K]) => props.onChange(chooseOpening(choices, base, key, value));
  const summary = <K extends keyof SummaryParts>(key: K, value: SummaryParts[K]) => props.onChange(chooseSummary(choices, base, key, value));
  const o = effective.opening;
  const s = effective.summary;
  return (
    <details className="subform wording-fields" data-testid="wording-fields">
      <summary data-testid="wording-fields-toggle">{props.title ?? 'Câu mở đầu và trích yếu'}</summary>
      <div className="row">
        <TextPart testId="wording-lead" label="Từ mở đầu" value={o.lead} list={OPENING_LEADS} onChange={(v) => opening('lead', v)} hint={<>Ví dụ “Thực hiện”, “Triển khai thực hiện”. Chọn “Căn cứ” thì mỗi văn bản căn cứ một dòng “Căn cứ …;”.</>} />
        <Choice testId="wording-paragraphs" label="Số đoạn" value={String(o.paragraphs) as '1' | '2'} onChange={(v) => opening('paragraphs', v === '2' ? 2 : 1)} options={[['1', 'Một đoạn'], ['2', 'Hai đoạn']]} hint={<>Hai đoạn: “Thực hiện …,” một đoạn, câu “Ban Thường vụ … ban hành …” xuống dòng.</>} />
      </div>
      <TextPart testId="wording-purpose" label="Mục đích (không bắt buộc)" value={o.purpose ?? ''} onChange={(v) => opening('purpose', v)} hint={<>In trước tập thể ban hành, kết thúc bằng dấu phẩy. Ví dụ “nhằm đưa Nghị quyết vào cuộc sống”.</>} />
      <div className="row">
        <TextPart testId="wording-verb" label="Động từ ban hành" value={o.verb} list={OPENING_VERBS} onChange={(v) => opening('verb', v)} hint={<>Ví dụ “Ban Thường vụ Huyện ủy <b>ban hành</b> Kế hoạch …”, “… <b>xây dựng</b> kế hoạch …”.</>} />
        <TextPart testId="wording-implement-verb" label="Cụm từ trong tên kế hoạch" value={o.implementVerb} list={['thực hiện', 'triển khai thực hiện']} onChange={(v) => opening('implementVerb', v)} hint={<>Ví dụ “Kế hoạch <b>triển khai thực hiện</b> Chỉ thị”.</>} />
      </div>
      <div className="row">
        <Choice testId="wording-name" label="Cách gọi tên kế hoạch trong câu" value={o.name} options={NAME_FORMS} onChange={(v) => opening('name', v)} />
        <Choice testId="wording-name-target" label="Tên kế hoạch theo văn bản" value={o.nameTarget ?? 'base'} options={[['base', 'Văn bản căn cứ thứ nhất'], ['root', 'Văn bản gốc nó thực hiện']]} onChange={(v) => opening('nameTarget', v)} hint={<>Ví dụ căn cứ Chương trình hành động của Tỉnh ủy nhưng gọi “Kế hoạch thực hiện Nghị quyết số 57-NQ/TW”.</>} />
      </div>
      <div className="row">
        <Choice testId="wording-plan-type-case" label="Chữ “Kế hoạch” trong câu" value={o.planTypeCase} options={[['as-is', 'Viết hoa: “Kế hoạch”'], ['lower', 'Viết thường: “kế hoạch”']]} onChange={(v) => opening('planTypeCase', v)} />
        <TextPart testId="wording-ending" label="Kết câu" value={o.ending} list={OPENING_ENDINGS} onChange={(v) => opening('ending', v)} hint={<>Ví dụ “như sau:”, “cụ thể như sau:”, “, cụ thể:”.</>} />
      </div>
      <TextPart testId="wording-subject" label="Nội dung của kế hoạch (không kèm chữ “Kế hoạch”)" multiline value={effective.subject} onChange={(v) => props.onChange(chooseSubject(choices, base, v))} hint={<>Ví dụ “củng cố, kiện toàn tổ chức cơ sở đảng năm 2025”. Dùng khi trích yếu hoặc tên kế hoạch ghi theo nội dung.</>} />
      <div className="row">
        <Choice testId="summary-form" label="Trích yếu ghi" value={s.form} options={[['cite', 'Trích dẫn văn bản căn cứ: “thực hiện Chỉ thị số 32-CT/TU …”'], ['subject', 'Nội dung của kế hoạch']]} onChange={(v) => summary('form', v)} hint={<>Khi chưa có nội dung của kế hoạch, trích yếu trích dẫn văn bản căn cứ.</>} />
        <TextPart testId="summary-lead" label="Từ dẫn trong trích yếu" value={s.lead} list={['thực hiện', 'triển khai thực hiện']} onChange={(v) => summary('lead', v)} hint={<>Ví dụ “<b>thực hiện</b> Chỉ thị số 32-CT/TU …”; để trống nếu không cần.</>} />
      </div>
      <div className="row">
        <Choice testId="summary-cite" label="Trích yếu trích dẫn" value={s.cite} options={[['first', 'Văn bản căn cứ thứ nhất'], ['all', 'Tất cả văn bản căn cứ'], ['root', 'Văn bản gốc mà văn bản căn cứ thực hiện (ví dụ Nghị quyết của Trung ương)']]} onChange={(v) => summary('cite', v)} />
        <label className="check">
          <input type="checkbox" data-testid="summary-date" checked={s.date} onChange={(e) => summary('date', e.target.checked)} /> Ghi ngày của văn bản trong trích yếu (“… số 32-CT/TU ngày 24/4/2024 …”)
        </label>
      </div>
    </details>
  );
}

const JOINS: Array<[NonNullable<CitationStyle['basesJoin']>, string]> = [
  ['semicolon', 'Dấu chấm phẩy: “A; B; C”'],
  ['comma', 'Dấu phẩy: “A, B, C”'],
  ['semicolon-and', 'Chấm phẩy, cuối cùng “và”: “A; B và C”'],
  ['comma-and', 'Dấu phẩy, cuối cùng “và”: “A, B và C”'],
];

const GROUPINGS: Array<[NonNullable<CitationStyle['grouping']>, string]> = [
  ['none', 'Không gộp, trích dẫn từng văn bản'],
  ['same-subject', 'Gộp khi cùng loại, cùng cơ quan, cùng trích yếu'],
  ['same-issuer', 'Gộp khi cùng loại, cùng cơ quan: “các Nghị quyết của HĐND tỉnh: số …; số …”'],
];

/** The organisation's way of citing documents (sent with the organisation). */
export function CitationStyleFields(props: { style: CitationStyle; onChange(style: CitationStyle): void; hint?: string }) {
  const style = { ...CITATION_DEFAULTS, ...props.style };
  const set = (patch: Partial<CitationStyle>) => props.onChange({ ...props.style, ...patch });
  return (
    <details className="subform citation-style-fields" data-testid="citation-style-fields">
      <summary data-testid="citation-style-toggle">Cách trích dẫn văn bản của cơ quan</summary>
      {props.hint && <Hint>{props.hint}</Hint>}
      <div className="row">
        <Choice testId="cite-comma-date" label="Dấu phẩy trước ngày" value={props.style.commaBeforeDate ? 'yes' : 'no'} options={[['no', 'Không: “Chỉ thị số 32-CT/TU ngày 24/4/2024”'], ['yes', 'Có: “Chỉ thị số 29-CT/TW, ngày 05/01/2024”']]} onChange={(v) => set({ commaBeforeDate: v === 'yes' })} />
        <Choice testId="cite-date-style" label="Cách ghi ngày" value={props.style.dateStyle} options={[['numeric', 'Bằng số: “ngày 24/4/2024”'], ['words', 'Bằng chữ: “ngày 24 tháng 4 năm 2024”']]} onChange={(v) => set({ dateStyle: v })} />
      </div>
      <TextPart testId="cite-chain-link" label="Từ nối văn bản với văn bản mà nó thực hiện" value={style.chainLink} list={CHAIN_LINKS} onChange={(v) => set({ chainLink: v })} hint={<>Ví dụ “Chương trình hành động số 05-CTr/TU … của Ban Thường vụ Thành ủy <b>về thực hiện</b> Nghị quyết số 71-NQ/TW …”.</>} />
      <div className="row">
        <Choice testId="cite-short-name-word" label="Giới thiệu tên viết tắt" value={style.shortNameWord} options={[['viết tắt là', '“(sau đây viết tắt là …)”'], ['gọi là', '“(sau đây gọi là …)”']]} onChange={(v) => set({ shortNameWord: v })} />
        <Choice testId="cite-brackets" label="Ngoặc tên viết tắt khi có nhiều văn bản" value={style.shortNameBrackets} options={[['each', 'Mỗi văn bản một ngoặc, ngay sau văn bản đó'], ['joint', 'Một ngoặc chung sau văn bản cuối: “(sau đây gọi là A, B)”']]} onChange={(v) => set({ shortNameBrackets: v })} />
      </div>
      <div className="row">
        <Choice testId="cite-join" label="Nối các văn bản căn cứ" value={style.basesJoin} options={JOINS} onChange={(v) => set({ basesJoin: v })} />
        <Choice testId="cite-grouping" label="Gộp văn bản cùng loại, cùng cơ quan" value={style.grouping} options={GROUPINGS} onChange={(v) => set({ grouping: v })} hint={<>Ví dụ “Quyết định số 4045/QĐ-UBND ngày … và Quyết định số 4354/QĐ-UBND ngày … của UBND thành phố về …”.</>} />
      </div>
    </details>
  );
}
