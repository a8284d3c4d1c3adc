/* eslint-env node */
// Builds the add-in into dist/: the shared-runtime page (taskpane.html, which loads the functions and the
// task pane bundles), functions.json generated from the JSDoc of src/functions/functions.ts (the build
// fails on metadata errors), the manifest and the icons.
// `webpack serve` (npm run dev-server) serves https://localhost:3000 with office-addin-dev-certs;
// a plain build never needs certificates.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";

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
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const url = production ? productionUrl() : DEV_URL;

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
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
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
          port: Number(process.env.npm_package_config_dev_server_port ?? 3000),
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          static: { directory: path.resolve(__dirname, "dist") },
        }
      : undefined,
  };
};
