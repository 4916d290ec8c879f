/**
 * Items of `name{...}@st` lines (FORMAT.md §3.3): per sample position, an
 * offset in ms added to the sample's own timestamp to give its start
 * timestamp, or undefined for "no start time".
 */
import { parseDuration } from '../util/duration';
import { splitItems } from './series';

const DUR = String.raw`(?:\d+(?:ms|y|w|d|h|m|s))+|0`;
const ITEM = new RegExp(`^([+-]?)(${DUR})(?:([+-])(${DUR}))?(?:x(\\d+))?$`);

/** expandStartOffsets expands `_`, `_xN`, `d`, `dxN`, `d+ExN` and `d-ExN` items. */
export function expandStartOffsets(text: string): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (const item of splitItems(text)) {
    if (item === '_') {
      out.push(undefined);
      continue;
    }
    const gaps = /^_x(\d+)$/.exec(item);
    if (gaps !== null) {
      for (let k = 0; k < Number(gaps[1]); k++) out.push(undefined);
      continue;
    }
    const m = ITEM.exec(item);
    if (m === null) throw new Error(`invalid start-timestamp item "${item}"`);
    // `|| 0` turns -0 (from `-0ms`) into 0: offsets are integer milliseconds.
    let offset = parseDuration(m[2]!) * (m[1] === '-' ? -1 : 1) || 0;
    const step = m[4] === undefined ? 0 : parseDuration(m[4]) * (m[3] === '-' ? -1 : 1);
    if (m[4] !== undefined && m[5] === undefined) throw new Error(`invalid start-timestamp item "${item}": a step needs "xN"`);
    const times = m[5] === undefined ? 0 : Number(m[5]);
    out.push(offset);
    for (let k = 0; k < times; k++) {
      offset += step;
      out.push(offset);
    }
  }
  return out;
}
