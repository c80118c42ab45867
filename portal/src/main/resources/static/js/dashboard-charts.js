/*
 * The dashboard's charts, drawn with ECharts from the tables beside them: each element with
 * data-chart names its table (data-table); the table's header cells with data-series are the
 * series (their text the legend, data-color the colour), each body row's data-label the category
 * and its cells' data-value the figures. The table stays what screen readers read; the chart is
 * aria-hidden. data-chart="stacked" stacks the series (on time, late, missing), "bars" sets them
 * side by side; data-max fixes the axis' end (100 for percentages).
 */
(function () {
    'use strict';
    if (typeof echarts === 'undefined') {
        return; // the tables say everything the charts show
    }

    function read(table) {
        var series = Array.prototype.map.call(table.querySelectorAll('thead th[data-series]'), function (th) {
            return {key: th.dataset.series, name: th.textContent.trim(), color: th.dataset.color};
        });
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-label]'));
        return {
            labels: rows.map(function (tr) { return tr.dataset.label; }),
            series: series.map(function (s) {
                return {
                    name: s.name, color: s.color,
                    values: rows.map(function (tr) {
                        var cell = tr.querySelector('[data-series="' + s.key + '"]');
                        return cell ? Number(cell.dataset.value) : 0;
                    })
                };
            })
        };
    }

    /** The categories' labels take at most 45% of the chart's width (between 90 and 260 px). */
    function labelWidth(element) {
        return Math.max(90, Math.min(260, element.clientWidth * 0.45));
    }

    function draw(element) {
        var table = document.getElementById(element.dataset.table);
        if (!table) {
            return;
        }
        var data = read(table);
        var stacked = element.dataset.chart === 'stacked';
        var chart = echarts.init(element, null, {renderer: 'svg'});
        chart.setOption({
            animation: false,
            grid: {left: 8, right: 24, top: 40, bottom: 8, containLabel: true},
            legend: {top: 0, textStyle: {fontSize: 14}},
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
            xAxis: {type: 'value', max: element.dataset.max ? Number(element.dataset.max) : null, minInterval: 1},
            yAxis: {
                type: 'category', inverse: true, data: data.labels,
                axisLabel: {width: labelWidth(element), overflow: 'truncate', fontSize: 13}
            },
            series: data.series.map(function (s) {
                return {
                    type: 'bar', name: s.name, data: s.values, itemStyle: {color: s.color},
                    stack: stacked ? 'all' : null, barMaxWidth: 28
                };
            })
        });
        if (typeof ResizeObserver === 'function') {
            new ResizeObserver(function () { // its column, not only the window; the labels keep their share
                chart.setOption({yAxis: {axisLabel: {width: labelWidth(element)}}});
                chart.resize();
            }).observe(element);
        } else {
            window.addEventListener('resize', function () { chart.resize(); });
        }
    }

    document.querySelectorAll('[data-chart]').forEach(draw);
})();
