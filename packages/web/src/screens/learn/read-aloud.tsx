// Reads a Learn page aloud with the device's own voice (speechSynthesis), one part after another; hidden
// where the browser has no voice. One button starts and stops; leaving the page or opening Help now stops
// the voice too, so it never talks over the help a person went to find.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ml } from '../../i18n/learn-messages.ts';
import { helpNow } from '../../state/help-now-state.ts';

const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window;

/** The errors that only mean Ebb itself stopped the voice (Stop, starting again, leaving the page). */
const STOPPED_BY_EBB = new Set(['interrupted', 'canceled']);

export function ReadAloud({ parts }: { parts: readonly string[] }) {
  const [speaking, setSpeaking] = useState(false);
  const [failed, setFailed] = useState(false);
  // Each start or stop begins a new reading, so the end or error of an earlier one changes nothing.
  const readingRef = useRef(0);
  const stop = () => {
    readingRef.current++;
    speechSynthesis.cancel();
    setSpeaking(false);
  };
  useEffect(
    () => () => {
      readingRef.current++;
      if (canSpeak()) speechSynthesis.cancel();
    },
    [],
  );
  const helpOpen = helpNow.value.open;
  useEffect(() => {
    if (helpOpen && speaking) stop();
  }, [helpOpen, speaking]);
  if (!canSpeak()) return null;
  const start = () => {
    const current = ++readingRef.current;
    speechSynthesis.cancel();
    setFailed(false);
    setSpeaking(true);
    parts.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = document.documentElement.lang || 'en';
      if (index === parts.length - 1) utterance.onend = () => current === readingRef.current && setSpeaking(false);
      utterance.onerror = (event) => {
        if (current !== readingRef.current || STOPPED_BY_EBB.has(event.error)) return;
        stop();
        setFailed(true);
      };
      speechSynthesis.speak(utterance);
    });
  };

  return (
    <>
      <p class="actions">
        <button type="button" class="button" aria-describedby={failed ? 'read-aloud-failed' : undefined} onClick={speaking ? stop : start}>
          {speaking ? ml.stop : ml.readAloud}
        </button>
      </p>
      {failed && (
        <p id="read-aloud-failed" role="alert" class="hint">
          {ml.speechFailed}
        </p>
      )}
    </>
  );
}
