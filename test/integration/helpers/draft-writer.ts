// Child process of draft-kill.test.ts: saves one draft (with its .bak) over and over, as the app's
// save and autosave do, alternating between a long and a short version so a torn file would show.
// Prints the number of each completed save, until it is killed.
import { readFileSync } from 'node:fs';
import { saveDraft } from '../../../electron/services/draft-service';
import { RecoveryService } from '../../../electron/services/recovery-service';

const [target, dataDir, planFile] = process.argv.slice(2) as [string, string, string];
const plan = JSON.parse(readFileSync(planFile, 'utf8'));
const recovery = new RecoveryService(dataDir);
const long = plan.sections;
const short = plan.sections.slice(0, 1);

async function main(): Promise<void> {
  for (let i = 1; ; i += 1) {
    const version = { ...plan, id: `ke-hoach-${i}`, sections: i % 2 ? long : short };
    await saveDraft(target, version);
    await recovery.write(target, version);
    process.stdout.write(`${i}\n`);
  }
}
void main();
