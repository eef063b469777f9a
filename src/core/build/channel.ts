// The submission channel: online (column (4)) or direct / postal (column (5)).
import { containsPhrase, foldText } from '../text';
import type { Channel } from './types';

const DIRECT_PHRASES = ['truc tiep', 'buu chinh', 'buu dien', 'bcci', 'tai quay', 'tai bo phan', 'offline', 'direct', 'postal', 'post'];
const ONLINE_PHRASES = [
  'truc tuyen',
  'online',
  'qua mang',
  'dich vu cong',
  'dvc',
  'dvcqg',
  'toan trinh',
  'mot phan',
  'internet',
  'cong thong tin',
  'dien tu',
];

/** Online or direct/postal, or null when the wording is not known (or empty). */
export function normaliseChannel(text: string, custom?: Record<string, Channel>): Channel | null {
  const folded = foldText(text);
  if (folded === '') return null;
  if (custom) {
    for (const [wording, channel] of Object.entries(custom)) {
      if (foldText(wording) === folded) return channel;
    }
  }
  if (DIRECT_PHRASES.some((phrase) => containsPhrase(folded, phrase))) return 'direct';
  if (ONLINE_PHRASES.some((phrase) => containsPhrase(folded, phrase))) return 'online';
  return null;
}
