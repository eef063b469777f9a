// The clerk's language choice, remembered in localStorage by the pane and the standalone page.
import type { Lang } from '../core/types';

const LANG_KEY = 'tthc-report.lang';

export function storedLang(): Lang | null {
  try {
    const value = window.localStorage.getItem(LANG_KEY);
    return value === 'vi' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

export function saveLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage can be blocked in some webviews: the choice then lasts for this session only.
  }
}
