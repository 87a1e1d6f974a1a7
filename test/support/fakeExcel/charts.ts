/**
 * Fake Excel charts (Worksheet.charts, ExcelApi 1.1–1.8), as strict as the rest of the fake: every call is an
 * action that runs at sync time, with its API version checked; a series range must lie on the chart's sheet; an
 * index past the series is ItemNotFound. What a host asked for is kept per sheet for the tests to read.
 */
import type { CellRange } from '../../../src/core/cell';
import { FakeClientObject } from './clientObject';
import type { FakeContextCore } from './context';
import { FakeOfficeError } from './errors';
import type { FakeRange } from './range';
import type { FakeSheet } from './state';

export interface FakeAxisState {
  reversePlotOrder?: boolean;
  position?: string;
  minimum?: number;
  maximum?: number;
  title?: string;
}

export interface FakeSeriesState {
  name?: string;
  values: CellRange | null;
  xValues: CellRange | null;
}

export interface FakeChartState {
  type: string;
  title?: string;
  series: FakeSeriesState[];
  axes: { value: FakeAxisState; category: FakeAxisState };
  legendVisible?: boolean;
  position?: { from: CellRange; to: CellRange };
}

const chartsOf = new WeakMap<FakeSheet, FakeChartState[]>();

/** The charts a sheet holds, in the order they were added. */
export function sheetCharts(sheet: FakeSheet): FakeChartState[] {
  let list = chartsOf.get(sheet);
  if (!list) chartsOf.set(sheet, (list = []));
  return list;
}

/** A range argument's cells, which must be on the chart's sheet. */
function onSheet(range: FakeRange, sheet: FakeSheet, location: string): CellRange {
  const t = range.target(location);
  if (t.sheet !== sheet) throw new FakeOfficeError('InvalidArgument', 'The range is on another sheet.', location);
  return t.range;
}

abstract class ChartPart<T> extends FakeClientObject<T> {
  protected readProp(_: T, prop: string): unknown {
    throw new Error(`FakeExcel: ${this.typeName}.${prop} is not modelled`);
  }
}

class FakeAxis extends ChartPart<FakeAxisState> {
  readonly typeName = 'ChartAxis';
  readonly title: { text: string };
  constructor(ctx: FakeContextCore, private readonly find: () => FakeAxisState) {
    super(ctx);
    const set = (text: string) => this.act('title.text', text, 1, (a) => {
      a.title = text;
    });
    this.title = { set text(v: string) { set(v); }, get text(): string { throw new Error('FakeExcel: ChartAxisTitle.text read'); } };
  }
  resolveTarget() {
    return this.find();
  }
  set reversePlotOrder(v: boolean) {
    this.act('reversePlotOrder', v, 7, (a) => {
      a.reversePlotOrder = v;
    });
  }
  set position(v: string) {
    if (!['Automatic', 'Maximum', 'Minimum'].includes(v)) throw new Error(`FakeExcel: ChartAxis.position ${v}`);
    this.act('position', v, 8, (a) => {
      a.position = v;
    });
  }
  set minimum(v: number) {
    this.act('minimum', v, 1, (a) => {
      a.minimum = v;
    });
  }
  set maximum(v: number) {
    this.act('maximum', v, 1, (a) => {
      a.maximum = v;
    });
  }
}

