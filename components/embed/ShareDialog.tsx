'use client';
import { useEffect, useRef, useState } from 'react';
import type { EmbedConfig, EmbedKind } from './embedParams';
import { iframeSnippet } from './embedParams';
import { absoluteUrl, embedPath } from './embedUrl';
import './embed.css';

export interface ShareTarget {
  /** The page's own shareable URL (state included); default: the current address. */
  readonly link?: string;
  /** The embeddable view reproducing what the user sees. */
  readonly embed: { readonly kind: EmbedKind; readonly config: EmbedConfig; readonly title: string };
}

/**
 * ShareButton opens a dialog with a link to this exact state and an
 * `<iframe>` snippet that embeds it in another page, each with a copy
 * button. `target` is computed when the dialog opens, so it is current.
 */
export function ShareButton({ target, label = 'Share / Embed' }: { target: () => ShareTarget | Promise<ShareTarget>; label?: string }) {
  const [open, setOpen] = useState<ShareTarget | null>(null);
  const [busy, setBusy] = useState(false);
  const openDialog = () => {
    setBusy(true);
    Promise.resolve(target())
      .then(setOpen)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <button type="button" className="button secondary" onClick={openDialog} disabled={busy} aria-haspopup="dialog">
        {label}
      </button>
      {open && <ShareDialog target={open} onClose={() => setOpen(null)} />}
    </>
  );
}

function ShareDialog({ target, onClose }: { target: ShareTarget; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const link = target.link ?? (typeof window !== 'undefined' ? window.location.href : '');
  const src = absoluteUrl(embedPath(target.embed.kind, target.embed.config));
  const snippet = iframeSnippet(src, target.embed.title, target.embed.config.height);
  return (
    <dialog ref={ref} className="share-dialog" onClose={onClose} aria-label="Share or embed">
      <h2>Share / Embed</h2>
      <CopyField label="Link to exactly this view" value={link} />
      <CopyField label="Embed URL" value={src} />
      <CopyField label="HTML for your page" value={snippet} multiline />
      <p className="share-hint">
        The embed runs the whole simulated world in the reader’s browser; nothing is sent to any server. See <a href={embedDocsHref()}>the embed guide</a> for all parameters and auto-height.
      </p>
      <form method="dialog">
        <button className="button" type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}

function embedDocsHref(): string {
  return `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/embed`;
}

function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard?.writeText(value).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false),
    );
  };
  return (
    <label className="share-field">
      <span>{label}</span>
      <span className="share-row">
        {multiline ? <textarea readOnly value={value} rows={4} onFocus={(e) => e.currentTarget.select()} /> : <input readOnly value={value} onFocus={(e) => e.currentTarget.select()} />}
        <button type="button" className="button secondary small" onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </span>
    </label>
  );
}
