/**
 * selectRuleFiles keeps the rule files prometheus.yml's `rule_files` names.
 * Patterns are Go's filepath.Match globs on the whole path (`*` and `?` do
 * not cross `/`, `[...]` classes), as Prometheus expands them.
 */
export function selectRuleFiles(patterns: readonly string[], files: Readonly<Record<string, string>>): Record<string, string> {
  const res = patterns.map(globToRegExp);
  const out: Record<string, string> = {};
  for (const name of Object.keys(files).sort()) {
    if (res.some((re) => re.test(name))) out[name] = files[name]!;
  }
  return out;
}

function globToRegExp(glob: string): RegExp {
  let src = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) {
        src += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, end).replace(/^\^/, '!');
      src += body.startsWith('!') ? `[^${body.slice(1).replace(/\\/g, '\\\\')}]` : `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else src += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${src}$`);
}
