// Charts that read right, against the release build in headless Chromium: ranges zoom, tooltips
// speak people's words, goals are drawn, and outcomes get their own panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';

const app = useApp('/');
const DAY = 86400000;

/** What the trend chart's ECharts instance draws now: its series and the dates its axis spans. */
const drawn = (page, testid = 'trend-chart') =>
  page.evaluate((id) => {
    const chart = echarts.getInstanceByDom(document.querySelector(`[data-testid=${id}]`));
    const option = chart.getOption();
    const scales = option.xAxis.map((_, i) => chart.getModel().getComponent('xAxis', i).axis.scale);
    const overall = option.series[0].data;
    return {
      series: option.series.map((s) => s.name),
      extents: scales.map((s) => s.getExtent()),
      latest: overall.length ? scales[0].parse(overall[overall.length - 1].value[0]) : null,
    };
  }, testid);

/** Hovers `fx` across and `fy` down the chart `testid`; the tooltip's text once it shows. */
async function tooltipAt(page, testid, fx, fy) {
  const el = page.locator(`[data-testid=${testid}]`);
  await el.scrollIntoViewIfNeeded();
  await el.locator('canvas').waitFor();
  const box = await el.boundingBox();
  const [x, y] = [box.x + box.width * fx, box.y + box.height * fy];
  await page.mouse.move(x - 20, y + 10);
  await page.mouse.move(x, y, { steps: 5 });
  const tip = await page.waitForFunction((id) => {
    const tips = [...document.querySelectorAll(`[data-testid=${id}] > div`)].filter(
      (d) => !d.querySelector('canvas') && d.style.display !== 'none' && d.textContent.trim(),
    );
    return tips.length ? tips[0].textContent : false;
  }, testid, { timeout: 5000 });
  return tip.jsonValue();
}

test('a shorter range zooms the date axis, even with notes earlier in the year', async () => {
  const { context, page } = await app.openWithSample();
  const year = await drawn(page);
  assert.ok(year.series.includes('Note'), 'the sample year has notes');
  // The user hides a line; changing the range keeps it hidden.
  await page.evaluate(() => echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]')).dispatchAction({ type: 'legendUnSelect', name: 'People' }));
  await page.getByRole('button', { name: '4 weeks' }).first().click();
  await page.waitForFunction(() => echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]')).getOption().series[0].data.length === 5);
  const month = await drawn(page);
  assert.ok(!month.series.includes('Note'), `no pin outside the range is left behind: ${month.series}`);
  const selected = await page.evaluate(() => echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]')).getOption().legend[0].selected);
  assert.equal(selected.People, false, 'the legend choice survives the update');
  for (const [from, to] of month.extents) {
    assert.equal(to, month.latest, 'the axis ends at the latest snapshot');
    assert.equal(Math.round((to - from) / DAY), 28, 'and spans the four weeks');
  }
  // Back to a year: the notes return.
  await page.getByRole('button', { name: '1 year' }).first().click();
  await page.waitForFunction(() => echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]')).getOption().series.some((s) => s.name === 'Note'));
  await context.close();
});

test('tooltips show readable dates, scores and ranks as “Top N%”', async () => {
  const { context, page } = await app.openWithSample();
  const trend = await tooltipAt(page, 'trend-chart', 0.97, 0.35);
  assert.match(trend, /^\d{1,2} [A-Z][a-z]{2} 20\d\d/, trend);
  assert.match(trend, /Overall SSI\d+/);
  assert.match(trend, /Relationships[\d.]+/);
  assert.doesNotMatch(trend, /20\d\d-\d\d-\d\d/);
  await page.mouse.move(0, 0);
  const ranks = await tooltipAt(page, 'rank-chart', 0.97, 0.5);
  assert.match(ranks, /^\d{1,2} [A-Z][a-z]{2} 20\d\d/, ranks);
  assert.match(ranks, /Industry rankTop \d+%/);
  assert.match(ranks, /Network rankTop \d+%/);
  await context.close();
});

/** The trend chart's goal line for `name`: the second series so named, as drawn now. */
const goalLine = (page, name) =>
  page.evaluate((name) => {
    const chart = echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]'));
    const model = chart.getModel();
    const series = chart.getOption().series;
    const index = series.findIndex((s, i) => s.name === name && i > series.findIndex((t) => t.name === name));
    if (index < 0) return null;
    const seriesModel = model.getSeriesByIndex(index);
    const data = seriesModel.getData();
    const scale = model.getComponent('xAxis', series[index].xAxisIndex).axis.scale;
    // The label ECharts drew at the line's right end, and where it is on the canvas.
    const label = data.getItemGraphicEl(1)?.getSymbolPath().getTextContent();
    const box = label && label.getBoundingRect().clone();
    if (box) box.applyTransform(label.getComputedTransform());
    return {
      index,
      points: series[index].data.map((p) => (Array.isArray(p) ? p : p.value)),
      extent: scale.getExtent(),
      parse: series[index].data.map((p) => scale.parse((Array.isArray(p) ? p : p.value)[0])),
      label: label && !label.ignore && !label.invisible ? label.style.text : null,
      labelBox: box && { left: box.x, right: box.x + box.width, top: box.y },
      width: chart.getWidth(),
      hidden: model.isSeriesFiltered(seriesModel),
      metricHidden: model.isSeriesFiltered(model.getSeriesByIndex(series.findIndex((t) => t.name === name))),
      legend: chart.getOption().legend[0].data.map((d) => (typeof d === 'string' ? d : d.name)),
    };
  }, name);

