/**
 * Every message the engine gives the user, in one place so that their wording can be reviewed together.
 * Warnings about a row are prefixed by analyzeSheet with "第12行“固定资产投资”:"; the texts here are what follows.
 */
/** Names in quotes, one after the other: “工业投资”“民间投资”. */
function quoted(names: readonly string[]): string {
  return names.map((name) => `“${name}”`).join("");
}

export const MESSAGES = {
  // Sheets that cannot be read (ReportError).
  emptySheet: (sheet: string) => `工作表“${sheet}”是空的,没有可以读取的指标`,
  noHeader: (sheet: string) =>
    `工作表“${sheet}”中找不到指标表的表头:需要一行列名,包含“指标名称”以及“本期”“上年同期”“同比增长(%)”“全年目标”等中的至少一个`,
  noIndicatorRows: (sheet: string, headerRow: string) => `工作表“${sheet}”的表头(${headerRow})下面没有指标行`,
  noReadableRows: (sheet: string, headerRow: string) => `工作表“${sheet}”的表头(${headerRow})下面没有可读的指标行`,

  // The header row ("第3行:…").
  growthFractions: (header: string) =>
    `“${header}”一列的数是小数(0.305 即 30.5%),与按本期、上年同期数计算的增速一致,已按小数读取,请核对`,
  layoutUnsure: "表头的列名不完整,已按最可能的含义读取,请核对各列的含义",
  unusedColumns: (headers: readonly string[]) =>
    `表头中的${headers.map((header) => `“${header}”`).join("")}${headers.length > 1 ? "各列" : "一列"}已识别,但未用于文字和汇总表`,
  noCurrentColumn:
    "表头中没有本期数的一列(如“1-9月”“本期”“本年累计”),只有表中给出增速的指标能写入文字;如果本期数在某一列,请把它的列名改为统计期(如“1-9月”)",

  // A note row ("注:…") that closes the table.
  rowsAfterNote: (firstRow: string, count: number) =>
    `这一行是表尾注释,其下从${firstRow}起还有${count}行有数字,没有读取;如果它们是指标,请把注释移到表的最后`,

  // A row as a whole.
  hiddenRow: "这一行在表中是隐藏的,文字和汇总表照常写入,请核对是否应当写入",
  dateName: (text: string) => `指标名称“${text}”是日期,不是指标名称,未写入文字和汇总表`,
  uncalculated:
    "有公式没有保存计算结果(文件可能由其他程序生成,没有在 Excel 中计算过),按空白读取:请在 Excel 或 WPS 中打开、保存后再运行",

  // A row without a name ("第12行:…").
  numbersWithoutName: "有数字但没有指标名称,未写入文字和汇总表",

  // A row's name.
  totalOnly: (name: string) => `指标名称只写了“${name}”,文字中照写,请写明是哪项指标的${name}`,
  duplicateName: (earlierRow: string) => `指标名称与${earlierRow}重复,请核对`,

  // 本期 (`then` tells what the text does instead).
  currentStatedByGrowth: ",文字只写表中增速",
  currentNotStated: ",未写入文字",
  currentUnreadable: (text: string, then: string) => `本期数“${text}”不是数字${then}`,
  currentDash: (text: string, then: string) => `本期数为“${text}”${then}`,
  currentBlank: (then: string) => `本期数为空白${then}`,

  // 上年同期.
  previousGivenGrowth: ",文字采用表中增速",
  previousNoGrowth: ",未计算增速",
  previousUnreadable: (text: string, then: string) => `上年同期数“${text}”不是数字${then}`,
  previousDash: (text: string, then: string) => `上年同期数为“${text}”${then}`,
  previousMissing: (then: string) => `缺少上年同期数${then}`,
  /** A base that is zero or negative, or a negative figure: the growth is not computed, the phrase says it. */
  noGrowthRate: (why: string, phrase: string) => `${why},不计算增速,文字表述为“${phrase}”`,
  zeroBase: "上年同期数为零",
  negativeBase: (text: string) => `上年同期数为负数(${text})`,
  negativeCurrent: (text: string) => `本期数为负数(${text})`,

  /** A ratio of two figures past the range of a double (1e308 against 1e-300). */
  outOfRange: (what: string) => `本期数与比较的数相差过于悬殊,${what}超出可计算范围,未计算${what},请核对`,

  // 增速.
  growthUnreadable: (text: string, computed: boolean) =>
    `增速“${text}”不是数字${computed ? ",改用按上年同期数计算的增速" : ""}`,
  growthMismatch: (shown: string, computed: string, gap: string) =>
    `表中增速${shown}%与按本期、上年同期数计算的${computed}%相差${gap}个百分点,文字采用表中增速,请核对`,
  rateTooLarge: (what: string, text: string) => `表中${what}“${text}”大得超出可计算范围,未写入${what},请核对`,
  growthBelowFloor: (text: string) => `表中增速${text}%低于-100%,本期数不为负时不可能,未写入增速,请核对`,
  computedGrowth: (text: string, computed: string) =>
    `表中增速为“${text}”,文字采用按本期、上年同期数计算的增速${computed}%,请核对`,

  // 全年目标 and 完成率.
  targetUnreadable: (text: string) => `全年目标“${text}”不是数字,未计算完成率`,
  rateTarget: (text: string) => `全年目标${text}是比率,不计算完成率,未写入文字`,
  targetNotPositive: (text: string) => `全年目标为${text},不是正数,未计算完成率`,
  completionUnreadable: (text: string) => `完成率“${text}”不是数字`,

  /** The earlier period's sheet chosen in the pane is not an indicator table the engine can read. */
  previousSheetUnreadable: (sheet: string, reason: string) =>
    `上期工作表“${sheet}”读不出指标表,未与上期比较(${reason})`,

  /** Indicators found in only one of this period's sheet and the earlier period's. */
  previousUnmatched: (sheet: string, missing: readonly string[], extra: readonly string[]) =>
    [
      missing.length > 0 ? `${quoted(missing)}在上期工作表“${sheet}”中没有,未与上期比较` : "",
      extra.length > 0 ? `上期工作表“${sheet}”中的${quoted(extra)}在本期表中没有` : "",
    ]
      .filter((part) => part !== "")
      .join(";"),

  unitUnknown: "没有计量单位(单位列、名称括号或“单位:”说明中都没有),文字中的数值不带单位",

  // A regions sheet (places as rows, a total row): the row's place is named by the prefix.
  placeDuplicate: (earlierRow: string) => `地区名称与${earlierRow}重复,请核对;文字中两行都照写,排位时各算一个地区`,
  placeNoValue: (indicator: string, text: string) =>
    `${indicator}${text === "" ? "为空白" : `为“${text}”`},文字中不写该地区的${indicator},也不参加排位`,
  placeNoGrowth: (indicator: string, text: string, scope: string) =>
    `${indicator}的增速${text === "" ? "为空白" : `为“${text}”`},文字中不写增速及与${scope}的比较,也不参加增速排位`,
  placeUnreadable: (what: string, text: string) => `${what}“${text}”不是数字,未采用`,
  totalNotSum: (indicator: string, total: string, sum: string, scope: string) =>
    `${indicator}的${scope}合计${total}与各地区之和${sum}不一致(表中可能只列了部分地区),文字照写表中的${scope}数,请核对`,
  /** The focus place the user named is not a place of the sheet. */
  placeNotFound: (place: string, places: readonly string[]) =>
    `表中没有地区“${place}”。表中的地区有:${places.join("、")}`,
  placeWithoutPlaces: (place: string) =>
    `这张表不是分地区的表(找不到“地区”列和“全市”“合计”等合计行),无法以“${place}”为重点地区`,
} as const;
