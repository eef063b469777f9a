#!/usr/bin/env node
// Offline manifest validation: the add-in manifest XSDs (patched copies in schemas/, see
// schemas/README.md) through xmllint-wasm, then the cross-references the XSDs cannot express.
// Usage: node scripts/validate-manifest.js [manifest.xml ...]   (default: manifest.xml)
'use strict';
const fs = require('fs');
const path = require('path');
const { validateXML } = require('xmllint-wasm');

const ROOT = path.join(__dirname, '..');
const SCHEMA_DIR = path.join(ROOT, 'schemas');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const IMPORTED_SCHEMAS = [
  'OfficeAppBasicTypesV1_0.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
];
/** Functions the ribbon may call; src/commands/commands.ts registers exactly these. */
const COMMAND_FUNCTIONS = ['validateReport', 'clearHighlights'];

function schemaFile(name) {
  return { fileName: name, contents: fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8') };
}

async function validateAgainstSchemas(xml, fileName) {
  const result = await validateXML({
    xml: [{ fileName: path.basename(fileName), contents: xml }],
    schema: [schemaFile(MAIN_SCHEMA)],
    preload: IMPORTED_SCHEMAS.map(schemaFile),
  });
  return result.errors.map((e) => `${fileName}:${e.loc ? e.loc.lineNumber : '?'}: ${e.message.trim()}`);
}

function attributeValues(xml, element, attribute) {
  const re = new RegExp(`<${element}\\b[^>]*\\b${attribute}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}

/** resid references, icon files on disk, runtime/function-file agreement, command names. */
function checkCrossReferences(xml, fileName, { assetsDir }) {
  const errors = [];
  const defined = new Set(attributeValues(xml, '(?:bt:Image|bt:Url|bt:String)', 'id'));
  for (const resid of attributeValues(xml, '[A-Za-z:]+', 'resid')) {
    if (!defined.has(resid)) errors.push(`${fileName}: resid "${resid}" is used but not defined in <Resources>`);
  }
  const runtime = attributeValues(xml, 'Runtime', 'resid');
  const functionFile = attributeValues(xml, 'FunctionFile', 'resid');
  if (runtime.length && functionFile.length && runtime[0] !== functionFile[0]) {
    errors.push(`${fileName}: shared runtime needs <FunctionFile resid> = <Runtime resid> (${functionFile[0]} ≠ ${runtime[0]})`);
  }
  for (const name of [...xml.matchAll(/<FunctionName>([^<]*)<\/FunctionName>/g)].map((m) => m[1])) {
    if (!COMMAND_FUNCTIONS.includes(name)) errors.push(`${fileName}: FunctionName "${name}" is not a registered command`);
  }
  const iconUrls = [...xml.matchAll(/DefaultValue="[^"]*\/assets\/([^"/]+\.png)"/g)].map((m) => m[1]);
  for (const icon of iconUrls) {
    if (!fs.existsSync(path.join(assetsDir, icon))) errors.push(`${fileName}: icon assets/${icon} does not exist`);
  }
  for (const size of ['16', '32', '80']) {
    if (!new RegExp(`<bt:Image size="${size}"`).test(xml)) errors.push(`${fileName}: no ${size} px button icon`);
  }
  return errors;
}

async function validateManifest(fileName, options = {}) {
  const xml = fs.readFileSync(fileName, 'utf8');
  const assetsDir = options.assetsDir || path.join(ROOT, 'assets');
  return [...(await validateAgainstSchemas(xml, fileName)), ...checkCrossReferences(xml, fileName, { assetsDir })];
}

module.exports = { validateManifest, COMMAND_FUNCTIONS };

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) files.push(path.join(ROOT, 'manifest.xml'));
  (async () => {
    let failed = false;
    for (const file of files) {
      const errors = await validateManifest(file);
      if (errors.length) {
        failed = true;
        console.error(`✗ ${path.relative(process.cwd(), file)}\n  ${errors.join('\n  ')}`);
      } else {
        console.log(`✓ ${path.relative(process.cwd(), file)} is valid against the add-in manifest schemas`);
      }
    }
    process.exitCode = failed ? 1 : 0;
  })().catch((error) => {
    console.error(error);
    process.exitCode = 2;
  });
}
