// The dashboard map: country outlines from the embedded GeoJSON, events
// from the API (same filters as the list), clustered, coloured by type.
(function () {
  'use strict';
  var colours = {
    ASSAULT: '#c92a2a', FIGHT: '#c92a2a',
    COERCE: '#e8590c', SANCTION: '#e8590c', MOBILIZE: '#e8590c',
    PROTEST: '#9c36b5',
    THREATEN: '#d9a400', ACCUSE: '#d9a400', REJECT: '#d9a400', DEMAND: '#d9a400', DISAPPROVE: '#d9a400',
    AGREE: '#2b8a3e', CONSULT: '#2b8a3e', COOPERATE: '#2b8a3e', SUPPORT: '#2b8a3e', AID: '#2b8a3e',
    CONCEDE: '#2b8a3e', RETREAT: '#2b8a3e', REQUEST: '#2b8a3e'
  };
  var form = document.getElementById('filters');
  var el = document.getElementById('map');
  if (!form || !el || !window.L) { return; }

  var map = L.map(el, { attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([30, 45], 3);
  var cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  map.addLayer(cluster);
  fetch('/assets/world.geojson').then(function (r) { return r.json(); }).then(function (g) {
    L.geoJSON(g, {
      interactive: false,
      style: { color: '#8a94a6', weight: 0.6, fillColor: '#eef0f3', fillOpacity: 1 }
    }).addTo(map).bringToBack();
  });

  function params() {
    var p = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (v) { p.append(k, v); } });
    return p;
  }

  function text(tag, s, cls) {
    var n = document.createElement(tag);
    n.textContent = s;
    if (cls) { n.className = cls; }
    return n;
  }

  // popup builds the popup with DOM text nodes: nothing from the data is
  // ever parsed as HTML.
  function popup(f) {
    var p = f.properties;
    var d = document.createElement('div');
    var h = document.createElement('p');
    h.appendChild(text('span', p.type, 'tag t-' + p.type));
    h.appendChild(document.createTextNode(' ' + (p.date || '') + ' · ' + (p.location || '')));
    d.appendChild(h);
    d.appendChild(text('p', (p.source || '?') + ' → ' + (p.target || '?')));
    if (p.fatalities !== null && p.fatalities !== undefined) { d.appendChild(text('p', 'Dead: ' + p.fatalities)); }
    d.appendChild(text('p', p.evidence || ''));
    var a = text('a', 'Open event', 'open-event');
    a.href = '/events/' + encodeURIComponent(f.id);
    d.appendChild(a);
    return d;
  }

  var seq = 0;
  function load() {
    var p = params();
    p.set('format', 'geojson');
    p.set('limit', '5000');
    var mine = ++seq;
    fetch('/api/v1/events?' + p.toString()).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (fc) {
      if (mine !== seq) { return; }
      cluster.clearLayers();
      var ms = fc.features.map(function (f) {
        var c = f.geometry.coordinates;
        var m = L.circleMarker([c[1], c[0]], {
          radius: 7, weight: 1, color: '#1d232b', fillOpacity: 0.85,
          fillColor: colours[f.properties.type] || '#5b6573'
        });
        m.bindPopup(function () { return popup(f); });
        return m;
      });
      cluster.addLayers(ms);
      document.getElementById('map-count').textContent = ms.length + ' events on the map';
      el.setAttribute('data-loaded', String(ms.length));
    }).catch(function (err) {
      document.getElementById('map-count').textContent = 'map data failed to load (' + err.message + ')';
    });
  }

  form.addEventListener('submit', function () {
    var q = params().toString();
    history.replaceState(null, '', q ? '/?' + q : '/');
    load();
  });
  load();
})();
