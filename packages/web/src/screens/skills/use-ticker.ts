// The current time, updated a few times a second while `running`: timers are computed from the clock, not
// counted in ticks, so they stay right however late a tick arrives (and tests can move the clock).
import { useEffect, useState } from 'preact/hooks';

export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

export function formatLeft(ms: number, secondsText: string, minutesText: string): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0
    ? minutesText.replace('{minutes}', String(minutes)).replace('{seconds}', String(seconds))
    : secondsText.replace('{seconds}', String(seconds));
}
