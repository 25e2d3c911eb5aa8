// The dyad timeline: events per day by quad class (conflict above the axis,
// cooperation below), fatalities and the escalation indicator on their own
// axes, and the days a strike answered the other side's marked.
(function () {
  'use strict';
  var el = document.getElementById('timeline');
  if (!el || !window.uPlot) { return; }
  var q = new URLSearchParams({ a: el.dataset.a, b: el.dataset.b, limit: '1' });
  fetch('/api/v1/dyads?' + q.toString()).then(function (r) {
    if (!r.ok) { throw new Error('HTTP ' + r.status); }
    return r.json();
  }).then(function (d) {
    var days = d.days || [];
    // A link that answers an earlier one is a retaliation, on its day.
    var rets = {};
    (d.chains || []).forEach(function (c) {
      c.links.forEach(function (l) { if (l.answers) { rets[l.date] = (rets[l.date] || 0) + 1; } });
    });
    // Conflict stacks upwards and cooperation downwards; each total bar is
    // drawn first and its material part over it, so bars never hide each other.
    var xs = [], conf = [], mconf = [], coop = [], mcoop = [], dead = [], esc = [], ret = [];
    days.forEach(function (t) {
      var q = t.by_quad;
      xs.push(Date.parse(t.date + 'T00:00:00Z') / 1000);
      conf.push(q[2] + q[3]); mconf.push(q[3]);
      coop.push(-(q[0] + q[1])); mcoop.push(-q[1]);
      dead.push(t.fatalities);
      esc.push(t.escalation);
      ret.push(rets[t.date] ? q[2] + q[3] + 0.5 : null);
    });
    if (xs.length === 0) { el.textContent = 'No dated events for this dyad.'; return; }
    var bars = uPlot.paths.bars({ size: [0.7, 24] });
    var opts = {
      width: el.clientWidth - 16, height: 340,
      scales: {
        x: { time: true },
        dead: { auto: true, range: function (u, lo, hi) { return [0, Math.max(1, hi)]; } },
        esc: { auto: true, range: function (u, lo, hi) { var m = Math.max(1, Math.abs(lo), Math.abs(hi)); return [-m, m]; } }
      },
      series: [
        {},
        { label: 'Conflict (verbal + material)', stroke: '#e8a33d', fill: '#f4c77d', paths: bars, points: { show: false } },
        { label: 'Material conflict', stroke: '#c92a2a', fill: '#e35d5d', paths: bars, points: { show: false } },
        { label: 'Cooperation (verbal + material)', stroke: '#69db7c', fill: '#b2f2bb', paths: bars, points: { show: false } },
        { label: 'Material cooperation', stroke: '#2b8a3e', fill: '#51cf66', paths: bars, points: { show: false } },
        { label: 'Fatalities', stroke: '#1d232b', width: 2, scale: 'dead' },
        { label: 'Escalation', stroke: '#1c5fb8', width: 2, dash: [6, 4], scale: 'esc' },
        { label: 'Retaliation', stroke: '#9c36b5', paths: function () { return null; }, points: { show: true, size: 12, fill: '#9c36b5' } }
      ],
      axes: [{}, { label: 'events (cooperation below 0)' }, { side: 1, scale: 'dead', label: 'fatalities', grid: { show: false } },
        { side: 1, scale: 'esc', label: 'escalation', grid: { show: false } }]
    };
    var plot = new uPlot(opts, [xs, conf, mconf, coop, mcoop, dead, esc, ret], el);
    el.setAttribute('data-loaded', String(xs.length));
    el.setAttribute('data-retaliations', String(Object.keys(rets).length));
    window.addEventListener('resize', function () { plot.setSize({ width: el.clientWidth - 16, height: 340 }); });
  }).catch(function (err) { el.textContent = 'Timeline failed to load (' + err.message + ')'; });
})();
