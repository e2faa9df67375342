// One pattern on the Patterns screen: its heading, its sentences first, then its chart and, behind a
// disclosure, the same numbers as a real table. When there is too little, only the kind words on what to record.
import type { ComponentChildren } from 'preact';
import { format } from '../../i18n/messages.ts';
import { mpt } from '../../i18n/patterns-messages.ts';

interface PatternSectionProps {
  id: string;
  title: string;
  sentences: readonly string[];
  /** The chart and any note under it; left out when there is not enough to show. */
  chart?: ComponentChildren;
  /** The same numbers as tables, each with its caption, head and rows. */
  tables?: readonly PatternTable[];
}

export interface PatternTable {
  caption: string;
  head: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
}

export function PatternSection({ id, title, sentences, chart, tables = [] }: PatternSectionProps) {
  return (
    <section class="pattern" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
      {chart}
      {tables.map((table, t) => (
        <details key={table.caption} class="reason">
          <summary>{format(mpt.showTable, { what: table.caption })}</summary>
          {/* Reachable by keyboard, so a table wider than a phone can be scrolled without a mouse. */}
          <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-${t}`}>
            <table class="diary-table">
              <caption id={`${id}-${t}`}>{table.caption}</caption>
              <thead>
                <tr>
                  {table.head.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, k) =>
                      k === 0 ? (
                        <th key={k} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={k}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </section>
  );
}
