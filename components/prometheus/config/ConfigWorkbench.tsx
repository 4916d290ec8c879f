'use client';
import { useState } from 'react';
import { getJson } from '../shared/http';
import { usePolled } from '../shared/usePolled';
import { ConfigEditor } from './ConfigEditor';
import { ruleFileNames, type ConfigFile } from './configApi';

interface Tab {
  readonly id: string;
  readonly label: string;
  readonly file: ConfigFile;
  readonly ruleFile?: string;
}

/** ConfigWorkbench is the editor with one tab per file: prometheus.yml, each rule file and alertmanager.yml. */
export function ConfigWorkbench() {
  const { data } = usePolled('rule-files', (c, s) => getJson<{ groups: { file: string }[] }>(c, '/api/v1/rules', s), null);
  const ruleFiles = ruleFileNames(data?.groups ?? []);
  const tabs: Tab[] = [
    { id: 'prometheus', label: 'prometheus.yml', file: 'prometheus' },
    ...ruleFiles.map((f): Tab => ({ id: `rules:${f}`, label: f, file: 'rules', ruleFile: f })),
    { id: 'alertmanager', label: 'alertmanager.yml', file: 'alertmanager' },
  ];
  const [active, setActive] = useState('prometheus');
  const tab = tabs.find((t) => t.id === active) ?? tabs[0]!;
  return (
    <div className="config-workbench">
      <div className="tabs" role="tablist" aria-label="Configuration files">
        {tabs.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={t.id === tab.id} className={`tab${t.id === tab.id ? ' active' : ''}`} onClick={() => setActive(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <ConfigEditor key={tab.id} file={tab.file} {...(tab.ruleFile !== undefined ? { ruleFile: tab.ruleFile } : {})} />
    </div>
  );
}
