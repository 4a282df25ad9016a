// The heavy article: what a real news page weighs, built from real parts, for the bench and the
// page-cost test. Bootstrap's real stylesheet (bootstrap 5.x from npm, served by the harness from
// node_modules/), about 4,000 elements once the page has loaded — a navbar with a dropdown, a
// breadcrumb, the story (figure, blockquote, table, accordion, the AdSense slot), 60 cards, 150
// comments, a long footer, a cookie toast — and a site script that changes the DOM while the page
// loads: a "related articles" rail and three blocks of lazy comments over the first second, a
// sticky header that measures itself, a reading-progress bar.
//
// Deterministic: the text comes from a seeded generator (same HTML on every call), and the site
// script inserts the same elements at the same delays on every load. Nothing random in the page.
import { adsenseScript, adsenseSlot, type TestServer } from '../harness';

/** Bootstrap's real stylesheet, as the harness serves it. */
export const HEAVY_STYLESHEET = '/node_modules/bootstrap/dist/css/bootstrap.min.css';

/** What to put on the heavy article. */
export interface HeavyOptions {
  /** Politely's tag (or any library's install), at the end of <body>. Default: none (''). */
  politely?: string;
  /** HTML first in <head> (a recorder, a reporter). */
  head?: string;
  /** HTML at the very end of <body>, after `politely`. */
  bodyEnd?: string;
  /** AdSense (default) or no ad library at all. */
  ad?: 'adsense' | 'none';
}

