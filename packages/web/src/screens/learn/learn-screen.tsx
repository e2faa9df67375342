// Learn's screens in one chunk: the list at /learn and a page at /learn/<id>, keyed by its id so moving from
// one page to another starts afresh (and stops any reading aloud).
import { currentPath, paths } from '../../router.ts';
import { LearnList } from './learn-list.tsx';
import { LearnPageView } from './learn-page-view.tsx';
import { LEARN_PREFIX } from './learn-tool-path.ts';

/** The page id in the address; a malformed one (a stray "%", or "/learning") names no page. */
function pageIdOf(path: string): string {
  if (!path.startsWith(LEARN_PREFIX)) return '';
  try {
    return decodeURIComponent(path.slice(LEARN_PREFIX.length));
  } catch {
    return '';
  }
}

export function LearnScreen() {
  const path = currentPath.value;
  if (path === paths.learn) return <LearnList />;
  const id = pageIdOf(path);
  return <LearnPageView key={id} pageId={id} />;
}
