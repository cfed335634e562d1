/*
 * Marsad dashboard. Plain JavaScript, no build step, no network beyond this server.
 *
 * Safety rule: every piece of data (article text, titles, names, anything from the API) reaches
 * the page through textContent or setAttribute on a fixed list of attributes, never through
 * innerHTML, insertAdjacentHTML or document.write. The helper el() is the only DOM builder.
 */
(function () {
  'use strict';

  var TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  var TYPE_AR = {
    AGREE: 'اتفاق', CONSULT: 'تشاور', SUPPORT: 'دعم', CONCEDE: 'تنازل', COOPERATE: 'تعاون', AID: 'مساعدة',
    RETREAT: 'انسحاب', REQUEST: 'مطالبة', ACCUSE: 'اتهام/إدانة', REJECT: 'رفض', THREATEN: 'تهديد',
    PROTEST: 'احتجاج', SANCTION: 'عقوبات', MOBILIZE: 'تعبئة', COERCE: 'إكراه', ASSAULT: 'هجوم'
  };
  var COLORS = {
    AGREE: '#2a9d8f', CONSULT: '#457b9d', SUPPORT: '#52b788', CONCEDE: '#90be6d', COOPERATE: '#43aa8b',
    AID: '#4d908e', RETREAT: '#a3a380', REQUEST: '#f4a261', ACCUSE: '#e76f51', REJECT: '#b5838d',
    THREATEN: '#d62828', PROTEST: '#f77f00', SANCTION: '#6d597a', MOBILIZE: '#9d4edd', COERCE: '#bc4749',
    ASSAULT: '#7f0000'
  };
  var STANCES = [
    {key: 'ACCUSE', en: 'Condemned', ar: 'أدان'},
    {key: 'REQUEST', en: 'Demanded', ar: 'طالب'},
    {key: 'SUPPORT', en: 'Supported', ar: 'أيّد'},
    {key: 'CONSULT', en: 'Offered mediation', ar: 'عرض الوساطة'}
  ];
  var FIELD_LABELS = {
    trigger: ['Trigger', 'الكلمة الدالة'], actor: ['Actor', 'الفاعل'], recipient: ['Recipient', 'المتلقي'],
    location: ['Location', 'المكان'], number: ['Number', 'العدد'], attribution: ['Attribution', 'المصدر'],
    quote: ['Quote', 'الاقتباس'], date: ['Date', 'التاريخ'], sentence: ['Sentence', 'الجملة']
  };
  var NUMBER_AR = {killed: 'قتلى', injured: 'جرحى', arrested: 'معتقلون', displaced: 'نازحون', missing: 'مفقودون'};
  var PAGE = 50;
  var SAFE_ATTRS = {'class': 1, title: 1, dir: 1, lang: 1, href: 1, type: 1, value: 1, name: 1, role: 1,
    colspan: 1, id: 1, 'aria-label': 1, 'data-field': 1, 'data-id': 1, 'data-sort': 1, 'data-start': 1,
    'data-end': 1, 'data-key': 1};

  var state = {filters: {}, offset: 0, sort: '-date', countries: {}, map: null, cluster: null, bounds: null};

  // ---------------------------------------------------------------- DOM helpers

  /** Builds an element; strings and numbers become text nodes. */
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (!SAFE_ATTRS[k]) throw new Error('attribute not allowed: ' + k);
        if (k === 'href' && !/^(#|\/api\/)/.test(String(v))) throw new Error('external link refused');
        e.setAttribute(k, String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }

  function append(parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(parent, c); }); return; }
    if (typeof child === 'string' || typeof child === 'number') {
      parent.appendChild(document.createTextNode(String(child)));
    } else {
      parent.appendChild(child);
    }
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function $(sel) { return document.querySelector(sel); }
  function ar(text) { return el('span', {lang: 'ar', dir: 'rtl'}, text); }
  function bi(en, arText) { return [en + ' ', ar(arText)]; }

  function typeBadge(type) {
    var b = el('span', {'class': 'type-badge', title: TYPE_AR[type] || ''}, type || '?');
    b.style.background = COLORS[type] || '#666';
    return b;
  }

  function status(msg, isError) {
    var s = $('#status');
    s.textContent = msg || '';
    s.className = 'status' + (isError ? ' error' : '');
  }

  // ---------------------------------------------------------------- API

  function api(path, options) {
    return fetch(path, options).then(function (r) {
      return r.text().then(function (body) {
        var data = null;
        try { data = body ? JSON.parse(body) : null; } catch (e) { data = null; }
        if (!r.ok) {
          var msg = data && data.error ? data.error.message : ('HTTP ' + r.status);
          var err = new Error(msg);
          err.status = r.status;
          throw err;
        }
        return data;
      });
    });
  }

  function query(params) {
    var parts = [];
    Object.keys(params).forEach(function (k) {
      var v = params[k];
      if (v !== null && v !== undefined && v !== '') parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(v));
    });
    return parts.length ? '?' + parts.join('&') : '';
  }

  function filterParams() {
    var f = state.filters, p = {};
    ['from', 'to', 'country', 'type', 'actor', 'q'].forEach(function (k) { if (f[k]) p[k] = f[k]; });
    if (f.inview && state.bounds) p.bbox = state.bounds;
    return p;
  }

  function countryName(iso3) {
    var c = state.countries[iso3];
    return c ? c.en : (iso3 || '');
  }

  function countryLabel(iso3) {
    var c = state.countries[iso3];
    if (!c) return iso3 || '';
    return [c.en + ' ', ar(c.ar)];
  }

  function partyText(p) {
    if (!p) return '';
    return p.name || p.text || '';
  }

  // ---------------------------------------------------------------- routing

  function route() {
    var h = location.hash || '#/';
    var views = {dashboard: $('#view-dashboard'), event: $('#view-event'), analyse: $('#view-analyse')};
    var name = 'dashboard', arg = null;
    if (h.indexOf('#/event/') === 0) { name = 'event'; arg = decodeURIComponent(h.substring(8)); }
    else if (h.indexOf('#/analyse') === 0) { name = 'analyse'; }
    Object.keys(views).forEach(function (k) { views[k].hidden = k !== name; });
    document.querySelectorAll('[data-nav]').forEach(function (a) {
      a.classList.toggle('active', a.getAttribute('data-nav') === name);
    });
    if (name === 'dashboard') {
      if (state.map) setTimeout(function () { state.map.invalidateSize(); }, 0);
    } else if (name === 'event') {
      showEvent(arg);
    }
  }

  // ---------------------------------------------------------------- dashboard

  function readFilters() {
    var form = $('#filters');
    state.filters = {
      from: form.from.value, to: form.to.value, country: form.country.value, type: form.type.value,
      actor: form.actor.value.trim(), q: form.q.value.trim(), inview: form.inview.checked
    };
  }

  function refresh() {
    var p = filterParams();
    var listParams = Object.assign({}, p, {limit: PAGE, offset: state.offset, sort: state.sort});
    var mapParams = Object.assign({}, p, {limit: 500, offset: 0, sort: '-date'});
    status('Loading… جارٍ التحميل');
    return Promise.all([
      api('/api/events' + query(listParams)).then(renderTable),
      api('/api/events' + query(mapParams)).then(renderMarkers),
      api('/api/stats' + query(p)).then(renderTimeline),
      api('/api/reactions' + query(p)).then(function (r) { renderReactions(r, 'current filter · الفلتر الحالي'); })
    ]).then(function () { status(''); }, function (e) { status(e.message, true); });
  }

  function renderExports() {
    var box = $('#exports');
    box.querySelectorAll('a').forEach(function (a) { a.remove(); });
    ['acled-csv', 'gdelt-tsv', 'jsonl', 'geojson', 'parquet'].forEach(function (f) {
      box.appendChild(document.createTextNode(' '));
      box.appendChild(el('a', {href: '/api/export' + query(Object.assign({format: f}, filterParams()))}, f));
    });
  }

  function renderTable(page) {
    renderExports();
    var body = clear($('#events-table tbody'));
    $('#events-count').textContent = page.total + ' · ' + 'عدد الأحداث';
    if (!page.items.length) {
      body.appendChild(el('tr', null, el('td', {colspan: 8, 'class': 'muted'}, 'No events match. لا توجد أحداث مطابقة.')));
    }
    page.items.forEach(function (e) {
      var killed = e.numbers && e.numbers.killed !== undefined ? e.numbers.killed : '';
      var tr = el('tr', {'class': 'ev-row', 'data-id': e.id},
        el('td', null, e.date || ''),
        el('td', null, typeBadge(e.type)),
        el('td', {'class': 'ar', dir: 'rtl'}, partyText(e.actor)),
        el('td', {'class': 'ar', dir: 'rtl'}, partyText(e.recipient)),
        el('td', null, e.location ? (e.location.name || '') : ''),
        el('td', null, countryName(e.country)),
        el('td', null, killed),
        el('td', {'class': 'ar', dir: 'rtl'}, e.title || e.doc || ''));
      tr.addEventListener('click', function () { location.hash = '#/event/' + encodeURIComponent(e.id); });
      body.appendChild(tr);
    });
    $('#page').textContent = page.total ? (page.offset + 1) + '–' + (page.offset + page.items.length) + ' / ' + page.total : '';
    $('#prev').disabled = page.offset <= 0;
    $('#next').disabled = page.offset + page.items.length >= page.total;
    document.querySelectorAll('#events-table th[data-sort]').forEach(function (th) {
      var k = th.getAttribute('data-sort');
      th.classList.toggle('sorted-asc', state.sort === k);
      th.classList.toggle('sorted-desc', state.sort === '-' + k);
    });
  }

  function initMap() {
    if (!window.L) { status('The map library did not load.', true); return; }
    var map = L.map('map', {worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: false}).setView([28, 35], 3);
    state.map = map;
    api('/world-110m.geojson').then(function (world) {
      L.geoJSON(world, {
        interactive: false,
        style: function () { return {color: '#8a9bb0', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1}; }
      }).addTo(map);
      if (state.cluster) state.cluster.bringToFront && state.cluster.bringToFront();
    }).catch(function (e) { status('World map: ' + e.message, true); });
    state.cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40});
    map.addLayer(state.cluster);
    map.on('moveend', function () {
      var b = map.getBounds();
      function clamp(x, m) { return Math.max(-m, Math.min(m, x)).toFixed(3); }
      state.bounds = [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].join(',');
      if (state.filters.inview) { state.offset = 0; refresh(); }
    });
    var legend = $('#legend');
    TYPES.forEach(function (t) {
      var i = el('i');
      i.style.background = COLORS[t];
      legend.appendChild(el('span', {title: TYPE_AR[t]}, i, t));
    });
  }

  function renderMarkers(page) {
    if (!state.cluster) return;
    state.cluster.clearLayers();
    var markers = [];
    page.items.forEach(function (e) {
      if (!e.location || e.location.lat === null || e.location.lat === undefined) return;
      var icon = L.divIcon({className: 'ev-marker ev-' + e.type, iconSize: [14, 14]});
      var m = L.marker([e.location.lat, e.location.lon], {icon: icon, title: e.type + ' · ' + (e.location.name || '')});
      m.on('add', function () { var n = m.getElement(); if (n) n.style.background = COLORS[e.type] || '#666'; });
      var link = el('a', {href: '#/event/' + encodeURIComponent(e.id)}, 'Open · فتح');
      m.bindPopup(el('div', null,
        el('div', null, typeBadge(e.type), ' ', e.date || ''),
        el('div', {'class': 'ar', dir: 'rtl'}, e.title || ''),
        el('div', {'class': 'ar', dir: 'rtl'}, partyText(e.actor), e.recipient ? ' → ' + partyText(e.recipient) : ''),
        el('div', null, e.location.name || ''),
        link));
      markers.push(m);
    });
    state.cluster.addLayers(markers);
  }

  function renderTimeline(stats) {
    var box = clear($('#timeline'));
    var days = stats.byDay || [];
    if (!days.length) { box.appendChild(el('p', {'class': 'muted'}, 'No dated events. لا توجد أحداث مؤرخة.')); return; }
    var ns = 'http://www.w3.org/2000/svg';
    var W = 600, H = 140, pad = 18;
    var first = new Date(days[0].key + 'T00:00:00Z'), last = new Date(days[days.length - 1].key + 'T00:00:00Z');
    var span = Math.max(1, Math.round((last - first) / 86400000) + 1);
    var max = days.reduce(function (m, d) { return Math.max(m, d.count); }, 1);
    var bw = (W - 2 * pad) / span;
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'events per day');
    days.forEach(function (d) {
      var x = pad + Math.round((new Date(d.key + 'T00:00:00Z') - first) / 86400000) * bw;
      var h = (H - 2 * pad) * d.count / max;
      var r = document.createElementNS(ns, 'rect');
      r.setAttribute('class', 'bar');
      r.setAttribute('x', x.toFixed(1));
      r.setAttribute('y', (H - pad - h).toFixed(1));
      r.setAttribute('width', Math.max(1, bw - 1).toFixed(1));
      r.setAttribute('height', Math.max(1, h).toFixed(1));
      var t = document.createElementNS(ns, 'title');
      t.textContent = d.key + ': ' + d.count;
      r.appendChild(t);
      r.addEventListener('click', function () {
        var form = $('#filters');
        form.from.value = d.key; form.to.value = d.key;
        applyFilters();
      });
      svg.appendChild(r);
    });
    [[days[0].key, pad, 'start'], [days[days.length - 1].key, W - pad, 'end']].forEach(function (l) {
      var t = document.createElementNS(ns, 'text');
      t.setAttribute('x', l[1]); t.setAttribute('y', H - 4); t.setAttribute('text-anchor', l[2]);
      t.textContent = l[0];
      svg.appendChild(t);
    });
    var m = document.createElementNS(ns, 'text');
    m.setAttribute('x', pad); m.setAttribute('y', 12);
    m.textContent = 'max ' + max;
    svg.appendChild(m);
    box.appendChild(svg);
  }

  function renderReactions(data, scopeText, target) {
    var box = clear(target || $('#reactions'));
    if (!target) $('#reactions-scope').textContent = scopeText || '';
    var rows = data.rows || [];
    if (!rows.length) {
      box.appendChild(el('p', {'class': 'muted'}, 'No government reactions found. لا توجد ردود فعل حكومية.'));
      return;
    }
    var head = el('tr', null, el('th', null, bi('Country', 'البلد')));
    STANCES.forEach(function (s) {
      var th = el('th', {title: s.key}, bi(s.en, s.ar));
      head.appendChild(th);
    });
    var table = el('table', {'class': 'matrix'}, el('thead', null, head));
    var tbody = el('tbody');
    rows.forEach(function (r) {
      var tr = el('tr', {'data-key': r.country || r.name}, el('td', null, r.country ? countryLabel(r.country) : (r.name || '')));
      STANCES.forEach(function (s) {
        var n = (r.counts && r.counts[s.key]) || 0;
        var ids = (r.events && r.events[s.key]) || [];
        var td = el('td', {'class': 'n' + (n ? '' : ' zero'), title: s.en + ' · ' + s.ar},
          n && ids.length ? el('a', {href: '#/event/' + encodeURIComponent(ids[0])}, n) : n);
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    box.appendChild(table);
  }

  function applyFilters() {
    readFilters();
    state.offset = 0;
    refresh();
  }

  function initDashboard() {
    var typeSel = $('#filters').type;
    TYPES.forEach(function (t) { typeSel.appendChild(el('option', {value: t}, t + ' · ' + TYPE_AR[t])); });
    $('#filters').addEventListener('submit', function (ev) { ev.preventDefault(); applyFilters(); });
    $('#reset').addEventListener('click', function () { $('#filters').reset(); applyFilters(); });
    $('#prev').addEventListener('click', function () { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
    $('#next').addEventListener('click', function () { state.offset += PAGE; refresh(); });
    document.querySelectorAll('#events-table th[data-sort]').forEach(function (th) {
      th.addEventListener('click', function () {
        var k = th.getAttribute('data-sort');
        state.sort = state.sort === '-' + k ? k : '-' + k;
        state.offset = 0;
        refresh();
      });
    });
    initMap();
    return api('/api/stats').then(function (s) {
      var sel = $('#filters').country;
      (s.byCountry || []).forEach(function (c) {
        sel.appendChild(el('option', {value: c.key}, countryName(c.key) + ' (' + c.count + ')'));
      });
    }).catch(function () { /* the table shows the error */ });
  }

  // ---------------------------------------------------------------- event page

  /** The highlightable spans of one marsad/1 event, each {field, label, start, end, value}. */
  function eventSpans(rec, text) {
    var spans = [];
    function add(field, label, obj, value) {
      if (obj && typeof obj.start === 'number' && typeof obj.end === 'number' && obj.end > obj.start) {
        spans.push({field: field, label: label, start: obj.start, end: obj.end, value: value});
      }
    }
    if (rec.trigger) add('trigger', null, rec.trigger, rec.trigger.text);
    if (rec.actor) add('actor', null, rec.actor, describeParty(rec.actor));
    if (rec.recipient) add('recipient', null, rec.recipient, describeParty(rec.recipient));
    if (rec.location) add('location', null, rec.location, describePlace(rec.location));
    Object.keys(rec.numbers || {}).forEach(function (k) {
      var c = rec.numbers[k];
      var label = [k + ' ', ar(NUMBER_AR[k] || '')];
      var value = (c.qualifier && c.qualifier !== 'exact' ? c.qualifier.replace('_', ' ') + ' ' : '') + c.value +
        (c.civilians ? ' (civilians ' + c.civilians + ')' : '');
      var span = typeof c.start === 'number' ? c : findNumber(text, rec.sentence, c.value);
      if (span) add('number', label, span, value);
      else spans.push({field: 'number', label: label, value: value});
    });
    (rec.attribution || []).forEach(function (a) { add('attribution', null, a, a.name ? a.text + ' (' + a.name + ')' : a.text); });
    if (rec.quote) add('quote', null, rec.quote, rec.quote.text);
    return spans;
  }

  var DIGITS = '٠١٢٣٤٥٦٧٨٩';

  /** Where a number's digits appear in the event's sentence (western or Arabic-Indic), or null. */
  function findNumber(text, sentence, value) {
    if (!sentence || value === null || value === undefined) return null;
    var s = text.substring(sentence.start, sentence.end);
    var western = String(value);
    var eastern = western.replace(/[0-9]/g, function (d) { return DIGITS[+d]; });
    var forms = [western, eastern];
    for (var i = 0; i < forms.length; i++) {
      var re = new RegExp('(^|[^0-9' + DIGITS + '])' + forms[i] + '(?![0-9' + DIGITS + '])');
      var m = re.exec(s);
      if (m) {
        var at = sentence.start + m.index + m[1].length;
        return {start: at, end: at + forms[i].length};
      }
    }
    return null;
  }

  function describeParty(p) {
    var bits = [p.text];
    if (p.name && p.name !== p.text) bits.push('= ' + p.name);
    if (p.country) bits.push('(' + countryName(p.country) + ')');
    if (p.sector) bits.push('[' + p.sector + ']');
    return bits.join(' ');
  }

  function describePlace(p) {
    var bits = [p.text];
    if (p.name && p.name !== p.text) bits.push('= ' + p.name);
    if (p.country) bits.push('(' + countryName(p.country) + ')');
    if (p.lat !== null && p.lat !== undefined) bits.push(Number(p.lat).toFixed(2) + ', ' + Number(p.lon).toFixed(2));
    return bits.join(' ');
  }

  /**
   * The article text as spans cut at every field boundary; each piece knows which fields cover it.
   * Returns {node, pieces}.
   */
  function renderArticle(text, spans, sentence) {
    var cuts = {0: 1};
    cuts[text.length] = 1;
    spans.forEach(function (s) {
      if (typeof s.start === 'number') { cuts[s.start] = 1; cuts[s.end] = 1; }
    });
    if (sentence) { cuts[sentence.start] = 1; cuts[sentence.end] = 1; }
    var points = Object.keys(cuts).map(Number).filter(function (n) { return n >= 0 && n <= text.length; })
      .sort(function (a, b) { return a - b; });
    var node = el('div', {'class': 'article', dir: 'rtl', lang: 'ar'});
    var pieces = [];
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i], b = points[i + 1];
      if (b <= a) continue;
      var covering = [];
      spans.forEach(function (s, k) { if (typeof s.start === 'number' && s.start <= a && s.end >= b) covering.push(k); });
      var cls = covering.map(function (k) { return 'f f-' + spans[k].field; });
      if (sentence && sentence.start <= a && sentence.end >= b) cls.push('sent');
      var piece = el('span', {'class': cls.join(' ') || null, 'data-start': a, 'data-end': b}, text.substring(a, b));
      piece._fields = covering;
      pieces.push(piece);
      node.appendChild(piece);
    }
    return {node: node, pieces: pieces};
  }

  /** The table of fields; hovering a row highlights its words in the article, and the reverse. */
  function fieldTable(rec, spans, article) {
    var rows = [];
    var table = el('table', {'class': 'fields'});
    function highlight(k, on) {
      article.pieces.forEach(function (p) { if (p._fields.indexOf(k) >= 0) p.classList.toggle('hl', on); });
      if (rows[k]) rows[k].classList.toggle('hl', on);
    }
    function info(label, value) { table.appendChild(el('tr', null, el('th', null, label), el('td', null, value))); }
    if (rec.type) info(bi('Type', 'النوع'), [typeBadge(rec.type), ' ', rec.mode || '', rec.cameo ? ' · CAMEO ' + rec.cameo : '']);
    if (rec.acled) info(bi('ACLED', 'أكليد'), rec.acled.type + ' / ' + rec.acled.subtype);
    if (rec.factuality) info(bi('Factuality', 'الواقعية'), rec.factuality);
    if (rec.date) info(bi('Date', 'التاريخ'), rec.date.value + ' (' + rec.date.precision + ', ' + rec.date.basis + ')');
    if (typeof rec.confidence === 'number') info(bi('Confidence', 'الثقة'), rec.confidence.toFixed(2));
    spans.forEach(function (s, k) {
      var l = FIELD_LABELS[s.field];
      var tr = el('tr', {'class': 'field f-' + s.field, 'data-field': s.field},
        el('th', null, s.label ? [l[0] + ': ', s.label] : bi(l[0], l[1])),
        el('td', {dir: 'auto'}, s.value || ''));
      if (typeof s.start === 'number') {
        tr.addEventListener('mouseenter', function () { highlight(k, true); });
        tr.addEventListener('mouseleave', function () { highlight(k, false); });
      }
      rows[k] = tr;
      table.appendChild(tr);
    });
    article.pieces.forEach(function (p) {
      if (!p._fields.length) return;
      p.addEventListener('mouseenter', function () { p._fields.forEach(function (k) { highlight(k, true); }); });
      p.addEventListener('mouseleave', function () { p._fields.forEach(function (k) { highlight(k, false); }); });
    });
    return table;
  }

  function showEvent(id) {
    var box = clear($('#event'));
    status('Loading… جارٍ التحميل');
    api('/api/events/' + encodeURIComponent(id)).then(function (d) {
      status('');
      var ev = d.event, rec = d.record, doc = d.document;
      var spans = eventSpans(rec, doc.text);
      (d.mentions || []).slice(1).forEach(function (m, i) {
        spans.push({field: 'trigger', label: ['Mention ' + (i + 2) + ' ', ar('ذكر')], start: m.trigger.start,
          end: m.trigger.end, value: m.trigger.text});
      });
      var article = renderArticle(doc.text, spans, rec.sentence);
      var fields = fieldTable(rec, spans, article);
      box.appendChild(el('div', {'class': 'panel'},
        el('h2', {'class': 'ar', dir: 'rtl'}, doc.title || doc.id),
        el('p', {'class': 'muted'}, [doc.published || '', doc.outlet ? ' · ' + doc.outlet : '', ' · ', 'id ' + doc.id])));
      var side = el('div', null,
        el('div', {'class': 'panel'}, el('h2', null, bi('Extracted fields', 'الحقول المستخرجة'),
          el('small', null, ' hover to highlight · مرّر للتظليل')), fields));
      var reactions = el('div');
      side.appendChild(el('div', {'class': 'panel'}, el('h2', null, bi('Reactions', 'ردود الفعل')), reactions));
      if (d.reports && d.reports.length) {
        side.appendChild(el('div', {'class': 'panel'}, el('h2', null, bi('Also reported in', 'ورد أيضاً في')),
          el('ul', {'class': 'plain'}, d.reports.map(function (m) {
            return el('li', null, el('a', {href: '#/event/' + encodeURIComponent(m.id)}, m.title || ('#' + m.doc)),
              ' ', el('span', {'class': 'muted'}, [m.outlet || '', ' ', m.date || '']),
              el('div', {'class': 'ar muted', dir: 'rtl'}, m.sentence || ''));
          }))));
      }
      if (d.cluster) {
        side.appendChild(el('div', {'class': 'panel'}, el('h2', null, bi('Cluster', 'مجموعة الأخبار')),
          clusterSummary(d.cluster)));
      }
      if (d.others && d.others.length) {
        side.appendChild(el('div', {'class': 'panel'}, el('h2', null, bi('Other events in this article', 'أحداث أخرى في المقال')),
          el('ul', {'class': 'plain'}, d.others.map(function (o) {
            return el('li', null, typeBadge(o.type), ' ',
              el('a', {href: '#/event/' + encodeURIComponent(o.id)}, o.trigger || o.id));
          }))));
      }
      box.appendChild(el('div', {'class': 'event-grid'}, side,
        el('div', {'class': 'panel'}, el('h2', null, bi('Article', 'نص المقال')), article.node)));
      api('/api/reactions' + query({event: id})).then(function (r) {
        renderReactions(r, null, reactions);
      }).catch(function (e) { reactions.appendChild(el('p', {'class': 'error'}, e.message)); });
    }).catch(function (e) {
      status('');
      box.appendChild(el('p', {'class': 'error'}, e.status === 404 ? 'No such event. لا يوجد هذا الحدث.' : e.message));
    });
  }

  function clusterSummary(c) {
    var list = el('ul', {'class': 'plain'});
    list.appendChild(el('li', null, 'id ' + c.id + ' · ' + (c.size || 0) + ' reports · تقارير'));
    Object.keys(c.numbers || {}).forEach(function (k) {
      var n = c.numbers[k];
      list.appendChild(el('li', null, k + ' ', ar(NUMBER_AR[k] || ''), ': low ' + n.low + ' · best ' + n.best + ' · high ' + n.high));
    });
    (c.sources || []).forEach(function (s) { list.appendChild(el('li', {'class': 'muted'}, s)); });
    return list;
  }

  // ---------------------------------------------------------------- analyse

  function initAnalyse() {
    $('#analyse-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var text = $('#analyse-text').value;
      var out = clear($('#analyse-result'));
      if (!text.trim()) { out.appendChild(el('p', {'class': 'error'}, 'Paste some Arabic text first. الصق نصاً أولاً.')); return; }
      var body = {text: text};
      if ($('#analyse-date').value) body.published = $('#analyse-date').value;
      status('Analysing… جارٍ التحليل');
      api('/api/extract', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)})
        .then(function (rec) { status(''); renderAnalysis(text, rec, out); })
        .catch(function (e) { status(''); out.appendChild(el('p', {'class': 'error'}, e.message)); });
    });
  }

  function renderAnalysis(text, rec, out) {
    var events = rec.events || [];
    var entities = rec.entities || [];
    var articleBox = el('div');
    var fieldsBox = el('div');
    function select(i) {
      clear(articleBox); clear(fieldsBox);
      var ev = events[i];
      var spans = ev ? eventSpans(ev, text) : entities.map(function (e) {
        return {field: e.type === 'PER' || e.type === 'ORG' ? 'actor' : 'location', start: e.start, end: e.end,
          label: [e.type], value: e.name ? e.text + ' = ' + e.name : e.text};
      });
      var article = renderArticle(text, spans, ev ? ev.sentence : null);
      articleBox.appendChild(article.node);
      fieldsBox.appendChild(ev ? fieldTable(ev, spans, article) : fieldTable({}, spans, article));
    }
    var list = el('ul', {'class': 'plain'});
    events.forEach(function (ev, i) {
      var a = el('a', {href: '#/analyse'}, ev.trigger ? ev.trigger.text : ev.id);
      a.addEventListener('click', function (e) { e.preventDefault(); select(i); });
      list.appendChild(el('li', null, typeBadge(ev.type), ' ', a, ' ', el('span', {'class': 'muted'}, ev.factuality || '')));
    });
    var allEntities = el('a', {href: '#/analyse'}, 'entities · الكيانات (' + entities.length + ')');
    allEntities.addEventListener('click', function (e) { e.preventDefault(); select(-1); });
    list.appendChild(el('li', null, allEntities));
    out.appendChild(el('div', {'class': 'event-grid'},
      el('div', null,
        el('div', {'class': 'panel'}, el('h2', null, bi('Events found', 'الأحداث المستخرجة'), el('small', null, ' ' + events.length)), list),
        el('div', {'class': 'panel'}, el('h2', null, bi('Fields', 'الحقول')), fieldsBox)),
      el('div', {'class': 'panel'}, el('h2', null, bi('Text', 'النص')), articleBox)));
    select(events.length ? 0 : -1);
  }

  // ---------------------------------------------------------------- start

  function start() {
    initAnalyse();
    window.addEventListener('hashchange', route);
    api('/api/health').then(function (h) {
      state.store = !!(h && h.store);
      return api('/api/countries');
    }).then(function (list) {
      (list || []).forEach(function (c) { state.countries[c.iso3] = c; });
    }).catch(function () { /* names fall back to codes */ }).then(function () {
      if (!state.store) {
        $('#view-dashboard').insertBefore(el('p', {'class': 'panel error'},
          'This server has no event database (start it with marsad serve --db FILE); only "Analyse text" works. ',
          ar('لا توجد قاعدة بيانات')), $('#filters'));
        route();
        return null;
      }
      return initDashboard().then(function () {
        readFilters();
        route();
        return refresh();
      });
    }).then(function () {
      document.body.setAttribute('data-ready', '1');
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
