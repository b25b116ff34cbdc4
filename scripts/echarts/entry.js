// The parts of ECharts SSI Lens uses, bundled by scripts/build-echarts.sh into vendor/echarts.min.js.
// Add a chart type or component here when a chart needs it.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

// charming's WasmRenderer calls the global `echarts`.
window.echarts = echarts;
