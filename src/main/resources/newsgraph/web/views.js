// The views: each reads its parameters, runs its queries and builds the page from the rows.
'use strict';

// el('a', {href: '#'}, 'text', child...): a DOM element; text is always text, never HTML.
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c !== undefined && c !== null && c !== false) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

function link(route, params, ...children) {
  return el('a', {href: '#/' + route + '?' + new URLSearchParams(params)}, ...children);
}

const actorLink = (iri, name) => link('actor', {iri}, name || iri);
const articleLink = (doc, text, sb, se) => link('article', sb !== undefined ? {doc, b: sb, e: se} : {doc}, text || doc);

// The longest of an actor's names: "Sergei Lavrov" over the "Lavrov" of a surname-only article.
const longest = names => names.filter(Boolean).sort((a, b) => b.length - a.length)[0] || '';

function dateText(date, precision) {
  if (!date) return '';
  return precision && precision !== 'day' ? date + ' (' + precision + ')' : date;
}

const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');

const badge = status => el('span', {class: 'status status-' + status}, status);

function section(title, ...content) {
  return el('section', {}, el('h2', {}, title), ...content);
}

function empty(text) {
  return el('p', {class: 'muted'}, text);
}

// --- search -------------------------------------------------------------------------------------

async function searchView(params) {
  const q = (params.get('q') || '').trim();
  if (!q) {
    return [el('h1', {}, 'Search'),
      el('p', {}, 'Type a name (an actor or a country) or words from what someone said in the box above.')];
  }
  const lq = q.toLowerCase();
  const [actors, countries, statements] = await Promise.all([
    query('search-actors', {q: lq}), query('search-countries', {q: lq}), query('search-statements', {q: lq})]);
  return [
    el('h1', {}, 'Results for “', q, '”'),
    section('Actors', actors.rows.length ? el('ul', {class: 'results'}, actors.rows.map(r =>
      el('li', {}, actorLink(r.actor, longest(r.names.split('|'))), ' ',
        el('span', {class: 'muted'}, r.type + ', ' + plural(+r.articles, 'article'))))) : empty('No actor.')),
    section('Countries', countries.rows.length ? el('ul', {class: 'results'}, countries.rows.map(r =>
      el('li', {}, link('search', {q: r.name}, r.name), ' ', el('span', {class: 'muted'}, r.iso + ', ' + plural(+r.articles, 'article')))))
      : empty('No country.')),
    section('Statements', statements.rows.length ? el('ul', {class: 'statements'}, statements.rows.map(r =>
      el('li', {}, articleLink(r.doc, el('q', {}, r.text), r.sb, r.se), ' ',
        el('span', {class: 'muted'}, '— ', r.speaker ? actorLink(r.speaker, r.speakerName) : 'unnamed source', ', ',
          r.title || r.doc, r.published ? ', ' + r.published : ''))))
      : empty('No statement contains these words.'))
  ];
}

// --- actor --------------------------------------------------------------------------------------

