#!/usr/bin/env python3
"""Writes the five seed articles (seeds/*.txt) as saved web pages for HtmlSeedsTest and the eval.

Each page wraps the seed's paragraphs in an <article> and surrounds them with page furniture written
for the test: a cookie banner, a site menu, a breadcrumb, a share bar, a photo with a caption, related
links and a footer. The seed's date line becomes JSON-LD datePublished and a short first headline line
the <h1>; every other line of the seed stays a paragraph, furniture lines of the seed included, so that
the pages test the HTML extraction, not a tidier text. No canonical URL: a local page keeps its file name
as its id, like the .txt seed. Run from the project root: python3 src/test/resources/html-seeds/make-pages.py
"""
import html
import json
import pathlib
import re

SEEDS = pathlib.Path("seeds")
OUT = pathlib.Path("src/test/resources/html-seeds")

COOKIE = """<div class="cookie-notice" id="gdpr-consent">
  <p>This site uses cookies to give you a better experience. Accept the cookies or change your settings.</p>
  <button>Accept</button> <button>Settings</button>
</div>"""
MENU = """<header class="masthead">
  <a class="brand" href="/">World Desk</a>
  <nav class="main-menu"><ul>
    <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/markets">Markets</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li>
  </ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/world">World</a> / <a href="/world/middle-east">Middle East</a></div>"""
SHARE = """<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<figure class="lead-image"><img src="/img/lead.jpg" alt="Diplomats arrive for talks">
  <figcaption>Diplomats arrive for talks at the ministry building. Photo: Staff photographer / World Desk</figcaption></figure>"""
RELATED = """<aside class="related-links"><h2>More on this story</h2><ul>
  <li><a href="/r/1">Ceasefire talks stall as fighting spreads to the north</a></li>
  <li><a href="/r/2">Envoy warns of a long road to a settlement</a></li>
  <li><a href="/r/3">Explainer: who is who in the conflict</a></li>
</ul></aside>"""
FOOTER = """<section class="newsletter"><p>Sign up for the evening briefing, delivered every weekday.</p></section>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/privacy">Privacy policy</a></li></ul><p>World Desk 2013. All rights reserved.</p></footer>"""

DATE_LINE = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) (.*)$", re.S)


def paragraphs(text):
    # no seed is hard-wrapped: every line is a paragraph (some seeds put a blank line between them)
    return [line for line in text.split("\n") if line.strip()]


def looks_like_headline(p):
    return len(p.split()) <= 15 and not p.rstrip().endswith((".", ":", ","))


def page(seed):
    paras = paragraphs(seed.read_text(encoding="utf-8"))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle"}
    m = DATE_LINE.match(paras[0])
    if m:
        ld["datePublished"] = m.group(1)
        paras[0] = m.group(2)
    title = None
    for i in range(min(2, len(paras) - 1)):
        if looks_like_headline(paras[i]) and not paras[i].startswith("Support"):
            title = paras.pop(i)
            break
    headline = title or " ".join(paras[0].split()[:8]) + " ..."
    ld["headline"] = headline
    body = "\n".join("      <p>" + html.escape(p.strip(), quote=False) + "</p>" for p in paras)
    h1 = f"      <h1>{html.escape(title)}</h1>\n" if title else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(headline)} | World Desk</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>var pageType = "article";</script>
</head>
<body>
{COOKIE}
{MENU}
<main>
  <div class="layout">
    <article class="story">
{h1}{SHARE}
      <div class="story-body">
{body}
      </div>
{RELATED}
    </article>
  </div>
</main>
{FOOTER}
</body>
</html>
"""


for seed in sorted(SEEDS.glob("*.txt")):
    (OUT / (seed.stem + ".html")).write_text(page(seed), encoding="utf-8")
