import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** A week in seconds (uPlot's time unit); the chart always shows at least eight weeks. */
const WEEK = 7 * 86_400;

/**
 * Promises confirmed kept per week, as columns (uPlot). Decorative for screen readers: the table beside
 * it carries the same numbers. No targets, no percentages, no red.
 */
export function KeptChart({ weeks }: { weeks: Array<{ weekStart: string; kept: number }> }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element || weeks.length === 0) return;
    const styles = getComputedStyle(element);
    const accent = styles.getPropertyValue('--accent').trim() || '#3b6a5f';
    const muted = styles.getPropertyValue('--muted').trim() || '#5b6266';
    const times = weeks.map((w) => Date.parse(`${w.weekStart}T00:00:00Z`) / 1000);
    const data: uPlot.AlignedData = [times, weeks.map((w) => w.kept)];
    const first = times[0]!;
    const last = times.at(-1)!;
    const chart = new uPlot(
      {
        width: element.clientWidth || 320,
        height: 180,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: true, auto: false, range: [Math.min(first, last - 7 * WEEK) - WEEK / 2, last + WEEK / 2] }, y: { range: (_u, _min, max) => [0, Math.max(3, max + 1)] } },
        axes: [
          { stroke: muted, grid: { show: false }, space: 60 },
          { stroke: muted, grid: { stroke: 'rgba(0,0,0,0.06)' }, incrs: [1, 2, 5, 10] },
        ],
        series: [{}, { stroke: accent, fill: accent, paths: uPlot.paths.bars?.({ size: [0.6, 40] }), points: { show: false } }],
      },
      data,
      element,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: 180 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [weeks]);

  return <div ref={container} className="kept-chart" aria-hidden="true" />;
}