class FakeSeries extends ChartPart<FakeSeriesState> {
  readonly typeName = 'ChartSeries';
  constructor(ctx: FakeContextCore, private readonly find: () => FakeSeriesState, private readonly sheet: () => FakeSheet) {
    super(ctx);
  }
  resolveTarget() {
    return this.find();
  }
  set name(v: string) {
    this.act('name', v, 1, (s) => {
      s.name = v;
    });
  }
  setValues(range: FakeRange): void {
    this.act('setValues', null, 7, (s) => {
      s.values = onSheet(range, this.sheet(), 'ChartSeries.setValues');
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.act('setXAxisValues', null, 7, (s) => {
      s.xValues = onSheet(range, this.sheet(), 'ChartSeries.setXAxisValues');
    });
  }
}

class FakeSeriesCollection extends ChartPart<FakeChartState> {
  readonly typeName = 'ChartSeriesCollection';
  constructor(ctx: FakeContextCore, private readonly chart: FakeChart) {
    super(ctx);
  }
  resolveTarget() {
    return this.chart.target('Chart.series');
  }
  getItemAt(index: number): FakeSeries {
    return new FakeSeries(
      this.ctx,
      () => {
        const s = this.target('ChartSeriesCollection.getItemAt').series[index];
        if (!s) throw new FakeOfficeError('ItemNotFound', `No series at ${index}.`, 'ChartSeriesCollection.getItemAt');
        return s;
      },
      () => this.chart.sheet(),
    );
  }
  add(name?: string): FakeSeries {
    let created: FakeSeriesState | null = null;
    this.act('add', name ?? null, 7, (c) => {
      created = { name, values: null, xValues: null };
      c.series.push(created);
    });
    return new FakeSeries(
      this.ctx,
      () => {
        if (!created) throw new FakeOfficeError('ItemNotFound', 'The series was not added.', 'ChartSeries');
        return created;
      },
      () => this.chart.sheet(),
    );
  }
}

export class FakeChart extends ChartPart<FakeChartState> {
  readonly typeName = 'Chart';
  readonly series: FakeSeriesCollection;
  readonly axes: { valueAxis: FakeAxis; categoryAxis: FakeAxis };
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  constructor(ctx: FakeContextCore, private readonly find: () => FakeChartState | null, readonly sheet: () => FakeSheet) {
    super(ctx);
    this.series = new FakeSeriesCollection(ctx, this);
    this.axes = {
      valueAxis: new FakeAxis(ctx, () => this.target('Chart.axes').axes.value),
      categoryAxis: new FakeAxis(ctx, () => this.target('Chart.axes').axes.category),
    };
    const setTitle = (v: string) => this.act('title.text', v, 1, (c) => {
      c.title = v;
    });
    const setLegend = (v: boolean) => this.act('legend.visible', v, 1, (c) => {
      c.legendVisible = v;
    });
    this.title = { set text(v: string) { setTitle(v); }, get text(): string { throw new Error('FakeExcel: ChartTitle.text read'); } };
    this.legend = { set visible(v: boolean) { setLegend(v); }, get visible(): boolean { throw new Error('FakeExcel: ChartLegend.visible read'); } };
  }
  resolveTarget() {
    return this.find();
  }
  setPosition(from: FakeRange, to: FakeRange): void {
    this.act('setPosition', null, 1, (c) => {
      c.position = { from: onSheet(from, this.sheet(), 'Chart.setPosition'), to: onSheet(to, this.sheet(), 'Chart.setPosition') };
    });
  }
}

export class FakeCharts extends ChartPart<FakeSheet> {
  readonly typeName = 'ChartCollection';
  constructor(ctx: FakeContextCore, private readonly owner: () => FakeSheet) {
    super(ctx);
  }
  resolveTarget() {
    return this.owner();
  }
  /** ChartCollection.add(type, sourceData, seriesBy): one series per row (Rows) or per column (Columns) of the source. */
  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    let created: FakeChartState | null = null;
    this.act('add', { type, seriesBy }, 1, (sheet) => {
      const r = onSheet(source, sheet, 'ChartCollection.add');
      const byRows = seriesBy === 'Rows';
      if (!byRows && seriesBy !== 'Columns') throw new Error(`FakeExcel: seriesBy ${seriesBy} is not modelled`);
      const count = byRows ? r.rows : r.cols;
      const series = Array.from({ length: count }, (_, k) => ({
        values: byRows ? { ...r, row: r.row + k, rows: 1 } : { ...r, col: r.col + k, cols: 1 },
        xValues: null,
      }));
      created = { type, series, axes: { value: {}, category: {} } };
      sheetCharts(sheet).push(created);
    });
    return new FakeChart(this.ctx, () => created, () => this.target('ChartCollection.add'));
  }
}