async function actorView(params) {
  const actor = {iri: params.get('iri')};
  const [info, meetings, others, partners, statements] = await Promise.all([
    query('actor', {actor}), query('actor-meetings', {actor}), query('actor-meeting-others', {actor}),
    query('actor-partners', {actor}), query('actor-statements', {actor})]);
  const withWhom = new Map();
  for (const o of others.rows) {
    if (!withWhom.has(o.meeting)) withWhom.set(o.meeting, new Map());
    const names = withWhom.get(o.meeting);
    if (!names.has(o.other) || names.get(o.other).length < o.name.length) names.set(o.other, o.name);
  }
  if (!info.rows.length) return [el('h1', {}, 'Unknown actor'), empty(actor.iri)];
  const r = info.rows.sort((a, b) => b.name.length - a.name.length)[0];
  const aliases = new Set(info.rows.flatMap(x => [x.name, ...(x.aliases || '').split('; ')]).filter(a => a && a !== r.name));
  const where = r.countryName ? r.countryName : r.affiliationName ? actorLink(r.affiliation, r.affiliationName) : null;
  return [
    el('h1', {}, r.name),
    el('p', {class: 'facts'}, el('span', {class: 'type'}, r.type.replace(/Organization, |, Organization/, '')),
      r.role ? [' · ', r.role] : null, where ? [' · ', where] : null, ' · ', plural(+r.articles, 'article')),
    aliases.size ? el('p', {class: 'muted'}, 'Also named: ' + [...aliases].join(', ')) : null,
    el('div', {class: 'columns'},
      section('Meetings (' + meetings.rows.length + ')', timeline(meetings.rows, withWhom)),
      section('Met most', partners.rows.length ? el('ol', {class: 'partners'}, partners.rows.map(p =>
        el('li', {}, actorLink(p.other, p.name), ' ', el('span', {class: 'muted'}, plural(+p.meetings, 'meeting')))))
        : empty('Nobody.'))),
    section('Statements (' + statements.rows.length + ')', statements.rows.length
      ? el('ul', {class: 'statements'}, statements.rows.map(s => el('li', {},
        articleLink(s.doc, el('q', {class: 'quote'}, s.text), s.sb, s.se),
        el('div', {class: 'muted'}, s.kind, s.date ? ' · ' + s.date : '', ' · ', s.outlet || 'unknown outlet', ' · ',
          articleLink(s.doc, s.title || s.doc)))))
      : empty('No statement.'))
  ];
}

// Meetings in date order, grouped by year; undated meetings go by their article's date.
function timeline(rows, withWhom) {
  if (!rows.length) return empty('No meeting.');
  const years = new Map();
  for (const m of rows) {
    const year = (m.when || '').slice(0, 4) || 'undated';
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(m);
  }
  if (years.has('undated')) { const u = years.get('undated'); years.delete('undated'); years.set('undated', u); }
  return el('div', {class: 'timeline'}, [...years].map(([year, ms]) => el('div', {class: 'year'},
    el('h3', {}, year), el('ul', {}, ms.map(m => el('li', {class: 'meeting'},
      el('span', {class: 'when', title: m.date ? 'meeting date' : 'article date'},
        m.date ? dateText(m.date, m.precision) : (m.published ? '(' + m.published + ')' : '')), ' ',
      el('span', {}, badge(m.status), ' ', link('meeting', {iri: m.meeting}, m.kind), withWhom.has(m.meeting) ? [' with ', [...withWhom.get(m.meeting)].map(([iri, name], i) => [i ? ', ' : '', actorLink(iri, name)])] : '',
        m.place ? [' in ', m.place] : '', ' · ', articleLink(m.doc, 'source', m.sb, m.se))))))));
}

// --- meeting ------------------------------------------------------------------------------------

async function meetingView(params) {
  const meeting = {iri: params.get('iri')};
  const [info, reports] = await Promise.all([query('meeting', {meeting}), query('meeting-articles', {meeting})]);
  if (!info.rows.length) return [el('h1', {}, 'Unknown meeting'), empty(meeting.iri)];
  const m = info.rows[0];
  const people = new Map();
  for (const r of info.rows) {
    if (r.participant && (!people.has(r.participant) || people.get(r.participant).length < r.participantName.length)) {
      people.set(r.participant, r.participantName);
    }
  }
  return [
    el('h1', {}, m.kind, ' ', badge(m.status)),
    el('dl', {class: 'props'},
      el('dt', {}, 'Participants'), el('dd', {}, [...people].map(([iri, name], i) => [i ? ', ' : '', actorLink(iri, name)])),
      el('dt', {}, 'Place'), el('dd', {}, m.placeName || '—'),
      el('dt', {}, 'Date'), el('dd', {}, m.date ? dateText(m.date, m.precision) : 'not given'),
      el('dt', {}, 'Status'), el('dd', {}, m.status),
      el('dt', {}, 'CAMEO code'), el('dd', {}, m.cameo || '—'),
      el('dt', {}, 'Trigger'), el('dd', {}, m.trigger || '—')),
    section('Reported in', el('ul', {class: 'statements'}, reports.rows.map(r => el('li', {},
      articleLink(r.doc, el('q', {}, r.sentence), r.sb, r.se),
      el('div', {class: 'muted'}, r.title || r.doc, ' · ', r.outlet || 'unknown outlet', r.published ? ' · ' + r.published : '')))))
  ];
}
