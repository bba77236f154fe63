/**
 * Lines of fixed height that hold a list's place while its data comes, so that nothing below
 * moves when it arrives (`className` sets a line's height to that of an item); screen readers
 * hear only the label.
 */
export function SkeletonLines({
  lines,
  label,
  className,
}: {
  lines: number;
  label: string;
  className: string;
}) {
  return (
    <div className="skeleton">
      <output className="visually-hidden">{label}</output>
      <ul className={`skeleton-lines ${className}`} aria-hidden="true">
        {Array.from({ length: lines }, (_, index) => (
          <li key={index} />
        ))}
      </ul>
    </div>
  );
}
