/** What a link asked for that the workbench could not show, and what it shows instead. */
export function UrlNotices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="url-notices" role="status" data-testid="url-notices">
      {notices.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
