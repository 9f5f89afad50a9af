// The install modules of single ECharts parts (echarts/lib/…/install*.js) ship without declarations beside them.
declare module 'echarts/lib/*' {
  import type { use } from 'echarts/core';
  export const install: Parameters<typeof use>[0];
}
