/** The product's mark: the two camps as two circles, joined. Decorative: the name is beside it. */
export function BrandMark({ className }: { className: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true">
      <circle cx="9" cy="16" r="6" fill="#e0a65b" />
      <circle cx="23" cy="16" r="6" fill="#4fb3b8" />
      <path d="M15 16h2" stroke="#2a313c" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
