// Whole seconds left until a moment (the end of the wait after wrong passcodes), ticking down on screen.
// Counted on the page's steady clock from when the moment arrives, so moving the device's clock neither
// skips the countdown nor stretches it past the 5-minute cap; the real check is made again at each try.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { MAX_UNLOCK_DELAY_MS } from '@ebb/core';

export function useSecondsUntil(time: number): number {
  const end = useMemo(() => performance.now() + Math.min(Math.max(time - Date.now(), 0), MAX_UNLOCK_DELAY_MS), [time]);
  const [, setTick] = useState(0);
  const left = end - performance.now();
  const running = left > 0;
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(tick);
  }, [end, running]);
  return Math.max(0, Math.ceil(left / 1000));
}
