// One ECharts part, in its own lazy chunk: registered by echarts-setup.ts when a chart needs it. Imported from
// its own module, not from the 'echarts/charts' barrel, which would pull every chart into one chunk.
export { install as part } from 'echarts/lib/chart/bar/install.js';