/** A small seeded generator (mulberry32): the page's text is the same on every call. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const WORDS = (
    'council city lanes cycle budget vote plan street school market river bridge station housing rent ' +
    'transport residents shop owners weather summer winter festival library hospital nurses teachers ' +
    'police report harbour museum park football season match coach players league final stadium ' +
    'election mayor minister parliament tax energy prices wind solar farmers harvest rail strike talks'
  ).split(' ');
  const sentence = (n: number) => {
    const w = Array.from({ length: n }, () => pick(WORDS));
    return w[0][0].toUpperCase() + w.join(' ').slice(1) + '.';
  };
  const text = (sentences: number, words = 12) => Array.from({ length: sentences }, () => sentence(words)).join(' ');
  const name = () => pick(['Ana', 'Ben', 'Chloé', 'Dev', 'Eun-ji', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kemi', 'Luis']);
  const surname = () => pick(['Ruiz', 'Okafor', 'Meyer', 'Patel', 'Kim', 'Haddad', 'Novak', 'Silva', 'Berg', 'Moreau']);
  return { next, pick, sentence, text, name, surname };
}

const SECTIONS = ['News', 'Politics', 'Business', 'Climate', 'Culture', 'Sport', 'Science', 'Opinion'];

function navbar(): string {
  const items = SECTIONS.map(
    (s, i) => `<li class="nav-item"><a class="nav-link${i == 0 ? ' active' : ''}" href="/${s.toLowerCase()}">${s}</a></li>`,
  ).join('');
  const more = [
    'Podcasts',
    'Newsletters',
    'Crosswords',
    'Events',
    'Jobs',
    'Archive',
    'Corrections',
    'Contact',
    'Tips',
    'Shop',
    'Apps',
    'Help',
  ]
    .map((s) => `<li><a class="dropdown-item" href="/${s.toLowerCase()}">${s}</a></li>`)
    .join('');
  return (
    '<header id="site-header" class="sticky-top bg-body border-bottom">' +
    '<div class="progress rounded-0" role="progressbar" aria-label="Reading progress" style="height:3px"><div id="read-progress" class="progress-bar" style="width:0%"></div></div>' +
    '<nav class="navbar navbar-expand-lg bg-body-tertiary"><div class="container-fluid">' +
    '<a class="navbar-brand fw-bold" href="/">The Politely Gazette</a>' +
    '<button class="navbar-toggler" type="button" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>' +
    `<div class="collapse navbar-collapse"><ul class="navbar-nav me-auto mb-2 mb-lg-0">${items}` +
    `<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button">More</a><ul class="dropdown-menu">${more}</ul></li></ul>` +
    '<form class="d-flex" role="search"><div class="input-group"><input class="form-control" type="search" placeholder="Search" aria-label="Search">' +
    '<button class="btn btn-outline-success" type="button">Search</button></div></form>' +
    '<div class="btn-group ms-2"><a class="btn btn-primary btn-sm" href="/subscribe">Subscribe</a><a class="btn btn-outline-secondary btn-sm" href="/login">Sign in</a></div>' +
    '</div></div></nav></header>'
  );
}

function story(g: ReturnType<typeof generator>, slot: string): string {
  const paragraphs = (n: number) => Array.from({ length: n }, () => `<p>${g.text(3)}</p>`).join('');
  const rows = Array.from(
    { length: 8 },
    (_, i) =>
      `<tr><th scope="row">${i + 1}</th><td>${g.pick(SECTIONS)}</td><td>${(g.next() * 100).toFixed(1)}%</td><td>${g.sentence(4)}</td></tr>`,
  ).join('');
  const accordion = Array.from(
    { length: 5 },
    (_, i) =>
      `<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button${i ? ' collapsed' : ''}" type="button">${g.sentence(5)}</button></h2>` +
      `<div class="accordion-collapse collapse${i ? '' : ' show'}"><div class="accordion-body">${g.text(2)}</div></div></div>`,
  ).join('');
  const tags = SECTIONS.slice(0, 5)
    .map(
      (s) =>
        `<li class="list-inline-item"><a class="badge text-bg-secondary text-decoration-none" href="/${s.toLowerCase()}">${s}</a></li>`,
    )
    .join('');
  return (
    '<article class="col-lg-8">' +
    '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/news">News</a></li>' +
    '<li class="breadcrumb-item"><a href="/news/city">City</a></li><li class="breadcrumb-item active" aria-current="page">Cycle lanes</li></ol></nav>' +
    '<h1 class="display-5 fw-bold">City council approves new cycle lanes after a year of debate</h1>' +
    `<p class="lead">${g.text(2)}</p>` +
    '<div class="d-flex align-items-center gap-2 mb-3 text-body-secondary small"><span class="badge rounded-pill text-bg-primary">City</span>' +
    '<span>By <a href="/authors/ana-ruiz">Ana Ruiz</a></span><span>·</span><time datetime="2026-11-25">25 November 2026</time>' +
    '<div class="btn-group btn-group-sm ms-auto" role="group" aria-label="Share"><button class="btn btn-outline-secondary" type="button">Share</button>' +
    '<button class="btn btn-outline-secondary" type="button">Save</button><button class="btn btn-outline-secondary" type="button">Print</button></div></div>' +
    '<figure class="figure w-100"><div class="ratio ratio-16x9 bg-secondary-subtle rounded"></div><figcaption class="figure-caption">The high street at rush hour.</figcaption></figure>' +
    paragraphs(4) +
    slot +
    paragraphs(3) +
    `<figure><blockquote class="blockquote"><p>${g.sentence(14)}</p></blockquote><figcaption class="blockquote-footer">A parent, in the gallery</figcaption></figure>` +
    paragraphs(3) +
    `<table class="table table-striped table-hover"><caption>How the city voted, by ward</caption><thead><tr><th scope="col">#</th><th scope="col">Ward</th><th scope="col">In favour</th><th scope="col">Note</th></tr></thead><tbody>${rows}</tbody></table>` +
    paragraphs(2) +
    `<h2 class="h4">Questions and answers</h2><div class="accordion mb-4">${accordion}</div>` +
    paragraphs(2) +
    `<ul class="list-inline">${tags}</ul>` +
    '<nav aria-label="Story pages"><ul class="pagination"><li class="page-item disabled"><span class="page-link">Previous</span></li>' +
    '<li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="?page=2">2</a></li>' +
    '<li class="page-item"><a class="page-link" href="?page=3">3</a></li><li class="page-item"><a class="page-link" href="?page=2">Next</a></li></ul></nav>' +
    '</article>'
  );
}

/** The sidebar: "most read" now; the site script adds the "related articles" rail above it. */
function sidebar(g: ReturnType<typeof generator>): string {
  const read = Array.from(
    { length: 10 },
    (_, i) =>
      `<li class="list-group-item d-flex justify-content-between align-items-start"><div class="ms-2 me-auto"><div class="fw-bold">${g.sentence(5)}</div>${g.pick(SECTIONS)}</div><span class="badge text-bg-primary rounded-pill">${i + 1}</span></li>`,
  ).join('');
  return (
    '<aside class="col-lg-4"><div id="rail"></div>' +
    `<div class="card mb-4"><div class="card-header">Most read</div><ol class="list-group list-group-flush list-group-numbered">${read}</ol></div>` +
    '<div class="card text-bg-light mb-4"><div class="card-body"><h5 class="card-title">Our newsletter</h5><p class="card-text">The day’s news, every morning.</p>' +
    '<div class="input-group"><input type="email" class="form-control" placeholder="Email" aria-label="Email"><button class="btn btn-primary" type="button">Sign up</button></div></div></div>' +
    '</aside>'
  );
}

