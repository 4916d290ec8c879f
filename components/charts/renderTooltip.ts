/** TooltipRow is one series' line in a hover tooltip. */
export interface TooltipRow {
  readonly color: string;
  readonly name: string;
  readonly value: string;
}

/**
 * renderTooltip fills a tooltip element with a time heading and one row per
 * series, using text nodes only (legend names come from untrusted labels).
 * Rows beyond `maxRows` are summarised in a last line; `total` counts rows
 * the caller left out already.
 */
export function renderTooltip(el: HTMLElement, heading: string, rows: readonly TooltipRow[], maxRows = 12, total = rows.length): void {
  el.replaceChildren();
  const h = document.createElement('div');
  h.className = 'dash-tip-time';
  h.textContent = heading;
  el.append(h);
  for (const r of rows.slice(0, maxRows)) {
    const row = document.createElement('div');
    row.className = 'dash-tip-row';
    const sw = document.createElement('span');
    sw.className = 'dash-swatch';
    sw.style.background = r.color;
    const name = document.createElement('span');
    name.className = 'dash-tip-name';
    name.textContent = r.name;
    const value = document.createElement('span');
    value.className = 'dash-tip-value';
    value.textContent = r.value;
    row.append(sw, name, value);
    el.append(row);
  }
  const shown = Math.min(rows.length, maxRows);
  if (total > shown) {
    const more = document.createElement('div');
    more.className = 'dash-muted';
    more.textContent = `+ ${total - shown} more`;
    el.append(more);
  }
}
