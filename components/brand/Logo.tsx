/** Logo is the playground's mark, inline so it needs no request and works under any basePath. */
export function Logo({ size = 22 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <circle cx="16" cy="16" r="15" fill="#e6522c" />
      <path d="M8 22h16v2H8zm2-3h12l-2-9-3 5-1-7-2 6-2-3z" fill="#fff" />
    </svg>
  );
}
