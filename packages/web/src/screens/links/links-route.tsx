// One chunk for share links: the screen that makes and stops them (/links), and a link's viewer (/share#…).
import { currentPath, paths } from '../../router.ts';
import { ShareLinksScreen } from './share-links-screen.tsx';
import { ShareViewer } from './share-viewer.tsx';

export const LinksRoute = () => (currentPath.value === paths.share ? <ShareViewer /> : <ShareLinksScreen />);
