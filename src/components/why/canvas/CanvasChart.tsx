/**
 * A canvas that fills its container's width and redraws when the width, the
 * height or the drawing changes, sharp on high-density screens. The drawing is
 * hidden from screen readers: every view gives its numbers in a table instead.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { Draw } from './plot';

interface Props {
  draw: Draw;
  /** Height in CSS pixels. */
  height: number;
  testId?: string;
  /** Extra data-* attributes for tests (e.g. the current point). */
  data?: Record<string, string | number>;
}

export function CanvasChart({ draw, height, testId, data }: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const c = canvas.current;
    if (!c || width <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    c.width = Math.round(width * dpr);
    c.height = Math.round(height * dpr);
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    draw(ctx, width, height);
  }, [draw, width, height]);

  const attrs = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return (
    <div ref={wrap} className="why-canvas" data-testid={testId} {...attrs}>
      <canvas ref={canvas} style={{ width: width || '100%', height }} aria-hidden="true" />
    </div>
  );
}
