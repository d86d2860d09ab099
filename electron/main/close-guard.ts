import type { DirtyState } from '../ipc/shell-channels';

/** The clerk's answer to "save before closing?". */
export type CloseChoice = 'save' | 'discard' | 'cancel';

export const CLOSE_PROMPT = {
  title: 'Soạn thảo Kế hoạch',
  message: 'Kế hoạch có thay đổi chưa lưu.',
  detail: 'Bạn có muốn lưu trước khi đóng không? Nếu chọn "Không lưu", các thay đổi từ lần lưu trước sẽ mất.',
  buttons: ['Lưu', 'Không lưu', 'Hủy'] as const,
};

export interface CloseGuardDeps {
  ask(): Promise<CloseChoice>;
  /** Renderer saves, then calls closeWindow (or stays open if saving failed or was cancelled). */
  requestSave(): void;
  discardRecovery(id: string): Promise<void>;
  destroy(): void;
}

/**
 * Decides what a window close does. The renderer reports its dirty state; a clean window closes,
 * a dirty one asks first (Lưu / Không lưu / Hủy). Kept free of Electron so it can be tested.
 */
export class CloseGuard {
  private state: DirtyState = { dirty: false, recoveryId: null };
  private asking = false;

  constructor(private readonly deps: CloseGuardDeps) {}

  setState(state: DirtyState): void {
    this.state = { dirty: !!state.dirty, recoveryId: state.recoveryId ?? null };
  }

  /** Called from the window's 'close' event; returns true when the close must be prevented. */
  onClose(): boolean {
    if (!this.state.dirty) return false;
    if (!this.asking) void this.prompt();
    return true;
  }

  private async prompt(): Promise<void> {
    this.asking = true;
    try {
      const choice = await this.deps.ask();
      if (choice === 'save') this.deps.requestSave();
      if (choice === 'discard') {
        // The clerk declined the changes: their recovery copy must not be offered at next start.
        if (this.state.recoveryId) await this.deps.discardRecovery(this.state.recoveryId).catch(() => undefined);
        this.state = { dirty: false, recoveryId: null };
        this.deps.destroy();
      }
    } finally {
      this.asking = false;
    }
  }
}
