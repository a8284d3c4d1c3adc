// Builds the add-in into dist/: the shared-runtime page (taskpane.html, which loads the functions and the
// task pane bundles), functions.json generated from the JSDoc of src/functions/functions.ts (the build
// fails on metadata errors), the manifest and the icons.
// `webpack serve` (npm run dev-server) serves https://localhost:3000 with office-addin-dev-certs;
// a plain build never needs certificates.
const path = require("node:path");
const { existsSync, readFileSync } = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Where the page loads Office.js from: Microsoft's CDN by default (required for store add-ins);
 * TONGJI_OFFICE_JS=local bundles the copy from @microsoft/office-js (closed intranets, 21Vianet tenants
 * that cannot reach the global CDN); any other value is taken as an https URL of a mirror.
 */
function officeJsSource() {
  const choice = process.env.TONGJI_OFFICE_JS;
  if (!choice) return { url: OFFICE_JS_CDN, local: false };
  if (choice === "local") return { url: "office-js/office.js", local: true };
  if (!/^https:\/\/\S+\/office\.js$/.test(choice)) {
    throw new Error(`TONGJI_OFFICE_JS must be "local" or an https URL ending in /office.js, got: ${choice}`);
  }
  return { url: choice, local: false };
}

/** Where the add-in is hosted in production; the manifest in dist/ points there. */
function productionUrl() {
  const url = process.env.TONGJI_ADDIN_URL ?? DEV_URL;
  if (!/^https:\/\/[^\s"<>]+\/$/.test(url)) {
    throw new Error(`TONGJI_ADDIN_URL must be an https URL ending in "/", got: ${url}`);
  }
  return url;
}

async function httpsOptions() {
  // Loaded only for `webpack serve`: creates and trusts the localhost certificate on first use.
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // Trusting the CA needs administrator rights (sudo on Linux); serve with the generated files anyway.
    const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(dir, name);
    if (!["ca.crt", "localhost.crt", "localhost.key"].every((name) => existsSync(file(name)))) throw error;
    const reason = String(error instanceof Error ? error.message : error).split("\n")[0];
    console.warn(
      `开发证书未能加入系统信任列表(${reason})。仍使用 ${dir} 中的证书提供 https;` +
        `请以管理员身份把 ${file("ca.crt")} 加入受信任的根证书,否则 Excel 无法加载 https://localhost:3000。`,
    );
    return {
      ca: readFileSync(file("ca.crt")),
      cert: readFileSync(file("localhost.crt")),
      key: readFileSync(file("localhost.key")),
    };
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const url = production ? productionUrl() : DEV_URL;
  const officeJs = officeJsSource();
  const page = readFileSync(path.resolve(__dirname, "src/taskpane/taskpane.html"), "utf8");
  if (!page.includes(OFFICE_JS_CDN)) {
    throw new Error(`src/taskpane/taskpane.html must load Office.js from ${OFFICE_JS_CDN}`);
  }

  return {
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // numfmt's Node loader (createRequire) has a bundle counterpart that imports the package.
      alias: {
        [path.resolve(__dirname, "src/output/loadNumfmt")]: path.resolve(__dirname, "src/output/loadNumfmt.browser.ts"),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json", transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        templateContent: page.split(OFFICE_JS_CDN).join(officeJs.url),
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          ...(officeJs.local ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js" }] : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          host: "localhost",
          port: Number(new URL(DEV_URL).port),
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          static: { directory: path.resolve(__dirname, "dist") },
        }
      : undefined,
  };
};
