/** The revision's warning, and any other the engine gives: said before anything is decided on. */
export function Warnings({ warnings }: { readonly warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div data-warnings="" className="mt-2 rounded-md border-2 border-fail bg-white p-2 text-sm">
      <p className="font-semibold text-fail">Warning</p>
      <ul className="list-disc pl-5">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
