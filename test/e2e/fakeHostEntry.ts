// Bundled for the browser by the end-to-end test and appended to office.js: installs the fake Excel
// host, with the test's sheet active, before the add-in's deferred scripts start.
import { installFakeOffice } from "../fakes/fakeExcel";
import { FakeWorkbook } from "../fakes/fakeWorkbook";
import { toGrid } from "../fixtures/fixtureSheet";
import { e2eSheet } from "./e2eSheet";

interface E2EWindow {
  __tongjiTheme?: "light" | "dark";
  __tongjiPlatform?: "OfficeOnline" | "PC";
  __tongjiWorkbook?: FakeWorkbook;
}

const page = window as unknown as E2EWindow & typeof globalThis;
const workbook = new FakeWorkbook();
workbook.addSheet("说明", [["本工作簿的指标表在下一张工作表"]]);
workbook.addGridSheet(toGrid(e2eSheet));
workbook.activate(e2eSheet.sheetName);
// office.js declares `var Office`, a global the page cannot redefine: install into a stand-in global
// holding the same Office object (the fake fills its members in place), then publish Excel.
// Its members may be accessors (Office.context is a getter): make them plain writable data first.
const office = (page as unknown as { Office?: Record<string, unknown> }).Office;
if (office !== undefined) {
  for (const name of ["HostType", "PlatformType", "AsyncResultStatus", "onReady", "context"]) {
    const descriptor = Object.getOwnPropertyDescriptor(office, name);
    if (descriptor !== undefined && descriptor.configurable === true && descriptor.get !== undefined) {
      Object.defineProperty(office, name, { value: undefined, writable: true, configurable: true, enumerable: true });
    }
  }
}
const stage = { Office: office } as unknown as typeof globalThis;
installFakeOffice(stage, workbook, {
  theme: page.__tongjiTheme ?? "light",
  platform: page.__tongjiPlatform ?? "OfficeOnline",
});
// office.js goes on initialising after this script (outside Office it redefines Office.context once its
// loader finishes): lock the fake's members so that the page keeps talking to the fake host.
if (office !== undefined) {
  for (const name of ["HostType", "PlatformType", "AsyncResultStatus", "onReady", "context"]) {
    Object.defineProperty(office, name, {
      value: office[name],
      writable: false,
      configurable: false,
      enumerable: true,
    });
  }
}
Object.defineProperty(page, "Excel", {
  value: (stage as unknown as { Excel: unknown }).Excel,
  writable: false,
  configurable: false,
});
page.__tongjiWorkbook = workbook;
