import {
  FAKE_PAYLOAD_LIMIT,
  FakeOfficeError,
  FakeSettings,
  FakeWorkbook,
  createFakeExcel,
  installFakeOffice,
} from "./fakeExcel";
import type { FakeRequestContext } from "./fakeRequestContext";

/** The error a promise rejects with (fails the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error("expected the promise to reject");
}

function setup(): {
  workbook: FakeWorkbook;
  run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => Promise<T>;
} {
  const workbook = new FakeWorkbook();
  workbook.addSheet("数据", [
    ["指标", "本期"],
    ["工业总产值", 37.57],
  ]);
  const excel = createFakeExcel(workbook);
  return { workbook, run: (batch) => excel.run(batch) };
}

describe("fake Excel: load and sync as Office does", () => {
  test("reading a property never loaded throws PropertyNotLoaded", async () => {
    const { run } = setup();
    const error = await rejection(
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("数据").getRange("A1:B2");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- the mistake under test
        return range.values;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.message).toContain("The property 'values' is not available");
  });

  test("a loaded property is not readable before the sync: the proxy is not the value", async () => {
    const { run } = setup();
    const error = await rejection(
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("数据").getRange("A1:B2");
        range.load("values");
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the mistake under test
        const early = range.values;
        await context.sync();
        return early;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
  });

  test("after load and sync the values are copies: changing them does not change the sheet", async () => {
    const { run, workbook } = setup();
    const values = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1:B2");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([
      ["指标", "本期"],
      ["工业总产值", 37.57],
    ]);
    values[1]![1] = 0;
    expect(workbook.sheet("数据")?.cell(1, 1)?.value).toBe(37.57);
  });

  test("a proxy assigned as a value is refused", async () => {
    const { run } = setup();
    const error = await rejection(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("数据");
        const source = sheet.getRange("A1");
        (sheet.getRange("C1") as unknown as { values: unknown }).values = source;
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toBe("A proxy object is not a value for 'values'.");
  });

  test("operations run at sync, not when queued", async () => {
    const { run, workbook } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("C1").values = [["新值"]];
      expect(workbook.sheet("数据")?.cell(0, 2)).toBeUndefined();
      await context.sync();
      expect(workbook.sheet("数据")?.cell(0, 2)?.value).toBe("新值");
    });
  });

  test("an array that does not match the range fails the sync with Office's message", async () => {
    const { run, workbook } = setup();
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("数据").getRange("C1:D1").values = [["只有一个"]];
        await context.sync();
      }),
    );
    expect(error.message).toBe(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
    expect(workbook.sheet("数据")?.cell(0, 2)).toBeUndefined();
  });

  test("a formula written into a text (@) cell stays text, as in Excel", async () => {
    const { run, workbook } = setup();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("C1:D1");
      range.numberFormat = [["@", "0.00"]];
      range.formulas = [["=B2*2", "=B2*2"]];
      await context.sync();
    });
    const sheet = workbook.sheet("数据")!;
    expect(sheet.cell(0, 2)).toMatchObject({ value: "=B2*2" });
    expect(sheet.cell(0, 2)?.formula).toBeUndefined();
    expect(sheet.cell(0, 3)?.formula).toBe("=B2*2");
  });

  test("objects of a finished Excel.run cannot be used", async () => {
    const { run } = setup();
    const range = await run(async (context) => {
      const found = context.workbook.worksheets.getItem("数据").getRange("A1");
      found.load("values");
      await context.sync();
      return found;
    });
    expect(range.values).toEqual([["指标"]]);
    expect(() => range.load("text")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    await expect(range.context.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
  });

  test("an object of one context cannot be loaded through another context", async () => {
    const { workbook } = setup();
    const excel = createFakeExcel(workbook);
    const error = await rejection(
      excel.run(async (outer) => {
        const range = outer.workbook.worksheets.getItem("数据").getRange("A1");
        await excel.run(async (inner) => {
          inner.load(range, "values");
          await inner.sync();
        });
        await outer.sync();
      }),
    );
    expect(error.code).toBe("InvalidRequestContext");
    expect(error.message).toBe("Cannot use the object across different request contexts.");
  });

  test("a change queued on an object of another context is not sent by this context's sync", async () => {
    const { workbook } = setup();
    const excel = createFakeExcel(workbook);
    await expect(
      excel.run(async (outer) => {
        const range = outer.workbook.worksheets.getItem("数据").getRange("C1");
        await excel.run(async (inner) => {
          range.values = [["外层对象"]];
          await inner.sync();
        });
        expect(workbook.sheet("数据")?.cell(0, 2)).toBeUndefined();
      }),
    ).rejects.toThrow("fake Excel: the batch ended with 1 queued operations that no context.sync() sent");
  });

  test("a batch that ends with operations no sync sent fails", async () => {
    const { run, workbook } = setup();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("数据").getRange("C1").values = [["丢失"]];
        return Promise.resolve();
      }),
    ).rejects.toThrow("fake Excel: the batch ended with 1 queued operations that no context.sync() sent");
    expect(workbook.sheet("数据")?.cell(0, 2)).toBeUndefined();
  });

  test("every sync is counted as one request", async () => {
    const { run, workbook } = setup();
    const perContext = await run(async (context) => {
      await context.sync();
      await context.sync();
      return context.syncCount;
    });
    expect(perContext).toBe(2);
    await run(async (context) => context.sync());
    expect(workbook.syncCount).toBe(3);
  });
});

describe("fake Excel: API versions", () => {
  test.each([
    [
      "1.8",
      "indentLevel",
      (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("数据").getRange("A2").format.indentLevel = 1;
      },
    ],
    [
      "1.5",
      "suspendApiCalculationUntilNextSync",
      (context: FakeRequestContext) => {
        context.application.suspendApiCalculationUntilNextSync();
      },
    ],
    [
      "1.3",
      "getItemOrNullObject",
      (context: FakeRequestContext) => {
        context.workbook.worksheets.getItemOrNullObject("数据");
      },
    ],
  ])("on ExcelApi %s, %s fails with ApiNotFound", async (excelApi, _member, use) => {
    const workbook = new FakeWorkbook({ excelApi });
    workbook.addSheet("数据", [["指标"], ["工业总产值"]]);
    const error = await rejection(
      createFakeExcel(workbook).run(async (context) => {
        use(context);
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("fake Excel: sheets", () => {
  test("adding a sheet whose name exists, in any case, fails with ItemAlreadyExists", async () => {
    const { run, workbook } = setup();
    workbook.addSheet("Summary");
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.add("SUMMARY");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
    expect(workbook.sheetNames()).toEqual(["数据", "Summary"]);
  });

  test("a workbook with a protected structure refuses to add or delete a sheet (AccessDenied)", async () => {
    const { run, workbook } = setup();
    workbook.addSheet("Summary");
    workbook.structureProtected = true;
    const adding = await rejection(
      run(async (context) => {
        context.workbook.worksheets.add("汇总");
        await context.sync();
      }),
    );
    const deleting = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Summary").delete();
        await context.sync();
      }),
    );
    expect([adding.code, deleting.code]).toEqual(["AccessDenied", "AccessDenied"]);
    expect(workbook.sheetNames()).toEqual(["数据", "Summary"]);
  });

  test.each([
    ["a/b"],
    ["汇总:1-6月"],
    ["[表]"],
    ["问号?"],
    ["星*号"],
    ["反\\斜杠"],
    ["'引号开头"],
    ["引号结尾'"],
    [""],
    ["   "],
    ["History"],
    ["名".repeat(32)],
  ])("an invalid sheet name %j fails with InvalidArgument", async (name) => {
    const { run, workbook } = setup();
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(workbook.sheetNames()).toEqual(["数据"]);
  });

  test("getItem of a missing sheet fails the sync; getItemOrNullObject gives isNullObject after the sync", async () => {
    const { run } = setup();
    expect(
      (
        await rejection(
          run(async (context) => {
            context.workbook.worksheets.getItem("没有").load("name");
            await context.sync();
          }),
        )
      ).code,
    ).toBe("ItemNotFound");

    const seen = await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("没有");
      const present = context.workbook.worksheets.getItemOrNullObject("数据");
      // eslint-disable-next-line office-addins/call-sync-before-read -- the mistake under test
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      return [missing.isNullObject, present.isNullObject];
    });
    expect(seen).toEqual([true, false]);
  });

  test("the last sheet cannot be deleted", async () => {
    const { run, workbook } = setup();
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("数据").delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    expect(workbook.sheetNames()).toEqual(["数据"]);
  });

  test("worksheet items are readable after loading them", async () => {
    const { run, workbook } = setup();
    workbook.addSheet("第二张");
    const names = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(() => sheets.items[0]!.id).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      return sheets.items.map((sheet) => sheet.name);
    });
    expect(names).toEqual(["数据", "第二张"]);
  });
});

describe("fake Excel: 5 MB per request and per response", () => {
  const text = "统".repeat(1000); // 3,000 bytes of UTF-8

  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and writes nothing", async () => {
    const { run, workbook } = setup();
    const rows = Math.ceil(FAKE_PAYLOAD_LIMIT / 3000) + 10;
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("数据").getRange(`D1:D${rows}`).values = Array.from(
          { length: rows },
          () => [text],
        );
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(workbook.sheet("数据")?.cell(0, 3)).toBeUndefined();
    expect(workbook.requests[0]!.bytes).toBeGreaterThan(FAKE_PAYLOAD_LIMIT);
  });

  test("the same cells sent in two requests under 5 MB are written", async () => {
    const { run, workbook } = setup();
    const half = Math.ceil(FAKE_PAYLOAD_LIMIT / 3000 / 2) + 5;
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("数据");
      sheet.getRange(`D1:D${half}`).values = Array.from({ length: half }, () => [text]);
      await context.sync();
      sheet.getRange(`D${half + 1}:D${2 * half}`).values = Array.from({ length: half }, () => [text]);
      await context.sync();
    });
    expect(workbook.requests.map((request) => request.bytes < FAKE_PAYLOAD_LIMIT)).toEqual([true, true]);
    expect(workbook.sheet("数据")?.cell(2 * half - 1, 3)?.value).toBe(text);
  });

  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded", async () => {
    const workbook = new FakeWorkbook();
    const rows = Math.ceil(FAKE_PAYLOAD_LIMIT / 3000) + 10;
    workbook.addSheet(
      "大表",
      Array.from({ length: rows }, () => [text]),
    );
    const excel = createFakeExcel(workbook);
    const error = await rejection(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("大表").getUsedRange();
        range.load("values");
        await context.sync();
        const values = range.values;
        return values.length;
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("fake Office: settings and installation", () => {
  test("settings live in memory until saveAsync writes them into the document", async () => {
    const workbook = new FakeWorkbook();
    const settings = new FakeSettings(workbook);
    settings.set("tongji.paneSettings", { decimals: 2 });
    expect(workbook.savedSettings).toEqual({});
    const status = await new Promise((resolve) =>
      settings.saveAsync((result: { status: string }) => resolve(result.status)),
    );
    expect(status).toBe("succeeded");
    expect(new FakeSettings(workbook).get("tongji.paneSettings")).toEqual({ decimals: 2 });
    expect(new FakeSettings(workbook).get("未设置")).toBeNull();
  });

  test("saveAsync reports failure on a read-only document", async () => {
    const workbook = new FakeWorkbook();
    workbook.failSettingsSave = true;
    const settings = new FakeSettings(workbook);
    settings.set("a", 1);
    const result = await new Promise<{ status: string; error: { message: string } | null }>((resolve) =>
      settings.saveAsync(resolve),
    );
    expect(result.status).toBe("failed");
    expect(result.error?.message).toBe("The document is read-only.");
    expect(workbook.savedSettings).toEqual({});
  });

  test("installFakeOffice defines Excel and the Office members the pane uses", async () => {
    const workbook = new FakeWorkbook({ excelApi: "1.12" });
    workbook.addSheet("数据", [["指标"]]);
    const target = {} as typeof globalThis;
    installFakeOffice(target, workbook, { theme: "dark" });
    const office = (target as unknown as { Office: typeof Office }).Office;
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.20")).toBe(false);
    expect(office.context.officeTheme.bodyBackgroundColor).toBe("#262626");
    expect(office.HostType.Excel).toBe("Excel");
    await expect(office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    const excel = (target as unknown as { Excel: ReturnType<typeof createFakeExcel> }).Excel;
    const value = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      range.load("values");
      await context.sync();
      return range.values[0]?.[0];
    });
    expect(value).toBe("指标");
  });
});