test('a goal is drawn as a target line on the chart, shown and hidden with its metric', async () => {
  const { context, page } = await app.openWithSample();
  assert.equal(await goalLine(page, 'Overall SSI'), null, 'no goal yet');
  await page.getByRole('button', { name: 'Set goals' }).click();
  await page.fill('#goal-overall', '60');
  await page.getByRole('button', { name: 'Save goals' }).click();
  await page.waitForFunction(() => echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]')).getOption().series.filter((s) => s.name === 'Overall SSI').length === 2);
  await page.locator('[data-testid=trend-chart]').scrollIntoViewIfNeeded();
  const goal = await goalLine(page, 'Overall SSI');
  assert.deepEqual(goal.points.map((p) => p[1]), [60, 60], 'flat at the target');
  assert.deepEqual(goal.parse, goal.extent, 'across the chart from its first day to its last');
  assert.equal(goal.label, 'Goal 60', 'labelled at its right end');
  assert.ok(goal.labelBox.left >= 0 && goal.labelBox.right <= goal.width && goal.labelBox.top >= 0, `the label is inside the chart: ${JSON.stringify(goal)}`);
  assert.ok(!goal.legend.includes('Goal 60') && goal.legend.filter((n) => n === 'Overall SSI').length === 1, `the legend gains no entry: ${goal.legend}`);
  assert.equal(goal.hidden, false);
  // Hiding the overall score in the legend hides its goal too; showing it brings both back.
  const legend = (type) => page.evaluate((type) => echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]')).dispatchAction({ type, name: 'Overall SSI' }), type);
  await legend('legendUnSelect');
  const hidden = await goalLine(page, 'Overall SSI');
  assert.deepEqual([hidden.metricHidden, hidden.hidden], [true, true], 'both hidden');
  await legend('legendSelect');
  const shown = await goalLine(page, 'Overall SSI');
  assert.deepEqual([shown.metricHidden, shown.hidden], [false, false], 'both shown');
  // Its points have no tooltip row: at the chart's right end only the projection has one.
  await page.mouse.move(0, 0);
  const tip = await tooltipAt(page, 'trend-chart', 0.995, 0.35);
  assert.doesNotMatch(tip, /Goal|Overall SSI/, tip);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('ten recorded weeks of an outcome fill their chart, bars in a panel of their own', async () => {
  const { context, page } = await app.openWithSample();
  await page.getByRole('link', { name: 'Results' }).click();
  // The sample tracks two results already; a third, recorded for ten weeks.
  await page.getByRole('button', { name: '+ Inbound leads' }).click();
  const cells = page.locator('[data-testid=outcome-entries] input[aria-label^="Inbound leads on"]');
  for (let i = 0; i < 10; i++) await cells.nth(i).fill(String(2 + (i % 3)));
  await page.keyboard.press('Tab');
  const section = page.locator('section[data-testid^=outcome-]', { hasText: 'Your SSI and Inbound leads' });
  const testid = await section.getAttribute('data-testid');
  await page.locator(`[data-testid=${testid}] .chart`).evaluate((el) => el.setAttribute('data-testid', 'outcome-chart'));
  // Drawn once it comes into view.
  await page.locator('[data-testid=outcome-chart]').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const chart = echarts.getInstanceByDom(document.querySelector('[data-testid=outcome-chart]'));
    return chart && chart.getOption().series[1].data.length === 10;
  });
  const chart = await drawn(page, 'outcome-chart');
  for (const [from, to] of chart.extents) {
    assert.equal(Math.round((to - from) / DAY), 63 + 8, 'ten weekly values span nine weeks, and half a week each side');
  }
  const panels = await page.evaluate(() => echarts.getInstanceByDom(document.querySelector('[data-testid=outcome-chart]')).getOption().series.map((s) => s.xAxisIndex));
  assert.deepEqual(panels, [0, 1], 'the line above, the bars below');
  await context.close();
});

test('a chart below the fold is drawn when it comes into view, not on a first visit', async () => {
  const { context, page } = await app.openWithSample();
  const rank = page.locator('[data-testid=rank-chart]');
  await rank.waitFor({ state: "attached" });
  await page.waitForTimeout(500);
  assert.equal(await rank.locator('canvas').count(), 0, 'the rank chart waits below the fold');
  assert.equal(await page.locator('[data-testid=trend-chart] canvas').count(), 1, 'the trend chart is drawn');
  await rank.scrollIntoViewIfNeeded();
  await rank.locator('canvas').waitFor();
  await context.close();
});

test('a chart follows its box to a phone width, laid out again for it', async () => {
  const { context, page } = await app.openWithSample();
  await page.waitForTimeout(800); // the first drawing's animation is over
  const before = await page.evaluate(() => {
    const chart = echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]'));
    return { width: chart.getWidth(), top: chart.getOption().grid[0].top };
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction((w) => echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]')).getWidth() < w, before.width);
  await page.waitForTimeout(800);
  const after = await page.evaluate(() => {
    const el = document.querySelector('[data-testid=trend-chart]');
    const chart = echarts.getInstanceByDom(el);
    return { width: chart.getWidth(), box: el.clientWidth, top: chart.getOption().grid[0].top };
  });
  assert.equal(after.width, after.box, 'the canvas is as wide as its box');
  assert.ok(after.top > before.top, `the legend wraps on a phone, so the first panel starts lower: ${before.top} then ${after.top}`);
  await context.close();
});
