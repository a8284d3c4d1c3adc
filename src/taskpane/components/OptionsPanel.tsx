import {
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CLAUSE_TABLE, DEFAULT_PLACE_ORDER, parsePlaceOrder, PLACE_ORDER_TABLE } from "../../report/clauses";
import type { PaneSettings } from "../../workbook/workbookPort";
import { omit } from "../omit";
import { sheetNameProblem } from "../sheetNameProblem";

const useStyles = makeStyles({
  panel: { display: "grid", rowGap: tokens.spacingVerticalM },
  clauses: { display: "grid" },
});

export interface OptionsPanelProps {
  readonly settings: PaneSettings;
  /** The period the sheet states, shown as the placeholder of the period field. */
  readonly detectedPeriod: string;
  /** The places of a regions sheet, offered as its focus place; none for an indicator sheet. */
  readonly places: readonly string[];
  readonly disabled: boolean;
  readonly onChange: (settings: PaneSettings) => void;
}

/** The options of the summary: period label, decimals, units, clauses, output sheet and mode. */
export function OptionsPanel({ settings, detectedPeriod, places, disabled, onChange }: OptionsPanelProps) {
  const styles = useStyles();
  const nameProblem = sheetNameProblem(settings.outputSheetName);
  const place = settings.place !== undefined && places.includes(settings.place) ? settings.place : "";
  return (
    <div className={styles.panel}>
      {places.length > 0 && (
        <Field label="重点地区" hint="选中的地区先写,带占比、位次和增速比较;不选则先写合计,再按表中顺序写各地区">
          <Select
            value={place}
            disabled={disabled}
            onChange={(_event, data) =>
              onChange(data.value === "" ? omit(settings, "place") : { ...settings, place: data.value })
            }
          >
            <option value="">(不指定)</option>
            {places.map((name, i) => (
              <option key={`${i}-${name}`} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {places.length > 0 && (
        <Field label="汇总表中地区的顺序" hint="每项指标一张排位表;合计行仍在首行或末行">
          <Select
            value={settings.placeOrder ?? DEFAULT_PLACE_ORDER}
            disabled={disabled}
            onChange={(_event, data) => {
              const order = parsePlaceOrder(data.value);
              onChange(order === undefined ? omit(settings, "placeOrder") : { ...settings, placeOrder: order });
            }}
          >
            {PLACE_ORDER_TABLE.map(({ id, label }) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="期间" hint="开头的期间,如“1-9月”“全年”;留空则用表中识别的期间">
        <Input
          value={settings.periodLabel ?? ""}
          placeholder={detectedPeriod === "" ? "未识别" : detectedPeriod}
          disabled={disabled}
          onChange={(_event, data) =>
            onChange(data.value === "" ? omit(settings, "periodLabel") : { ...settings, periodLabel: data.value })
          }
        />
      </Field>
      <Field label="百分比小数位数">
        <Select
          value={String(settings.decimals)}
          disabled={disabled}
          onChange={(_event, data) => onChange({ ...settings, decimals: Number(data.value) })}
        >
          {[0, 1, 2, 3].map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <Switch
        label="金额换算单位(如45000万元写作4.5亿元)"
        checked={settings.convertUnits}
        disabled={disabled}
        onChange={(_event, data) => onChange({ ...settings, convertUnits: data.checked })}
      />
      <fieldset className={styles.clauses} style={{ border: "none", margin: 0, padding: 0 }}>
        <legend>文字中包含</legend>
        {CLAUSE_TABLE.map(({ id: key, label }) => (
          <Checkbox
            key={key}
            label={label}
            checked={settings.clauses[key]}
            disabled={disabled}
            onChange={(_event, data) =>
              onChange({ ...settings, clauses: { ...settings.clauses, [key]: data.checked === true } })
            }
          />
        ))}
      </fieldset>
      <Field
        label="汇总表名称"
        validationState={nameProblem === undefined ? "none" : "error"}
        validationMessage={nameProblem ?? ""}
      >
        <Input
          value={settings.outputSheetName}
          disabled={disabled}
          onChange={(_event, data) => onChange({ ...settings, outputSheetName: data.value })}
        />
      </Field>
      <Field label="汇总表中的数字">
        <RadioGroup
          value={settings.mode}
          disabled={disabled}
          onChange={(_event, data) =>
            onChange({ ...settings, mode: data.value === "formulas" ? "formulas" : "values" })
          }
        >
          <Radio value="values" label="数值(生成时计算)" />
          <Radio value="formulas" label="公式(引用原表,数据变化时自动重算)" />
        </RadioGroup>
      </Field>
    </div>
  );
}
