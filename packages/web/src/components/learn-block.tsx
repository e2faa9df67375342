// One part of a Learn page's words (a heading, a paragraph or a list), as Learn's page and the printed guide for
// supporters both show it. Each says at which level its headings sit and how a link into Ebb's tools is shown.
import type { ComponentChildren } from 'preact';
import type { LearnBlock } from '@ebb/content';

export type LearnToolBlock = Extract<LearnBlock, { kind: 'tool' }>;

export function LearnBlockView({
  block,
  heading: Heading,
  tool,
}: {
  block: LearnBlock;
  heading: 'h2' | 'h4';
  tool: (block: LearnToolBlock) => ComponentChildren;
}) {
  switch (block.kind) {
    case 'heading':
      return <Heading>{block.text}</Heading>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'tool':
      return <>{tool(block)}</>;
  }
}
