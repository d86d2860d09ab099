import { setSpellEnabled, useSpellSettings } from './spell-settings';

/** "Kiểm tra chính tả": turns the red underline of misspelt words on or off in every editor. */
export function SpellToggle() {
  const { enabled } = useSpellSettings();
  return (
    <label title="Gạch chân đỏ các từ viết sai chính tả; nhấp chuột phải vào từ để xem gợi ý sửa" style={{ display: 'inline-flex', alignItems: 'center', gap: 4, marginLeft: 8, fontSize: 13 }}>
      <input type="checkbox" data-testid="spell-toggle" checked={enabled} onChange={(e) => setSpellEnabled(e.target.checked)} />
      Kiểm tra chính tả
    </label>
  );
}
