// npm start: sideload the add-in into desktop Excel with office-addin-debugging (Windows and macOS, where
// desktop Excel can exist). Elsewhere it says so and tells how to sideload by hand; nothing is sent anywhere.
import { existsSync } from "node:fs";
import { run } from "./run.mjs";

run("npx", ["office-addin-usage-data", "off"]);

const desktopExcel =
  process.platform === "win32" || (process.platform === "darwin" && existsSync("/Applications/Microsoft Excel.app"));

if (!desktopExcel) {
  console.log(`本机没有桌面版 Excel(${process.platform}),无法自动旁加载。请手动加载统计助手:
  1. 运行 npm run dev-server,在 https://localhost:3000 提供加载项页面(首次会安装本机开发证书);
  2. Excel 网页版:开始 → 加载项 → 更多设置 → 上传我的加载项,选择本仓库的 manifest.xml;
     世纪互联运营的 Office 365(中国)同样在“上传我的加载项”中选择该文件;
  3. Windows 或 Mac 桌面版 Excel 上运行 npm start 会自动旁加载。
详见 README.md 的“安装与旁加载”一节。`);
  process.exit(0);
}

process.exit(
  run("npx", [
    "office-addin-debugging",
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    "3000",
  ]),
);
