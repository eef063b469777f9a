// Entry of the standalone page (dist/standalone/tthc-report.html): no Office, the file the clerk
// opens is the workbook.
import logo from '../../assets/icon-32.png';
import { mountStandalonePage } from '../standalone/page';
import { saveLang, storedLang } from '../taskpane/language-store';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const root = document.getElementById('page')!;
mountStandalonePage(root, {
  // Vietnamese first, whatever the browser's language: the switch is in the header.
  initialLang: storedLang() ?? 'vi',
  saveLang,
  logoSrc: logo,
  storage: localStorageOrNull(),
});
