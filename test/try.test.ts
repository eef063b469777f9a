import { runCli } from './helpers/cli';
test('try', async () => {
  const r = await runCli(['narrative', '/tmp/cset-out.xlsx']);
  console.log(r.code, r.stdout, r.stderr);
  const j = await runCli(['consolidate', '/tmp/cset/xa-an-phu.xlsx', '/tmp/cset/xa-tan-loi.xlsx', '--json']);
  console.log(j.code, j.stdout.slice(0, 3000), j.stderr);
}, 60000);
