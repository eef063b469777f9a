// Turns the standalone build into ONE html file: the single JavaScript chunk and the style sheets
// are written into the template, with a Content-Security-Policy that allows exactly that script
// (by its sha256 hash) and nothing from the network. The .js asset itself is not emitted.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const { Compilation, sources } = require('webpack');

/** "</script" inside the code would end the element early; "<\/script" is the same text to JS. */
function scriptSafe(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\x21--');
}

function standaloneCsp(scriptHash) {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

class InlineHtmlPlugin {
  /** @param {{ template: string, styles: string[], filename: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineHtmlPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineHtmlPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, (assets) => {
        const scripts = Object.keys(assets).filter((name) => name.endsWith('.js'));
        if (scripts.length !== 1) {
          compilation.errors.push(new Error(`standalone page: expected one JavaScript chunk, got ${scripts.length} (${scripts.join(', ')})`));
          return;
        }
        const code = scriptSafe(assets[scripts[0]].source().toString());
        const hash = `sha256-${crypto.createHash('sha256').update(code, 'utf8').digest('base64')}`;
        const css = this.options.styles.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
        for (const file of [this.options.template, ...this.options.styles]) compilation.fileDependencies.add(file);
        const html = fs
          .readFileSync(this.options.template, 'utf8')
          .replace('%CSP%', standaloneCsp(hash))
          .replace('/*%STYLE%*/', () => css.replace(/<\/(style)/gi, '<\\/$1'))
          // Whitespace around the placeholder would become part of the script and break its hash.
          .replace(/<script>\s*%SCRIPT%\s*<\/script>/, () => `<script>${code}</script>`);
        compilation.deleteAsset(scripts[0]);
        compilation.emitAsset(this.options.filename, new sources.RawSource(html));
      });
    });
  }
}

module.exports = { InlineHtmlPlugin, standaloneCsp, scriptSafe };
