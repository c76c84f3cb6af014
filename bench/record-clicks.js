// Runs in the page before its own scripts (bench/answer-latency.ts): records, for every click,
// the time from the click to the frame after it, and whether the live determination ([data-outcome])
// had changed by that frame; and every interaction the Event Timing API reports (16 ms or more).
// Plain JavaScript, handed to the browser as it is.
window.__clicks = [];
window.__interactions = new Map();

function outcomeText() {
  return Array.from(document.querySelectorAll('[data-outcome]'), (e) => e.textContent).join('\n');
}

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.interactionId) continue;
    const before = window.__interactions.get(entry.interactionId) ?? 0;
    window.__interactions.set(entry.interactionId, Math.max(before, entry.duration));
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true });

addEventListener(
  'click',
  (event) => {
    const before = outcomeText();
    requestAnimationFrame(() => {
      const inFrame = outcomeText();
      // A task queued from the frame's requestAnimationFrame runs once that frame is drawn.
      setTimeout(() => {
        const frame = performance.now() - event.timeStamp;
        // Whatever the answer changes in the determination has surely happened half a second on.
        setTimeout(() => {
          const after = outcomeText();
          window.__clicks.push({
            frame,
            changedAtAll: after !== before,
            changedByFrame: after !== before && inFrame === after,
          });
        }, 500);
      }, 0);
    });
  },
  { capture: true },
);
