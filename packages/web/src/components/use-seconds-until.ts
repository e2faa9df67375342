// Whole seconds left until a moment, ticking down on screen (for the wait after wrong passcodes).
import { useEffect, useState } from 'preact/hooks';

export function useSecondsUntil(time: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (time <= now) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [time, now]);
  return Math.max(0, Math.ceil((time - now) / 1000));
}
