import type { CommandId } from '../../core/commands/command-table';

/**
 * Commands of the table carried out by a part of the app other than App (the text editor's own
 * commands, for instance): that part registers the handler while it is mounted, and App's `run`
 * hands it every command it has no `case` for. So a new command is one table entry plus one
 * `registerCommandHandler` where its work is done; the menu, toolbar and keys follow the table.
 */
const handlers = new Map<CommandId, () => void>();

/** Returns the unregister function (for a React effect's cleanup). */
export function registerCommandHandler(id: CommandId, handler: () => void): () => void {
  handlers.set(id, handler);
  return () => {
    if (handlers.get(id) === handler) handlers.delete(id);
  };
}

/** Runs the registered handler; false when none is registered (nothing happens). */
export function runRegisteredCommand(id: CommandId): boolean {
  const handler = handlers.get(id);
  if (!handler) return false;
  handler();
  return true;
}
