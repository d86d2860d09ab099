// Child process of library-kill.test.ts: saves one entry with a large full text over and over
// (each save on the revision just written) and prints each revision, until it is killed.
import { LibraryStore } from '../../../electron/services/library/library-store';

const dir = process.argv[2]!;
const store = new LibraryStore({ dir, user: 'writer' });
const paragraphs = Array.from({ length: 4000 }, (_, i) => ({ text: `Đoạn ${i}: tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên`, level: 0 }));

async function main(): Promise<void> {
  let revision = 0;
  let id: string | undefined;
  for (let i = 0; ; i += 1) {
    const out = await store.save(
      { ...(id ? { id } : {}), type: 'Chỉ thị', regime: 'dang', number: '32', symbol: 'CT/TU', date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy', subject: `về việc lần ${i}`, text: { paragraphs, source: { fileName: 'ct32.docx', format: 'docx', bytes: 1 } } },
      revision,
    );
    if (out.status !== 'saved') throw new Error('conflict');
    id = out.entry.id;
    revision = out.entry.revision;
    process.stdout.write(`${revision}\n`);
  }
}
void main();
