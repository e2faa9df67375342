// A small hand-written horizontal bar chart (SVG): one row per item, one bar or a pair (filled, then
// outlined, so colour never carries the meaning alone). An image with an accessible name, also shown above it;
// the numbers are in the table beside it, the alternative for anyone who cannot see the chart.
const WIDTH = 320;
const LABEL = 118;
const BARS = 160;
const BAR = 12;
const GAP = 8;

export interface BarRow {
  name: string;
  /** One value, or two shown as a pair (filled first, then outlined). */
  values: readonly [number] | readonly [number, number];
}

interface BarChartProps {
  label: string;
  rows: readonly BarRow[];
  /** The value a full-length bar stands for. */
  max: number;
  /** How a value is written at the end of its bar. */
  show?: (value: number) => string;
}

/** A long name cut to fit its column; the table shows it in full. */
const fit = (name: string) => (name.length > 19 ? `${name.slice(0, 18)}…` : name);

export function BarChart({ label, rows, max, show = String }: BarChartProps) {
  const pair = rows.some((r) => r.values.length === 2);
  const rowHeight = (pair ? 2 * BAR : BAR) + GAP;
  const height = Math.max(1, rows.length) * rowHeight + GAP;
  const length = (v: number) => (max > 0 ? Math.max(0, Math.min(1, v / max)) * BARS : 0);
  return (
    <>
      {/* Its name, for the eye: the image carries the same name for a screen reader. */}
      <p class="small" aria-hidden="true">
        {label}
      </p>
      <svg class="chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
        {rows.map((row, i) => {
          const top = GAP + i * rowHeight;
          return (
            <g key={row.name}>
              <text x={0} y={top + (pair ? BAR : BAR / 2)} dominant-baseline="central">
                {fit(row.name)}
              </text>
              {row.values.map((value, k) => {
                const y = top + k * BAR;
                const w = length(value);
                return (
                  <g key={k}>
                    {k === 0 ? (
                      <rect x={LABEL} y={y + 1} width={w} height={BAR - 2} fill="currentColor" />
                    ) : (
                      <rect
                        x={LABEL + 0.75}
                        y={y + 1.75}
                        width={Math.max(0, w - 1.5)}
                        height={BAR - 3.5}
                        fill="none"
                        stroke="currentColor"
                        stroke-width={1.5}
                      />
                    )}
                    <text x={LABEL + w + 4} y={y + BAR / 2} dominant-baseline="central">
                      {show(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <line x1={LABEL} x2={LABEL} y1={GAP / 2} y2={height - GAP / 2} stroke="currentColor" stroke-width={1} />
      </svg>
    </>
  );
}
