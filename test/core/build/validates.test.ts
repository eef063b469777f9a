import { annexToGrid, layoutAnnex } from '../../../src/core/build/annex';
import { buildAnnexData } from '../../../src/core/build/build';
import { validateGrid } from '../../../src/core/validate';
import { ONE_STOP, PERIOD, PORTAL } from './scenario';
import { outcomeProblemText } from '../../../src/i18n/findings';

test('the built annex validates clean', () => {
  const result = buildAnnexData([ONE_STOP, PORTAL], { period: PERIOD });
  const outcome = validateGrid(annexToGrid(layoutAnnex(result.fields, result.totals), 'Phụ lục'));
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  expect(outcome.report.findings).toEqual([]);
  expect(outcome.report.table.rows.filter((r) => r.kind === 'field').map((r) => r.label)).toEqual(['Hộ tịch', 'Đất đai']);
});
