// A small hand-written column chart (SVG) for counts over a few groups or many weeks: a column per group, its
// value above it when there is room (else above the tallest), and names under the first and last (every one
// when there are few). Its name is shown above it too, so the chart says what it counts.
// A group with nothing recorded has no column at all, never a zero that reads as a good day.
const WIDTH = 320;
const HEIGHT = 150;
const TOP = 16;
const BOTTOM = 22;

export interface Column {
  name: string;
  /** Null when nothing was recorded for it. */
  value: number | null;
}

interface ColumnChartProps {
  label: string;
  columns: readonly Column[];
  /** The value a full-height column stands for. */
  max: number;
}

export function ColumnChart({ label, columns, max }: ColumnChartProps) {
  const count = Math.max(1, columns.length);
  const step = WIDTH / count;
  const width = Math.max(1, step * (count > 24 ? 0.9 : 0.7));
  const area = HEIGHT - TOP - BOTTOM;
  const named = (i: number) => count <= 7 || i === 0 || i === count - 1;
  const top = columns.reduce((n, c) => Math.max(n, c.value ?? 0), 0);
  const tallest = columns.findIndex((c) => c.value === top);
  const valued = (i: number) => count <= 16 || i === tallest;
  return (
    <>
      {/* Its name, for the eye: the image carries the same name for a screen reader. */}
      <p class="small" aria-hidden="true">
        {label}
      </p>
      <svg class="chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT}>
        {columns.map((column, i) => {
          const x = i * step + (step - width) / 2;
          const h = column.value === null || max <= 0 ? 0 : Math.min(1, column.value / max) * area;
          return (
            <g key={i}>
              {column.value !== null && <rect x={x} y={TOP + area - h} width={width} height={h} fill="currentColor" />}
              {valued(i) && column.value !== null && (
                <text x={x + width / 2} y={TOP + area - h - 4} text-anchor="middle">
                  {column.value}
                </text>
              )}
              {named(i) && (
                <text x={count <= 7 ? x + width / 2 : i === 0 ? 0 : WIDTH} y={HEIGHT - 6} text-anchor={count <= 7 ? 'middle' : i === 0 ? 'start' : 'end'}>
                  {column.name}
                </text>
              )}
            </g>
          );
        })}
        <line x1={0} x2={WIDTH} y1={TOP + area + 0.5} y2={TOP + area + 0.5} stroke="currentColor" stroke-width={1} />
      </svg>
    </>
  );
}
