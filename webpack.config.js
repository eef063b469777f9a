// Builds the add-in into dist/: taskpane.html (+ the shared runtime's commands), commands.html,
// help.html, taskpane.css, icons and the manifest. Layout after the Yo Office TaskPane template.
// A second build writes the standalone page, dist/standalone/tthc-report.html: one file holding
// every script (all lazy chunks folded into one), the styles and the icon.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { InlineHtmlPlugin } = require('./scripts/webpack/inline-html-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS_HOSTS = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'];

/**
 * The pages' Content-Security-Policy: our own scripts and office.js's CDN only, the inline styles
 * office.js injects, no inline or eval'd script, no network access of our own.
 */
function contentSecurityPolicy(dev) {
  const connect = dev ? ["'self'", 'wss://localhost:3000', 'ws://localhost:3000'] : ["'self'"];
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_HOSTS.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    `frame-src 'self' ${OFFICE_JS_HOSTS[0]}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** ADDIN_BASE_URL=https://host/path/ rewrites the manifest's localhost URLs for deployment. */
function manifestTransform(content) {
  const base = process.env.ADDIN_BASE_URL;
  if (!base) return content;
  const normalized = base.endsWith('/') ? base : `${base}/`;
  const origin = new URL(normalized).origin;
  return content
    .toString()
    .replace(/https:\/\/localhost:3000\//g, normalized)
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`);
}

/**
 * https for `npm run dev-server` with the certificates `npx office-addin-dev-certs install` puts in
 * ~/.office-addin-dev-certs (Windows/Mac; needs admin rights once). Never installs anything itself:
 * without them the server runs on http, which Excel refuses but a browser test can use.
 */
function httpsOptions() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) {
    console.warn('No dev certificates: serving http. For Excel run "npx office-addin-dev-certs install" once (https).');
    return null;
  }
  return Object.fromEntries(Object.entries(files).map(([name, file]) => [name, fs.readFileSync(path.join(dir, file))]));
}

function typescriptRule(dev) {
  return {
    test: /\.ts$/,
    exclude: /node_modules/,
    use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: dev } } },
  };
}

/** The standalone page: no chunk files, no network, so it opens from disk (file://) as served. */
function standaloneConfig(dev) {
  return {
    name: 'standalone',
    devtool: false,
    entry: { standalone: './src/entries/standalone.ts' },
    output: { path: path.resolve(__dirname, 'dist', 'standalone'), filename: '[name].js', publicPath: '', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [typescriptRule(dev), { test: /\.png$/, type: 'asset/inline' }] },
    // html: false — webpack's HTML minifier would re-minify the inline script after its CSP hash is taken.
    optimization: { splitChunks: false, runtimeChunk: false, minimizeOptions: { html: false } },
    // It carries exceljs, docx and SheetJS inline: larger than the add-in, and meant to be.
    performance: false,
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new InlineHtmlPlugin({
        template: path.resolve(__dirname, 'src/standalone/standalone.html'),
        styles: [path.resolve(__dirname, 'src/taskpane/taskpane.css'), path.resolve(__dirname, 'src/standalone/standalone.css')],
        filename: 'tthc-report.html',
      }),
    ],
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const csp = contentSecurityPolicy(dev);
  const https = env && env.WEBPACK_SERVE ? httpsOptions() : null;
  const addin = {
    name: 'addin',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/entries/taskpane.ts',
      commands: './src/entries/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: { keep: /^standalone[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [typescriptRule(dev)],
    },
    performance: { hints: dev ? false : 'error', maxEntrypointSize: 250_000, maxAssetSize: 1_000_000 },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        csp,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/taskpane/legacy-guard.js', to: 'legacy-guard.js' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'manifest*.xml', to: '[name][ext]', transform: manifestTransform },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'http' },
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
  return env && env.WEBPACK_SERVE ? addin : [addin, standaloneConfig(dev)];
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.manifestTransform = manifestTransform;
module.exports.DEV_URL = DEV_URL;
