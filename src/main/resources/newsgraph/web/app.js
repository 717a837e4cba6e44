// Routes the address (#/view?params) to a view, and runs the type-ahead of the search box.
'use strict';

const VIEWS = {'': searchView, search: searchView, actor: actorView, meeting: meetingView, article: articleView, sparql: sparqlView};

async function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [name, qs] = hash.split('?');
  const params = new URLSearchParams(qs || '');
  const view = VIEWS[name] || searchView;
  const main = document.getElementById('view');
  main.replaceChildren(el('p', {class: 'muted'}, 'Loading…'));
  main.setAttribute('aria-busy', 'true');
  try {
    const started = performance.now();
    const content = await view(params);
    main.replaceChildren(...content.filter(Boolean));
    main.dataset.view = name || 'search';
    main.dataset.ms = Math.round(performance.now() - started);
    document.title = (main.querySelector('h1') || {}).textContent + ' · newsgraph';
    if (name === 'article') scrollToFocus(); else window.scrollTo(0, 0);
  } catch (e) {
    main.replaceChildren(el('h1', {}, 'Something went wrong'), el('p', {class: 'error'}, e.message));
  }
  main.removeAttribute('aria-busy');
}

function typeAhead() {
  const input = document.getElementById('search');
  const list = document.getElementById('suggest');
  let timer = null;
  let asked = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim().toLowerCase();
    if (q.length < 2) { list.hidden = true; return; }
    timer = setTimeout(async () => {
      asked = q;
      const res = await query('search-actors', {q});
      if (asked !== q) return; // a later keystroke asked again
      list.replaceChildren(...res.rows.slice(0, 10).map(r => el('li', {},
        actorLink(r.actor, longest(r.names.split('|'))), ' ', el('span', {class: 'muted'}, r.type + ', ' + r.articles))));
      list.hidden = !res.rows.length;
    }, 150);
  });
  list.addEventListener('click', () => { list.hidden = true; });
  document.addEventListener('click', e => { if (!list.contains(e.target) && e.target !== input) list.hidden = true; });
  document.getElementById('search-form').addEventListener('submit', e => {
    e.preventDefault();
    list.hidden = true;
    location.hash = '#/search?' + new URLSearchParams({q: input.value.trim()});
  });
}

window.addEventListener('hashchange', route);
typeAhead();
route();