function card(g: ReturnType<typeof generator>, i: number): string {
  const section = g.pick(SECTIONS);
  return (
    '<div class="col"><div class="card h-100 shadow-sm">' +
    '<div class="ratio ratio-4x3 card-img-top bg-body-secondary"></div>' +
    `<div class="card-body"><div class="d-flex gap-1 mb-2"><span class="badge text-bg-info">${section}</span>${i % 3 == 0 ? '<span class="badge text-bg-warning">Live</span>' : ''}</div>` +
    `<h5 class="card-title"><a class="stretched-link link-body-emphasis text-decoration-none" href="/story/${i}">${g.sentence(7)}</a></h5>` +
    `<p class="card-text">${g.text(2, 10)}</p></div>` +
    `<ul class="list-group list-group-flush"><li class="list-group-item small">${g.name()} ${g.surname()}</li><li class="list-group-item small">${1 + Math.floor(g.next() * 9)} min read</li></ul>` +
    `<div class="card-footer"><small class="text-body-secondary">${1 + Math.floor(g.next() * 23)} hours ago</small></div>` +
    '</div></div>'
  );
}

function comment(g: ReturnType<typeof generator>, i: number): string {
  const who = `${g.name()} ${g.surname()}`;
  const reply = i % 5 == 4;
  return (
    `<div class="d-flex mb-3${reply ? ' ms-5' : ''}" id="c${i}"><div class="flex-shrink-0"><div class="rounded-circle bg-secondary-subtle text-center fw-bold" style="width:40px;height:40px;line-height:40px">${who[0]}</div></div>` +
    `<div class="flex-grow-1 ms-3"><div class="d-flex justify-content-between"><h6 class="mb-0">${who}</h6><small class="text-body-secondary">${1 + (i % 59)} min</small></div>` +
    `<p class="mb-1">${g.text(1 + (i % 3), 11)}</p>` +
    '<div class="btn-group btn-group-sm" role="group" aria-label="Comment actions"><button type="button" class="btn btn-link">Reply</button>' +
    `<button type="button" class="btn btn-link">Like <span class="badge text-bg-light">${i % 17}</span></button><button type="button" class="btn btn-link">Report</button></div></div></div>`
  );
}

/** How many comments the HTML has; the site script adds the rest, in blocks. */
const COMMENTS_IN_HTML = 60;
const COMMENTS_TOTAL = 150;
const COMMENT_BLOCKS = 3;

function footer(g: ReturnType<typeof generator>): string {
  const columns = ['Sections', 'Local', 'Opinion', 'Sport', 'Culture', 'Services']
    .map(
      (head) =>
        `<div class="col-6 col-md-2 mb-3"><h5>${head}</h5><ul class="nav flex-column">` +
        Array.from(
          { length: 20 },
          () =>
            `<li class="nav-item mb-2"><a href="#" class="nav-link p-0 text-body-secondary">${g.pick(SECTIONS)} ${g.sentence(2)}</a></li>`,
        ).join('') +
        '</ul></div>',
    )
    .join('');
  const places = Array.from(
    { length: 200 },
    () => `<li class="list-inline-item"><a class="link-secondary" href="#">${g.sentence(1).slice(0, -1)}</a></li>`,
  ).join('');
  return (
    '<footer class="bg-body-tertiary border-top mt-5 py-5"><div class="container">' +
    `<div class="row">${columns}</div>` +
    `<h6 class="mt-4">Local editions</h6><ul class="list-inline small">${places}</ul>` +
    '<div class="d-flex flex-column flex-sm-row justify-content-between py-4 my-4 border-top"><p>© 2026 The Politely Gazette. All rights reserved.</p>' +
    '<ul class="list-unstyled d-flex"><li class="ms-3"><a class="link-body-emphasis" href="#">Mastodon</a></li><li class="ms-3"><a class="link-body-emphasis" href="#">RSS</a></li><li class="ms-3"><a class="link-body-emphasis" href="#">Newsletter</a></li></ul></div>' +
    '</div></footer>' +
    '<div class="toast-container position-fixed bottom-0 end-0 p-3"><div class="toast show" role="status" aria-live="polite"><div class="toast-header"><strong class="me-auto">Cookies</strong></div>' +
    '<div class="toast-body">We use cookies to keep you signed in. <button type="button" class="btn btn-primary btn-sm">OK</button></div></div></div>'
  );
}

/**
 * The site's own script, as news sites ship it: at DOMContentLoaded a sticky header that measures
 * itself (a forced layout) and a reading-progress bar on scroll; then, while the page loads, the
 * "related articles" rail at 150 ms and the remaining comments in three blocks at 350, 600 and
 * 900 ms (each after the site "fetched" it). Everything it inserts is generated from a fixed seed.
 */
