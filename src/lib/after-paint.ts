/**
 * Runs a callback once the browser has painted the current frame: a frame callback runs just
 * before the paint, and a message posted from it is handled just after. Returns a cancel
 * function.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  let channel: MessageChannel | null = null;
  const frame = requestAnimationFrame(() => {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel?.port1.close();
      if (!cancelled) callback();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    channel?.port1.close();
  };
}
