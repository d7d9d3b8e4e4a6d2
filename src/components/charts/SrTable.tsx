/**
 * The numbers of a chart as a table for screen readers (visually hidden): the
 * chart's SVG is not focusable (`accessibilityLayer={false}`), its sentence says
 * what to notice, and this table gives every value.
 */

interface Props {
  caption: string;
  /** Header of the first column, e.g. "epoch". */
  rowHeader: string;
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

export function SrTable({ caption, rowHeader, columns, rows }: Props) {
  if (!rows.length) return null;
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {columns.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            {r.cells.map((c, i) => (
              <td key={columns[i]}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
