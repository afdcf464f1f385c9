import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { directLabels, withCompactTicks } from './plugin';
import { numericTick } from './ticks';

// Only the chart.js parts the site's charts use, so the rest is never shipped.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
  directLabels,
);
// Number axes written without Intl (see numericTick). Every log axis has ticks of its own.
Chart.defaults.scales.linear.ticks.callback = (value, index, ticks) =>
  numericTick(Number(value), index, ticks);

export { Chart, withCompactTicks };
