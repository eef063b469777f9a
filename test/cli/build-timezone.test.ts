// The build reads dates as calendar dates in Vietnam (UTC+7) whatever the machine's zone: the
// same build (the core on the hand-written scenario, and the CLI end to end on the sample
// exports, .xlsx dates included) runs in child processes under four zones and must agree.
import { execFileSync } from 'child_process';
import * as path from 'path';

const HARNESS = path.join(__dirname, 'build-tz-harness.js');

function runIn(zone: string): { zoneOffset: number; scenario: unknown; cli: { code: number; annex: unknown; detail: unknown[] } } {
  const output = execFileSync(process.execPath, [HARNESS], { env: { ...process.env, TZ: zone }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output);
}

jest.setTimeout(120_000);

test('UTC, Vietnam, Los Angeles and Kiritimati (UTC+14) give the same annex and details', () => {
  const utc = runIn('UTC');
  expect(utc.zoneOffset).toBe(0);
  expect(utc.cli.code).toBe(0);
  expect(utc.cli.detail.length).toBeGreaterThan(200);
  for (const [zone, offset] of [
    ['Asia/Ho_Chi_Minh', -420],
    ['America/Los_Angeles', 480],
    ['Pacific/Kiritimati', -840],
  ] as const) {
    const other = runIn(zone);
    expect(other.zoneOffset).toBe(offset);
    expect(other.scenario).toEqual(utc.scenario);
    expect(other.cli).toEqual(utc.cli);
  }
});
