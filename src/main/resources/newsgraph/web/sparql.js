// The web app's client of the SPARQL endpoint: loads a query kept beside the page (queries/NAME.rq),
// sets its parameters (its VALUES ?name { ... } blocks) and asks the dataset for JSON results.
'use strict';

const ENDPOINT = 'newsgraph/query';
const queryCache = new Map();

async function loadQuery(name) {
  if (!queryCache.has(name)) {
    const r = await fetch('queries/' + name + '.rq');
    if (!r.ok) throw new Error('no query ' + name);
    queryCache.set(name, await r.text());
  }
  return queryCache.get(name);
}

// A parameter value: {iri: '...'} becomes <...>, anything else a string literal.
function sparqlTerm(v) {
  if (v && typeof v === 'object' && 'iri' in v) {
    if (/[<>"{}|^`\\\s]/.test(v.iri)) throw new Error('not an IRI: ' + v.iri);
    return '<' + v.iri + '>';
  }
  return '"' + String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r').replace(/\t/g, '\\t') + '"';
}

function bindQuery(text, params) {
  let out = text;
  for (const [name, value] of Object.entries(params || {})) {
    const re = new RegExp('VALUES\\s+\\?' + name + '\\s*\\{[^}]*\\}', 'gi');
    if (!re.test(out)) throw new Error('the query has no parameter ' + name);
    out = out.replace(re, 'VALUES ?' + name + ' { ' + sparqlTerm(value) + ' }');
  }
  return out;
}

// Runs SPARQL text; resolves to {vars, rows}, each row an object of variable -> plain value.
async function runSparql(text, accept) {
  const r = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': accept || 'application/sparql-results+json'},
    body: new URLSearchParams({query: text})
  });
  if (!r.ok) {
    const msg = (await r.text()).trim().split('\n')[0];
    throw new Error(r.status === 503 ? msg + ' (the server stops queries that run too long)' : r.status + ': ' + msg);
  }
  if (accept) return r.blob();
  const json = await r.json();
  const vars = json.head.vars;
  const rows = json.results.bindings.map(b => {
    const row = {};
    for (const v of vars) row[v] = b[v] ? b[v].value : undefined;
    return row;
  });
  return {vars, rows};
}

async function query(name, params) {
  return runSparql(bindQuery(await loadQuery(name), params));
}
