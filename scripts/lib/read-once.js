// One measurement in a fresh process, so that no run inherits another's heap:
//   node read-once.js READER FILE [--validate]   → {ok, ms, cpuMs, maxRssMb, validateMs?, error?}
//   node read-once.js READER --each FILE…         → [{file, ok, error?}] (which files it reads)
// Peak memory is the process's maximum resident set size; the library is loaded before the clock.
// cpuMs (user + system) moves less than wall time when other jobs share the machine.
'use strict';
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');

const built = path.join(__dirname, '..', '..', 'build', 'cli', 'src');

const READERS = {
  adopted: () => {
    const { readWorkbook } = require(path.join(built, 'workbook'));
    return async (data, file) => (await readWorkbook(data, { fileName: file })).sheets;
  },
  exceljs: () => exceljsReader(require('exceljs')),
  'protobi-exceljs': () => exceljsReader(require('@protobi/exceljs')),
  sheetjs: () => {
    const XLSX = require('@e965/xlsx');
    return async (data) => {
      const workbook = XLSX.read(data, { type: 'buffer', dense: true, cellFormula: true, cellNF: true, cellDates: false });
      return workbook.SheetNames.map((name) => workbook.Sheets[name]);
    };
  },
};

function exceljsReader(ExcelJS) {
  return async (data) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data);
    if (workbook.worksheets.length === 0) throw new Error('no worksheet read');
    return workbook.worksheets;
  };
}

async function each(read, files) {
  const results = [];
  for (const file of files) {
    try {
      await read(fs.readFileSync(file), file);
      results.push({ file: path.basename(file), ok: true });
    } catch (error) {
      results.push({ file: path.basename(file), ok: false, error: String(error.message).split('\n')[0].slice(0, 70) });
    }
  }
  return results;
}

async function main() {
  const [reader, ...args] = process.argv.slice(2);
  const read = READERS[reader]();
  const quiet = console.error;
  console.error = () => undefined; // SheetJS reports format guesses on the console
  if (args[0] === '--each') {
    const results = await each(read, args.slice(1));
    console.error = quiet;
    process.stdout.write(JSON.stringify(results));
    return;
  }
  const [file, flag] = args;
  const data = fs.readFileSync(file);
  const result = { ok: true };
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let sheets;
  try {
    sheets = await read(data, file);
    result.ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    result.cpuMs = (cpu.user + cpu.system) / 1000;
  } catch (error) {
    result.ok = false;
    result.error = String(error.message).slice(0, 90);
  }
  if (result.ok && flag === '--validate') {
    const { validateWorkbook } = require(path.join(built, 'core', 'validate.js'));
    const engineStart = performance.now();
    const outcome = validateWorkbook(sheets);
    result.validateMs = performance.now() - engineStart;
    result.found = outcome.ok ? outcome.report.table.range : outcome.reason.en;
  }
  console.error = quiet;
  result.maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result));
}

main();
