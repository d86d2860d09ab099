/**
 * Which screen shows when no plan is open: the start screen, the new-plan form, "Cơ quan và
 * người ký" or "Thư viện văn bản". An open plan always shows the editor (App decides that from the plan store).
 */
export type Screen = 'start' | 'new-plan' | 'settings' | 'library';

export type ScreenAction = { type: 'show'; screen: Screen };

export function screenReducer(state: Screen, action: ScreenAction): Screen {
  return action.type === 'show' ? action.screen : state;
}
