'use client';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { setupKey } from '../system/setupKey';
import { useEngine, useWorld } from '../system/useEngine';
import type { WorldSetup } from '../system/protocol';
import { WORLD_START_MS } from '../system/worldConstants';
import { embedWorldSetup, parseEmbedParams, type EmbedConfig, type ParsedEmbed } from './embedParams';
import { useAutoHeight } from './useAutoHeight';
import './embed.css';

/**
 * EmbedShell is the frame of every embeddable view: it reads and validates
 * the URL parameters, applies the theme, makes the worker's world match the
 * parameters (seed, history, incidents), reports its height to the host
 * page, and lists rejected parameters above the view. No site chrome.
 */
export function EmbedShell({ children, worldFor }: { children: (config: EmbedConfig) => ReactNode; worldFor?: (config: EmbedConfig) => WorldSetup | null }) {
  const [parsed, setParsed] = useState<ParsedEmbed | null>(null);
  const client = useEngine();
  const world = useWorld(client);
  const [resetError, setResetError] = useState<string | null>(null);

  // Parameters are read after mount: a static export has no server to read them.
  useEffect(() => setParsed(parseEmbedParams(new URLSearchParams(window.location.search))), []);

  const theme = parsed?.config.theme;
  useEffect(() => {
    if (theme === undefined) return;
    const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [theme]);

  useAutoHeight(parsed?.config.height === 'auto');

  // Usually the URL decides the world; an exercise runs in its lesson's world instead.
  const setup = useMemo(() => (parsed ? (worldFor ? worldFor(parsed.config) : embedWorldSetup(parsed.config, WORLD_START_MS)) : null), [parsed, worldFor]);
  const ready = world !== null && setup !== null && setupKey(world.setup) === setupKey(setup);
  useEffect(() => {
    if (!client || !world || !setup || ready) return;
    client.call('reset', setup).catch((e: unknown) => setResetError(e instanceof Error ? e.message : String(e)));
    // Only the setup decides; world ticks must not trigger another reset.
  }, [client, setup, world === null]);

  const height = parsed?.config.height;
  return (
    <div className="embed" style={typeof height === 'number' ? { height, overflow: 'auto' } : undefined}>
      {parsed && parsed.problems.length > 0 && (
        <div className="embed-problems" role="alert">
          <strong>Some embed parameters were ignored:</strong>
          <ul>
            {parsed.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {resetError !== null && <div className="embed-problems" role="alert">The world could not be built: {resetError}</div>}
      {parsed && ready ? children(parsed.config) : <EmbedLoading />}
      <a className="embed-credit" href="../../" target="_blank" rel="noopener">
        Prometheus Playground
      </a>
    </div>
  );
}

function EmbedLoading() {
  const client = useEngine();
  const [pct, setPct] = useState<number | null>(null);
  useEffect(() => client?.onBuilding((p) => setPct(Math.round((100 * p.doneMs) / Math.max(1, p.totalMs)))), [client]);
  return (
    <div className="embed-loading" aria-live="polite">
      Simulating the world{pct !== null ? ` (${pct}%)` : ''}…
    </div>
  );
}
