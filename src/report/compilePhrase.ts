/**
 * A phrase template ("{name}{value}") split once into literal parts and placeholders, so that filling it
 * per indicator is string concatenation. Fills exactly as core's fillPhrase: a placeholder without a value
 * stays as written.
 */
export function compilePhrase(template: string): (values: Readonly<Record<string, string>>) => string {
  const literals: string[] = [];
  const keys: string[] = [];
  const pattern = /\{(\w+)\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match !== null; match = pattern.exec(template)) {
    literals.push(template.slice(last, match.index));
    keys.push(match[1] ?? "");
    last = match.index + match[0].length;
  }
  const tail = template.slice(last);
  return (values) => {
    let text = "";
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? "";
      text += (literals[i] ?? "") + (values[key] ?? `{${key}}`);
    }
    return text + tail;
  };
}
