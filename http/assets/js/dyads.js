// The dyad timeline: events per day by quad class (conflict above the axis,
// cooperation below), fatalities on a second axis, and days with a
// retaliation marked.
(function () {
  'use strict';
  var el = document.getElementById('timeline');
  if (!el || !window.uPlot) { return; }
  var q = new URLSearchParams({ a: el.dataset.a, b: el.dataset.b, limit: '1' });
  fetch('/api/v1/dyads?' + q.toString()).then(function (r) {
    if (!r.ok) { throw new Error('HTTP ' + r.status); }
    return r.json();
  }).then(function (d) {
    var tl = d.timeline || [];
    var rets = {};
    (d.retaliations || []).forEach(function (x) { rets[x.date] = (rets[x.date] || 0) + 1; });
    // Conflict stacks upwards and cooperation downwards; each total bar is
    // drawn first and its material part over it, so bars never hide each other.
    var xs = [], conf = [], mconf = [], coop = [], mcoop = [], dead = [], ret = [];
    tl.forEach(function (t) {
      var q = t.by_quad;
      xs.push(Date.parse(t.date + 'T00:00:00Z') / 1000);
      conf.push(q[2] + q[3]); mconf.push(q[3]);
      coop.push(-(q[0] + q[1])); mcoop.push(-q[1]);
      dead.push(t.fatalities);
      ret.push(rets[t.date] ? q[2] + q[3] + 0.5 : null);
    });
    if (xs.length === 0) { el.textContent = 'No dated events for this dyad.'; return; }
    var bars = uPlot.paths.bars({ size: [0.7, 24] });
    var opts = {
      width: el.clientWidth - 16, height: 320,
      scales: { x: { time: true }, dead: { auto: true, range: function (u, lo, hi) { return [0, Math.max(1, hi)]; } } },
      series: [
        {},
        { label: 'Conflict (verbal + material)', stroke: '#e8a33d', fill: '#f4c77d', paths: bars, points: { show: false } },
        { label: 'Material conflict', stroke: '#c92a2a', fill: '#e35d5d', paths: bars, points: { show: false } },
        { label: 'Cooperation (verbal + material)', stroke: '#69db7c', fill: '#b2f2bb', paths: bars, points: { show: false } },
        { label: 'Material cooperation', stroke: '#2b8a3e', fill: '#51cf66', paths: bars, points: { show: false } },
        { label: 'Fatalities', stroke: '#1d232b', width: 2, scale: 'dead' },
        { label: 'Retaliation', stroke: '#9c36b5', paths: function () { return null; }, points: { show: true, size: 12, fill: '#9c36b5' } }
      ],
      axes: [{}, { label: 'events (cooperation below 0)' }, { side: 1, scale: 'dead', label: 'fatalities', grid: { show: false } }]
    };
    var plot = new uPlot(opts, [xs, conf, mconf, coop, mcoop, dead, ret], el);
    el.setAttribute('data-loaded', String(xs.length));
    window.addEventListener('resize', function () { plot.setSize({ width: el.clientWidth - 16, height: 320 }); });
  }).catch(function (err) { el.textContent = 'Timeline failed to load (' + err.message + ')'; });
})();