function siteScript(): string {
  const code = `(function () {
  var seed = 20261125;
  function rand() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
  var words = 'city lanes budget vote street school river bridge housing rail harbour museum park festival'.split(' ');
  function sentence(n) { var s = []; for (var i = 0; i < n; i++) s.push(words[Math.floor(rand() * words.length)]); return s.join(' ') + '.'; }
  function el(html) { var t = document.createElement('template'); t.innerHTML = html; return t.content; }
  function rail() {
    var items = '';
    for (var i = 0; i < 16; i++)
      items += '<a href="/related/' + i + '" class="list-group-item list-group-item-action d-flex gap-3 py-3"><div class="rounded bg-body-secondary flex-shrink-0" style="width:48px;height:48px"></div>' +
        '<div class="d-flex gap-2 w-100 justify-content-between"><div><h6 class="mb-0">' + sentence(5) + '</h6><p class="mb-0 opacity-75">' + sentence(8) + '</p></div><small class="opacity-50 text-nowrap">' + (i + 1) + 'h</small></div></a>';
    document.getElementById('rail').appendChild(el('<div class="card mb-4"><div class="card-header">Related</div><div class="list-group list-group-flush">' + items + '</div></div>'));
  }
  var next = ${COMMENTS_IN_HTML};
  function comments(count) {
    var html = '';
    for (var k = 0; k < count; k++, next++)
      html += '<div class="d-flex mb-3" id="c' + next + '"><div class="flex-shrink-0"><div class="rounded-circle bg-secondary-subtle" style="width:40px;height:40px"></div></div>' +
        '<div class="flex-grow-1 ms-3"><div class="d-flex justify-content-between"><h6 class="mb-0">Reader ' + next + '</h6><small class="text-body-secondary">' + (next % 59 + 1) + ' min</small></div>' +
        '<p class="mb-1">' + sentence(14) + '</p><div class="btn-group btn-group-sm" role="group"><button type="button" class="btn btn-link">Reply</button>' +
        '<button type="button" class="btn btn-link">Like <span class="badge text-bg-light">' + (next % 17) + '</span></button><button type="button" class="btn btn-link">Report</button></div></div></div>';
    var list = document.getElementById('comment-list');
    list.appendChild(el(html));
    document.getElementById('comment-count').textContent = String(next);
  }
  document.addEventListener('DOMContentLoaded', function () {
    var header = document.getElementById('site-header');
    document.getElementById('main').style.scrollMarginTop = header.offsetHeight + 'px';
    var bar = document.getElementById('read-progress');
    addEventListener('scroll', function () {
      var h = document.documentElement.scrollHeight - innerHeight;
      bar.style.width = (h > 0 ? (100 * scrollY) / h : 0) + '%';
    }, { passive: true });
    setTimeout(rail, 150);
    var per = ${Math.ceil((COMMENTS_TOTAL - COMMENTS_IN_HTML) / COMMENT_BLOCKS)};
    [350, 600, 900].forEach(function (ms) { setTimeout(function () { comments(Math.min(per, ${COMMENTS_TOTAL} - next)); }, ms); });
  });
})();`;
  return `<script>${code}</script>`;
}

/** The heavy article's HTML: the same text on every call (the generator is seeded). */
export function heavyArticleHtml(server: TestServer, options: HeavyOptions = {}): string {
  const g = generator(20261125);
  const ads = options.ad !== 'none';
  const slot = ads
    ? `<aside class="my-4 text-center"><small class="text-body-secondary d-block">Advertisement</small>${adsenseSlot()}</aside>`
    : '';
  const cards = Array.from({ length: 60 }, (_, i) => card(g, i)).join('');
  const comments = Array.from({ length: COMMENTS_IN_HTML }, (_, i) => comment(g, i)).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>City council approves new cycle lanes — The Politely Gazette</title>
${options.head ?? ''}
${ads ? adsenseScript(server) : ''}
<link rel="stylesheet" href="${HEAVY_STYLESHEET}">
</head>
<body>
<a class="visually-hidden-focusable" href="#main">Skip to content</a>
${navbar()}
<main id="main" class="container py-4">
<div class="row g-5">
${story(g, slot)}
${sidebar(g)}
</div>
<section class="my-5"><h2 class="pb-2 border-bottom">More from the Gazette</h2>
<div class="row row-cols-1 row-cols-md-2 row-cols-lg-3 g-4">${cards}</div></section>
<section id="comments" class="my-5"><h2 class="pb-2 border-bottom">Comments (<span id="comment-count">${COMMENTS_IN_HTML}</span>)</h2>
<form class="mb-4"><div class="form-floating mb-2"><textarea class="form-control" placeholder="Your comment" id="new-comment" style="height:100px"></textarea><label for="new-comment">Your comment</label></div>
<div class="form-check mb-2"><input class="form-check-input" type="checkbox" id="notify"><label class="form-check-label" for="notify">Notify me of replies</label></div>
<button type="button" class="btn btn-primary">Post</button></form>
<div id="comment-list">${comments}</div></section>
</main>
${footer(g)}
${siteScript()}
${options.politely ?? ''}
${options.bodyEnd ?? ''}
</body>
</html>`;
}
