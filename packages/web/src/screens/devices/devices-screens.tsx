// Your devices (/devices) and the screen a pairing link opens (/pair): loaded together as one chunk.
import { currentPath, paths } from '../../router.ts';
import { DevicesScreen } from './devices-screen.tsx';
import { PairScreen } from './pair-screen.tsx';

export const DevicesScreens = () => (currentPath.value === paths.pair ? <PairScreen /> : <DevicesScreen />);
