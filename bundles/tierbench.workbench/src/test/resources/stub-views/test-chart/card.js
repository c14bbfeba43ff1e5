// A contributed card as a plugin would write it: reads the API through the context and draws with ECharts.
export async function render(element, context) {
  const runs = await context.api('/runs');
  const holder = document.createElement('div');
  holder.style.height = '260px';
  element.append(holder);
  const chart = context.echarts.init(holder, null, {renderer: 'svg'});
  chart.setOption({xAxis: {type: 'category', data: ['a', 'b']}, yAxis: {type: 'value'},
    series: [{type: 'bar', data: [3, 5]}]});
  element.dataset.runs = String(runs.items.length);
  element.dataset.lang = context.lang;
  element.dataset.runId = String(context.runId);
}
