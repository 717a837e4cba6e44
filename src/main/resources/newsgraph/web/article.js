// The article view: the text with every fact highlighted by its character span, the facts beside it,
// and the sentence asked for (b, e in the address) highlighted and scrolled into view.
'use strict';

const KINDS = ['statement', 'meeting', 'actor', 'country'];
const KIND_TITLES = {statement: 'Statements', meeting: 'Meetings', actor: 'Actors', country: 'Countries'};

async function articleView(params) {
  const doc = params.get('doc');
  const g = {iri: 'https://newsgraph.org/id/graph/' + encodeURIComponent(doc)};
  const [info, facts] = await Promise.all([query('article', {g}), query('article-facts', {g})]);
  if (!info.rows.length) return [el('h1', {}, 'Unknown article'), empty(doc)];
  const a = info.rows[0];
  const rows = facts.rows.map((f, i) => ({...f, i, begin: +f.begin, end: +f.end, sb: +f.sb, se: +f.se}));
  const focus = params.has('b') ? {b: +params.get('b'), e: +params.get('e')} : null;
  const text = highlightedText(a.text, rows, focus);
  return [
    el('h1', {}, a.title || a.doc),
    el('p', {class: 'facts'}, a.outlet || 'unknown outlet', a.published ? ' · ' + a.published : '',
      a.dateline ? ' · ' + a.dateline : '', ' · ', el('code', {}, a.source || a.doc)),
    el('p', {class: 'legend'}, KINDS.map(k => el('span', {class: 'hl-' + k}, k)), el('span', {class: 'focus'}, 'sentence')),
    el('div', {class: 'article'}, text, factList(rows, text))
  ];
}

// Cuts the text at every span boundary; each piece carries the kinds of the facts that cover it.
function highlightedText(text, facts, focus) {
  const cuts = new Set([0, text.length]);
  for (const f of facts) { cuts.add(f.begin); cuts.add(f.end); }
  if (focus) { cuts.add(focus.b); cuts.add(focus.e); }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((x, y) => x - y);
  const byBegin = [...facts].sort((x, y) => x.begin - y.begin);
  const open = [];
  let next = 0;
  const out = el('div', {class: 'text', id: 'article-text'});
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k], to = points[k + 1];
    while (next < byBegin.length && byBegin[next].begin <= from) open.push(byBegin[next++]);
    const cover = open.filter(f => f.end >= to);
    open.splice(0, open.length, ...open.filter(f => f.end > to));
    const inFocus = focus && from >= focus.b && to <= focus.e;
    const piece = text.slice(from, to);
    if (!cover.length && !inFocus) { out.append(piece); continue; }
    const kinds = [...new Set(cover.map(f => 'hl-' + f.kind))];
    out.append(el('span', {class: [...kinds, inFocus ? 'focus' : ''].join(' ').trim(),
      'data-facts': cover.map(f => f.i).join(' '), title: cover.map(f => f.kind + ': ' + f.label).join('\n')}, piece));
  }
  return out;
}

// The facts beside the text, by kind; clicking one marks its spans and scrolls to the first.
function factList(facts, text) {
  const seen = new Set();
  const lists = KINDS.map(kind => {
    const items = facts.filter(f => f.kind === kind && !seen.has(kind + f.fact + f.begin) && seen.add(kind + f.fact + f.begin));
    if (!items.length) return null;
    return el('div', {}, el('h3', {}, KIND_TITLES[kind] + ' (' + items.length + ')'), el('ul', {}, items.map(f =>
      el('li', {class: 'fact fact-' + kind, 'data-fact': f.i, onclick: () => selectFact(text, f)},
        kind === 'statement' ? el('q', {}, f.label) : f.label,
        f.detail ? el('span', {class: 'muted'}, ' — ' + f.detail) : null,
        kind === 'meeting' ? [' ', link('meeting', {iri: f.fact}, 'details')] :
          kind === 'actor' ? [' ', actorLink(f.fact, 'actor')] : null))));
  });
  return el('aside', {class: 'fact-list'}, lists);
}

