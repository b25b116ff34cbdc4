// The parts of ECharts SSI Lens uses, bundled by scripts/build-echarts.sh into vendor/echarts.min.js.
// Add a chart type or component here when a chart needs it; the file has a size budget
// (docs/performance.md). So the charts use lines for all they can: goals are dashed line
// series rather than mark lines, notes' pins a line series without a line rather than a
// scatter series, and the legend is the plain one (no option asks for a scrolling legend).
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, GridComponent, LegendPlainComponent, TooltipComponent, CanvasRenderer]);

// The app's options are built and tested in Rust with charming (src/domain/charts.rs), and the
// page's Content Security Policy allows no code made from text. So what an option can't say
// as data is here, named in the option by these strings and put in place before ECharts reads it.
// They and the indexes below are Rust's (tests/copies.rs compares).
const TOOLTIP_ROWS = 'ssi-lens:tooltip-rows';
const DATE_LABELS = 'ssi-lens:date-labels';
// Where a point's value holds its tooltip row and a note's prose flag: [date, y, tip, prose].
const TIP = 2;
const PROSE = 3;

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// An axis tooltip whose words all come from the option: the header is the points' ISO date in
// the page's language, each row a series name and the point's tip. A prose tip (a note)
// goes on its own line. Points without a tip (a projection's start) have no row. Series names
// and tips are the user's words (notes, outcome and people's names): text, never HTML.
function tooltipRows(params) {
  // In the option's order (overall first), whichever panel the pointer is over.
  const points = (Array.isArray(params) ? params : [params])
    .filter((p) => Array.isArray(p.value) && p.value[TIP] != null)
    .sort((a, b) => a.seriesIndex - b.seriesIndex);
  if (points.length === 0) return '';
  const rows = points.map((p) => {
    const name = `${p.marker}<span>${escapeHtml(p.seriesName)}</span>`;
    const tip = escapeHtml(p.value[TIP]);
    return p.value[PROSE]
      ? `<div style="margin-top:4px">${name}<div style="margin-left:14px;white-space:normal">${tip}</div></div>`
      : `<div style="display:flex;justify-content:space-between;gap:16px"><span>${name}</span><b>${tip}</b></div>`;
  });
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(readableDay(points[0]))}</div>${rows.join('')}`;
}

// Dates as the app's tables write them: in the page's language (<html lang>, which the app
// speaks), in the order of the browser's region for it where it has one ("en-GB" puts the day
// first): src/edges/locale.rs' choice.
function pageLocale() {
  const lang = (document.documentElement.lang || '').trim();
  if (!lang) return [];
  const primary = (tag) => tag.split(/[-_]/)[0].toLowerCase();
  const preferred = (navigator.languages || []).find((tag) => primary(tag) === primary(lang));
  return [preferred || lang];
}
const intl = (options) => {
  if (typeof Intl === 'undefined') return null;
  try {
    return new Intl.DateTimeFormat(pageLocale(), options);
  } catch {
    return new Intl.DateTimeFormat([], options);
  }
};
const DAY = intl({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

// A point's day from its ISO date (a calendar day, never shifted by the time zone); the ISO
// date itself where the browser has no Intl, as the app's tables write it then.
function readableDay(point) {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(point.value[0]);
  return iso && DAY ? DAY.format(Date.UTC(+iso[1], iso[2] - 1, +iso[3])) : point.value[0];
}

// Date-axis labels: a month's first day names the month ("Dec"; "Jan 2027" in January), any
// other day its day and month ("19 Nov"), in the page's language. ECharts reads the option's
// ISO dates as local days, so the labels do too.
const MONTH_YEAR = intl({ month: 'short', year: 'numeric' });
const MONTH = intl({ month: 'short' });
const DAY_MONTH = intl({ day: 'numeric', month: 'short' });
const ENGLISH_LABELS = { year: '{MMM} {yyyy}', month: '{MMM}', day: '{d} {MMM}' };
function dateLabel(value) {
  const day = new Date(value);
  if (day.getDate() !== 1) return DAY_MONTH.format(day);
  return (day.getMonth() === 0 ? MONTH_YEAR : MONTH).format(day);
}

const list = (component) => (Array.isArray(component) ? component : component ? [component] : []);

echarts.registerPreprocessor((option) => {
  // charming's Tooltip has no text style: its words take the chart's text colour, the
  // legend's (chosen in Rust to read at 4.5:1 on the tooltip's background).
  const textColour = list(option.legend).map((l) => l.textStyle && l.textStyle.color).find(Boolean);
  for (const tooltip of list(option.tooltip)) {
    if (tooltip.formatter === TOOLTIP_ROWS) {
      tooltip.formatter = tooltipRows;
      tooltip.confine = true;
      if (textColour) tooltip.textStyle = { ...tooltip.textStyle, color: textColour };
      // Long notes wrap instead of running off a phone's screen.
      tooltip.extraCssText = 'max-width:min(20rem,85vw);white-space:normal;';
    }
  }
  for (const axis of list(option.xAxis)) {
    const label = axis.axisLabel;
    if (label && label.formatter === DATE_LABELS) {
      label.formatter = DAY_MONTH ? dateLabel : ENGLISH_LABELS;
    }
    // A time axis spans exactly the dates the option gives, on every panel alike: ECharts
    // would otherwise widen an axis holding bars (and only that one), and the panels' dates
    // would no longer align. (charming's Axis has no `containShape`.)
    if (axis.type === 'time' && axis.min != null && axis.max != null) axis.containShape = false;
  }
});

// The global `echarts`: `init` for charming's WasmRenderer, `getInstanceByDom` for the tests and
// benchmarks. Only these, so the rest of echarts/core's exports (map registration, themes,
// helpers) is left out of the bundle.
window.echarts = { init: echarts.init, getInstanceByDom: echarts.getInstanceByDom };
