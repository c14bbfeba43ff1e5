/*
 * Tierbench HTML dashboard: draws every chart container (data-chart, data-index) from the page's JSON data with
 * Apache ECharts, SVG renderer (crisp in print, inspectable in the DOM). Plain JavaScript, no network: everything
 * this needs is in the page. A chart that fails shows its error and records it in window.tierbenchErrors.
 */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('tierbench-data').textContent);
  var text = data.text;
  var sections = data.sections;
  var charts = [];
  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

  function fill(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/\{(\d+)\}/g, function (all, i) { return String(args[Number(i)]); });
  }

  function finish(option) {
    option.animation = false;
    option.textStyle = { fontFamily: FONT };
    return option;
  }

  function draw(el, option) {
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(finish(option));
    charts.push(chart);
    return chart;
  }

  /** Text for ECharts rich-text labels, where braces would start a style. */
  function plain(value) {
    return String(value).replace(/[{}]/g, '');
  }

  function number(value) {
    return Number(value).toLocaleString(data.language === 'zh' ? 'zh-CN' : 'en');
  }

  function heatmap(xLabels, yLabels, cells, xName, yName, cellLabel) {
    var max = cells.reduce(function (m, c) { return Math.max(m, c[2]); }, 0);
    return {
      tooltip: { position: 'top' },
      grid: { left: 8, right: 24, top: 40, bottom: 64, containLabel: true },
      xAxis: { type: 'category', data: xLabels, name: xName, nameLocation: 'middle', nameGap: 28,
        splitArea: { show: true }, axisLabel: { interval: 0, rotate: xLabels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'category', data: yLabels, name: yName, splitArea: { show: true } },
      visualMap: { min: 0, max: Math.max(1, max), dimension: 2, calculable: false, orient: 'horizontal',
        left: 'center', bottom: 0, itemHeight: 120, text: [String(Math.max(1, max)), '0'],
        inRange: { color: ['#f4f7fb', '#9ab6e0', '#5b86d0'] } },
      series: [{ type: 'heatmap', data: cells, label: { show: true, formatter: cellLabel, fontSize: 11,
        rich: { count: { fontSize: 13, fontWeight: 'bold', lineHeight: 20, align: 'center' },
          name: { fontSize: 11, lineHeight: 16, align: 'center' } } } }]
    };
  }

  var renderers = {
    distribution: function (el, index) {
      var chart = sections.distribution.charts[index];
      var bars = chart.bars;
      draw(el, {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: bars.map(function (b) { return b.label; }) },
        series: [{ type: 'bar', name: text['axis.customers'], data: bars.map(function (b) { return b.customers; }),
          label: { show: true, position: 'right' }, itemStyle: { color: '#2f5fb3' } }]
      });
    },
    'rfm-grid': function (el) {
      var grid = sections.rfmGrid;
      var scores = [];
      for (var s = 1; s <= grid.bins; s++) { scores.push(String(s)); }
      var cells = grid.cells.map(function (c) { return [c.fm - 1, c.r - 1, c.customers, c.segment]; });
      draw(el, heatmap(scores, scores, cells, text['axis.fm'], text['axis.r'], function (p) {
        return '{count|' + p.data[2] + '}' + (p.data[3] ? '\n{name|' + plain(p.data[3]) + '}' : '');
      }));
    },
    pareto: function (el) {
      var pareto = sections.pareto;
      var colors = ['#c2410c', '#7c3aed'];
      draw(el, {
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + ' %'; } },
        legend: { top: 0 },
        grid: { left: 16, right: 32, top: 56, bottom: 40, containLabel: true },
        xAxis: { type: 'value', min: 0, max: 100, name: text['axis.customerShare'], nameLocation: 'middle',
          nameGap: 28 },
        yAxis: { type: 'value', min: 0, max: 100, name: text['axis.revenueShare'], nameLocation: 'middle',
          nameGap: 36 },
        series: [
          { type: 'line', name: text['axis.revenueShare'], data: pareto.points, showSymbol: false,
            areaStyle: { opacity: 0.15 }, lineStyle: { width: 2 }, itemStyle: { color: '#2f5fb3' },
            markLine: { symbol: 'none', data: pareto.cutoffs.map(function (c, i) {
              return { xAxis: c.customerShare, lineStyle: { color: colors[i % 2], type: 'dashed' },
                label: { formatter: c.label, position: 'end', color: colors[i % 2] } };
            }) },
            markPoint: { symbol: 'circle', symbolSize: 8, data: pareto.cutoffs.map(function (c, i) {
              return { coord: [c.customerShare, c.revenueShare], itemStyle: { color: colors[i % 2] },
                label: { show: true, position: 'right', offset: [2, 10], color: colors[i % 2],
                  formatter: c.revenueShare + ' %' } };
            }) } },
          { type: 'line', name: text['label.equality'], data: [[0, 0], [100, 100]], showSymbol: false,
            lineStyle: { type: 'dotted', color: '#9ca3af' }, itemStyle: { color: '#9ca3af' } }
        ]
      });
    },
    clv: function (el, index) {
      var histogram = sections.clv.histograms[index];
      var names = histogram.bins.map(function (b) {
        return b.to === null ? '\u2265 ' + number(b.from) : number(b.from) + '\u2013' + number(b.to);
      });
      draw(el, {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 16, top: 32, bottom: 32, containLabel: true },
        xAxis: { type: 'category', data: names, name: text['axis.clv'], nameLocation: 'middle', nameGap: 64,
          axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: 'value', name: text['axis.customers'], minInterval: 1 },
        series: [{ type: 'bar', name: text['axis.customers'], barCategoryGap: '8%',
          data: histogram.bins.map(function (b) { return b.customers; }), itemStyle: { color: '#0f766e' } }]
      });
    },
    lifecycle: function (el) {
      var stages = sections.lifecycle.stages;
      var max = stages.reduce(function (m, s) { return Math.max(m, s.customers); }, 1);
      draw(el, {
        tooltip: { trigger: 'item' },
        series: [{ type: 'funnel', sort: 'none', min: 0, max: max, minSize: '6%', left: '10%', width: '80%',
          top: 16, bottom: 16, gap: 2,
          label: { show: true, position: 'inside', formatter: '{b}: {c}', color: '#111827' },
          data: stages.map(function (s) { return { name: s.label, value: s.customers }; }) }]
      });
    },
    'satisfaction-levels': function (el) {
      var levels = sections.satisfaction.levels;
      var counts = {};
      levels.forEach(function (l) { counts[l.label] = l.customers; });
      draw(el, {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0, formatter: function (name) { return name + ': ' + counts[name]; } },
        color: ['#15803d', '#ca8a04', '#b42318', '#9ca3af'],
        series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
          label: { show: true, position: 'inside', formatter: '{c}', color: '#fff' },
          data: levels.map(function (l) { return { name: l.label, value: l.customers }; }) }]
      });
    },
    nps: function (el) {
      var nps = sections.satisfaction.nps;
      var score = nps.score === null ? 0 : Number(nps.score);
      draw(el, {
        series: [{ type: 'gauge', min: -100, max: 100, splitNumber: 4, radius: '85%',
          axisLine: { lineStyle: { width: 18, color: [[0.5, '#b42318'], [0.75, '#ca8a04'], [1, '#15803d']] } },
          splitLine: { distance: -18, length: 18, lineStyle: { color: '#fff', width: 2 } },
          axisTick: { distance: -18, length: 6, lineStyle: { color: '#fff' } },
          axisLabel: { distance: 24, color: '#4b5563' },
          progress: { show: false }, pointer: { show: nps.score !== null },
          detail: { valueAnimation: false, fontSize: 28, offsetCenter: [0, '60%'], formatter: function () {
            return nps.score === null ? text['note.npsNone'] : (score > 0 ? '+' : '') + nps.score;
          } },
          title: { offsetCenter: [0, '85%'] },
          data: [{ value: score, name: 'NPS' }] }]
      });
    },
    migration: function (el) {
      var matrices = sections.migration.matrices;
      var chart = null;
      function show(index) {
        var matrix = matrices[index];
        var option = heatmap(matrix.labels, matrix.labels, matrix.cells, fill(text['axis.thisRun']),
          fill(text['axis.previousRun'], sections.migration.fromRun), function (p) {
            return '{count|' + p.data[2] + '}';
          });
        option.yAxis.inverse = true;
        option.yAxis.nameLocation = 'start';
        if (chart === null) {
          chart = draw(el, option);
        } else {
          chart.setOption(finish(option), true);
        }
        document.getElementById('migration-moved').textContent = matrix.note;
      }
      show(0);
      document.getElementById('migration-select').addEventListener('change', function (e) {
        show(Number(e.target.value));
      });
    }
  };

  Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (el) {
    var kind = el.getAttribute('data-chart');
    try {
      renderers[kind](el, Number(el.getAttribute('data-index') || 0));
      el.setAttribute('data-rendered', 'true');
    } catch (e) {
      window.tierbenchErrors.push(kind + ': ' + (e && e.message ? e.message : e));
      el.className += ' failed';
      el.textContent = text['page.chartFailed'] + ' ' + (e && e.message ? e.message : e);
    }
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  document.documentElement.setAttribute('data-charts', 'drawn');
}());
