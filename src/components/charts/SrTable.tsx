/**
 * The numbers of a chart as a table for screen readers (visually hidden): the
 * chart's SVG is not focusable (`accessibilityLayer={false}`), its sentence says
 * what to notice, and this table gives every value.
 *
 * The table sits in a visually hidden block rather than being hidden itself: a
 * table ignores `width: 1px` and `overflow: hidden` (it is always as wide as its
 * columns), so a hidden table of long rows stuck out past the page's right edge
 * and made the whole page scroll sideways at 1024 px.
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
    <div className="visually-hidden">
      <table>
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
    </div>
  );
}