function selectFact(text, fact) {
  text.querySelectorAll('.selected').forEach(s => s.classList.remove('selected'));
  const spans = [...text.querySelectorAll('span[data-facts]')]
    .filter(s => s.dataset.facts.split(' ').includes(String(fact.i)));
  spans.forEach(s => s.classList.add('selected'));
  if (spans.length) spans[0].scrollIntoView({block: 'center', behavior: 'smooth'});
}

function scrollToFocus() {
  const first = document.querySelector('#article-text .focus');
  if (first) first.scrollIntoView({block: 'center'});
}

// --- SPARQL box ---------------------------------------------------------------------------------

const TABLE_ROWS = 1000;

async function sparqlView(params) {
  const catalogue = await (await fetch('catalogue.json')).json();
  const area = el('textarea', {id: 'sparql-text', rows: 14, spellcheck: 'false'});
  const out = el('div', {id: 'sparql-result'});
  const pick = el('select', {id: 'sparql-catalogue', onchange: () => {
    const q = catalogue.find(c => c.name === pick.value);
    if (q) area.value = q.sparql;
  }}, el('option', {value: ''}, 'Catalogue queries…'), catalogue.map(q => el('option', {value: q.name, title: q.description}, q.name + ' — ' + q.description)));
  area.value = params.get('q') || (catalogue.find(c => c.name === 'meetings-timeline') || catalogue[0] || {sparql: ''}).sparql;
  const run = async () => {
    out.replaceChildren(empty('Running…'));
    const started = performance.now();
    try {
      const res = await runSparql(capped(area.value));
      out.replaceChildren(el('p', {class: 'muted'}, res.rows.length > TABLE_ROWS ? 'first ' + TABLE_ROWS + ' rows (download CSV for all)'
        : res.rows.length + ' rows', ' in ' + Math.round(performance.now() - started) + ' ms'), table(res.vars, res.rows.slice(0, TABLE_ROWS)));
    } catch (e) {
      out.replaceChildren(el('p', {class: 'error'}, e.message));
    }
  };
  const download = async () => {
    try {
      const blob = await runSparql(area.value, 'text/csv');
      const a = el('a', {href: URL.createObjectURL(blob), download: 'newsgraph-results.csv'});
      document.body.append(a); a.click(); a.remove();
    } catch (e) {
      out.replaceChildren(el('p', {class: 'error'}, e.message));
    }
  };
  return [el('h1', {}, 'SPARQL'), el('p', {}, pick),
    area, el('p', {}, el('button', {id: 'sparql-run', onclick: run}, 'Run'), ' ', el('button', {onclick: download}, 'Download CSV'),
      ' ', el('span', {class: 'muted'}, 'Endpoint: ', el('code', {}, location.origin + '/newsgraph'))), out];
}

// The table shows at most TABLE_ROWS rows, so a SELECT without its own LIMIT asks for one more than that.
function capped(text) {
  const t = text.replace(/^\s*#[^\n]*$/gm, '').trim(); // whole-line comments only: IRIs hold '#'
  return /^\s*(PREFIX|BASE|SELECT)/i.test(t) && /\bSELECT\b/i.test(t) && !/\bLIMIT\s+\d+\s*(OFFSET\s+\d+\s*)?$/i.test(t)
    ? t + '\nLIMIT ' + (TABLE_ROWS + 1) : text;
}

function table(vars, rows) {
  return el('table', {class: 'results-table'}, el('thead', {}, el('tr', {}, vars.map(v => el('th', {}, v)))),
    el('tbody', {}, rows.map(r => el('tr', {}, vars.map(v => el('td', {}, cell(r[v])))))));
}

// Newsgraph IRIs in a result open their view.
function cell(v) {
  if (v === undefined) return '';
  let m;
  if ((m = /^https:\/\/newsgraph\.org\/id\/(person|org|government)\//.exec(v))) return actorLink(v, v.replace('https://newsgraph.org/id/', ''));
  if (/^https:\/\/newsgraph\.org\/id\/article\/[^/]+\/meeting\/\d+$/.test(v)) return link('meeting', {iri: v}, v.replace('https://newsgraph.org/id/', ''));
  if ((m = /^https:\/\/newsgraph\.org\/id\/article\/([^/]+)$/.exec(v))) return articleLink(decodeURIComponent(m[1]));
  return v;
}
