/**
 * Builds the task pane and the ribbon-command page of the Excel add-in into dist/.
 *   webpack --mode production              → dist/ for hosting at ADDIN_BASE_URL (manifest URLs rewritten)
 *   webpack serve --mode development        → https://localhost:3000 with office-addin-dev-certs
 * TypeScript goes through esbuild-loader (types are checked by `npm run typecheck`, not here).
 */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');

const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

/** The ribbon command page belongs to the Office.js host work; build it only once its files exist. */
function commandsEntryExists() {
  return fs.existsSync(path.join(__dirname, 'src/commands/commands.ts')) && fs.existsSync(path.join(__dirname, 'src/commands/commands.html'));
}

/**
 * The manifest's dev URLs point at https://localhost:3000; a production build points them at ADDIN_BASE_URL.
 * Uses the manifest module's own rewrite when it exists, else a plain replacement of the base URL.
 */
function manifestForProduction(content) {
  const base = process.env.ADDIN_BASE_URL;
  if (!base) {
    throw new Error('生产构建需要 ADDIN_BASE_URL（加载项的 https 地址），例如 ADDIN_BASE_URL=https://example.org/window-bulletin/ npm run build');
  }
  if (!/^https:\/\//.test(base)) throw new Error(`ADDIN_BASE_URL 必须以 https:// 开头：${base}`);
  const normalized = base.endsWith('/') ? base : `${base}/`;
  const rewriteModule = path.join(__dirname, 'scripts/manifest-url.cjs');
  if (fs.existsSync(rewriteModule)) {
    return require(rewriteModule).rewriteManifestBaseUrl(content.toString('utf8'), normalized);
  }
  return content.toString('utf8').split(DEV_BASE_URL).join(normalized);
}

async function devServerHttps() {
  // Loaded lazily: it reads (and on first use creates) the trusted localhost certificate, which only `serve` needs.
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  // webpack-cli sets env.WEBPACK_SERVE for `webpack serve`.
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // `--env outDir=…` lets the end-to-end test and the bundle bench build into a temporary folder, leaving dist/ alone;
  // `--env noManifest` skips the manifest there, since those builds have no real host URL to rewrite it to.
  const outDir = env && env.outDir ? path.resolve(env.outDir) : path.join(__dirname, 'dist');
  const copyManifest = fs.existsSync(path.join(__dirname, 'manifest.xml')) && !(env && env.noManifest);
  const withCommands = commandsEntryExists();

  const entry = { taskpane: './src/taskpane/index.tsx' };
  if (withCommands) {
    entry.commands = './src/commands/commands.ts';
    // The ribbon command's report dialog (problems or warnings after 生成排名).
    entry.dialog = './src/commands/dialog.ts';
  }

  const html = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      scriptLoading: 'defer',
    }),
  ];
  if (withCommands) {
    html.push(
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'dialog.html',
        template: './src/commands/dialog.html',
        chunks: ['dialog'],
        scriptLoading: 'defer',
      }),
    );
  }

  const copyPatterns = [];
  if (fs.existsSync(path.join(__dirname, 'assets'))) copyPatterns.push({ from: 'assets', to: 'assets', noErrorOnMissing: true });
  // The help page (the manifest's SupportUrl and GetStarted LearnMoreUrl): static text beside the pane, no script.
  copyPatterns.push({ from: 'src/help', to: '.' });
  if (copyManifest) {
    copyPatterns.push({
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: production ? (content) => manifestForProduction(content) : undefined,
    });
  }

  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    // No eval-based source maps: the pane's Content-Security-Policy forbids eval, in development too.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry,
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // dist/cli is the CLI bundle `npm run build:cli` just wrote (the CLI tests run it): cleaning must leave it.
      clean: { keep: /^cli[\\/]/ },
      publicPath: 'auto',
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          // Fluent UI ships its styles precompiled (__styles / __resetStyles calls holding CSS text). Griffel's
          // extraction moves that CSS into one stylesheet (griffel.[hash].css, linked from taskpane.html), leaving class
          // names in the JavaScript: less script to load and run before the pane is interactive (bench paneLoad:
          // 140.2 → 117.1 KB gz with the loader below), and no rules inserted at run time for Fluent's components.
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]@fluentui[\\/]/,
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        {
          // Loaders run last to first: esbuild turns TypeScript into JavaScript; Griffel's loader precompiles the
          // pane's own makeStyles as Fluent's are (so Griffel's style resolver, stylis and rtl-css-js stay out of
          // the bundle); the extraction loader then moves their CSS into the same stylesheet.
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            { loader: GriffelCSSExtractionPlugin.loader },
            { loader: '@griffel/webpack-loader' },
            { loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic', tsconfig: path.join(__dirname, 'tsconfig.json') } },
          ],
        },
      ],
    },
    optimization: {
      // Fluent v9 packages declare sideEffects: false; this lets webpack drop every component the pane does not import.
      sideEffects: true,
      usedExports: true,
      splitChunks: { chunks: 'async' },
    },
    performance: {
      // The budget is measured in Chromium on gzipped JS loaded before the pane is interactive (bench/paneLoad.ts);
      // webpack's raw-size hints would only add noise.
      hints: false,
    },
    plugins: [
      ...html,
      // Griffel orders its own rules, so mini-css-extract's chunk-order warnings do not apply (the plugin's README).
      new MiniCssExtractPlugin({ filename: production ? '[name].[contenthash:8].css' : '[name].css', ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      ...(copyPatterns.length > 0 ? [new CopyWebpackPlugin({ patterns: copyPatterns })] : []),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await devServerHttps() },
          static: { directory: outDir },
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};
