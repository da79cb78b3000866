//! Chapters as ready HTML, written at build time: the app inserts these strings instead of building
//! every paragraph with `html!`, which keeps the wasm small and the first paint fast.
//!
//! Only our own content reaches this: Markdown already limited to a checked subset (no raw HTML;
//! links only `https:`, `tel:`, `sms:` or `#/`), every text and attribute escaped here. Nothing a
//! clinic or a URL supplies is ever rendered as HTML.

use crate::markdown::{Block, Inline, SIMS};
use crate::{Chapter, Lang, Reference};

/// A run of a chapter's body: a step of ready HTML, a simulation (by its `Sim` variant name), or
/// the chapter's sources ("How we know", always last, and not a step).
///
/// Steps are what presenter mode shows one at a time: each `##` section is one, a simulation is
/// one of its own, and `{{step}}` splits a long section (text after a simulation starts a new one).
#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    Html(String),
    Sim(&'static str),
    Sources(String),
}

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn ui<'a>(lang: &'a Lang, key: &'a str) -> &'a str {
    lang.ui.get(key).map_or(key, String::as_str)
}

fn inlines(lang: &Lang, v: &[Inline], out: &mut String) {
    for i in v {
        match i {
            Inline::Text(t) => out.push_str(&escape(t)),
            Inline::Strong(c) => {
                out.push_str("<strong>");
                inlines(lang, c, out);
                out.push_str("</strong>");
            }
            Inline::Emph(c) => {
                out.push_str("<em>");
                inlines(lang, c, out);
                out.push_str("</em>");
            }
            Inline::Link { href, children, .. } => {
                out.push_str(&format!("<a href=\"{}\"", escape(href)));
                if href.starts_with("https://") {
                    out.push_str(" rel=\"noreferrer\" target=\"_blank\"");
                }
                out.push('>');
                inlines(lang, children, out);
                out.push_str("</a>");
            }
            Inline::Cite(numbers) => {
                // "[1, 2]" for the eye, "Source 1, 2" for a screen reader: the brackets are drawn
                // by the style sheet with empty alternative text (`.cite::before`), so the numbers
                // are written once. A word joiner (U+2060) first, so a line never breaks between a
                // sentence and its citation.
                let list = numbers.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                out.push_str(&format!(
                    "\u{2060}<sup class=\"cite\"><span class=\"visually-hidden\"> {} </span>{list}</sup>",
                    escape(ui(lang, "chapter.source"))
                ));
            }
        }
    }
}

/// "How we know": the chapter's sources, numbered as cited.
fn sources(lang: &Lang, refs: &[&Reference], out: &mut String) {
    out.push_str(&format!(
        "<section class=\"sources\" aria-labelledby=\"sources-heading\"><h2 id=\"sources-heading\">{}</h2><p>{}</p><ol class=\"sources__list\">",
        escape(ui(lang, "chapter.sources")),
        escape(ui(lang, "chapter.sources_intro"))
    ));
    source_items(lang, refs, out);
    out.push_str("</ol></section>");
}

/// One `<li>` a source: linked title, author, year (or the year an undated page was checked).
fn source_items(lang: &Lang, refs: &[&Reference], out: &mut String) {
    for r in refs {
        let when = if r.dated {
            r.year.to_string()
        } else {
            ui(lang, "chapter.checked").replace("{year}", &r.year.to_string())
        };
        out.push_str(&format!(
            "<li><a href=\"{}\" rel=\"noreferrer\" target=\"_blank\">{}</a>. {} ({}).</li>",
            escape(&r.url),
            escape(&r.title),
            escape(&r.author),
            escape(&when)
        ));
    }
}

/// The sources a simulation's model rests on, as a list (the references that name it in their
/// `simulations`), written like a chapter's "How we know".
pub fn sim_sources(lang: &Lang, sim: &str) -> String {
    let refs: Vec<&Reference> = lang.references.values().filter(|r| r.simulations.iter().any(|s| s == sim)).collect();
    let mut out = String::from("<ul>");
    source_items(lang, &refs, &mut out);
    out.push_str("</ul>");
    out
}

/// A chapter's body and sources as segments of HTML: its steps, then its sources.
pub fn chapter_segments(lang: &Lang, c: &Chapter) -> Vec<Segment> {
    let mut segments = Vec::new();
    for step in crate::markdown::steps(&c.body) {
        if let [Block::Sim(id)] = step {
            let variant = SIMS.iter().find(|(k, _)| k == id).map_or("", |(_, v)| *v);
            segments.push(Segment::Sim(variant));
            continue;
        }
        let mut out = String::new();
        for b in step {
            block(lang, b, &mut out);
        }
        segments.push(Segment::Html(out));
    }
    let refs: Vec<&Reference> = c.cited.iter().filter_map(|id| lang.references.get(id)).collect();
    if !refs.is_empty() {
        let mut out = String::new();
        sources(lang, &refs, &mut out);
        segments.push(Segment::Sources(out));
    }
    segments
}

/// Inline content as HTML.
fn inline_html(lang: &Lang, v: &[Inline]) -> String {
    let mut out = String::new();
    inlines(lang, v, &mut out);
    out
}

/// A knowledge-check question as HTML: the question (a claim, for myth or fact, in the words of
/// `chapter.myth_or_fact`), each option's text (`chapter.myth` and `chapter.fact` for a claim)
/// and each option's explanation.
pub fn question(lang: &Lang, q: &crate::quiz::Question) -> (String, Vec<String>, Vec<String>) {
    let ask = inline_html(lang, &q.ask);
    if q.myth_or_fact {
        let ask = escape(ui(lang, "chapter.myth_or_fact")).replace("{claim}", &ask);
        let options = vec![escape(ui(lang, "chapter.myth")), escape(ui(lang, "chapter.fact"))];
        return (ask, options, q.options.iter().map(|(_, why)| inline_html(lang, why)).collect());
    }
    let (options, why) = q.options.iter().map(|(text, why)| (inline_html(lang, text), inline_html(lang, why))).unzip();
    (ask, options, why)
}

/// `open`, each item of inline content between `item`'s two tags, then `close`.
fn each(lang: &Lang, open: &str, item: (&str, &str), items: &[Vec<Inline>], close: &str, out: &mut String) {
    out.push_str(open);
    for v in items {
        out.push_str(item.0);
        inlines(lang, v, out);
        out.push_str(item.1);
    }
    out.push_str(close);
}

/// One block as HTML.
fn block(lang: &Lang, b: &Block, out: &mut String) {
    match b {
        Block::Step | Block::Sim(_) => {}
        Block::Section(class, blocks) => {
            out.push_str(&format!("<section class=\"{class}\">"));
            for b in blocks {
                block(lang, b, out);
            }
            out.push_str("</section>");
        }
        Block::Worksheet(items) => {
            out.push_str("<ol class=\"worksheet\">");
            for (ask, options) in items {
                out.push_str("<li><p>");
                inlines(lang, ask, out);
                out.push_str("</p>");
                each(lang, "<ul>", ("<li>", "</li>"), options, "</ul>", out);
                out.push_str("</li>");
            }
            out.push_str("</ol>");
        }
        Block::Discuss(v) => {
            out.push_str(&format!("<p class=\"discuss\"><strong>{}</strong> ", escape(ui(lang, "chapter.discuss"))));
            inlines(lang, v, out);
            out.push_str("</p>");
        }
        Block::Heading(n, v) => {
            out.push_str(&format!("<h{n}>"));
            inlines(lang, v, out);
            out.push_str(&format!("</h{n}>"));
        }
        Block::Para(v) => {
            out.push_str("<p>");
            inlines(lang, v, out);
            out.push_str("</p>");
        }
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            each(lang, &format!("<{tag}>"), ("<li>", "</li>"), items, &format!("</{tag}>"), out);
        }
        Block::Cards(items) => {
            each(lang, "<ul class=\"cards\">", ("<li class=\"card\">", "</li>"), items, "</ul>", out)
        }
        Block::Table { head, rows } => {
            // On a narrow screen the table stacks: each row becomes a card headed by its row
            // header, each cell labelled by its column (`data-label`, shown by CSS). The
            // explicit roles keep it a table for screen readers when CSS changes `display`.
            let labels: Vec<String> = head.iter().map(|v| escape(crate::markdown::plain_text(v).trim())).collect();
            each(
                lang,
                "<div class=\"table-wrap\"><table role=\"table\"><thead role=\"rowgroup\"><tr role=\"row\">",
                ("<th scope=\"col\" role=\"columnheader\">", "</th>"),
                head,
                "</tr></thead><tbody role=\"rowgroup\">",
                out,
            );
            for row in rows {
                out.push_str("<tr role=\"row\">");
                for (i, cell) in row.iter().enumerate() {
                    if i == 0 {
                        out.push_str("<th scope=\"row\" role=\"rowheader\">");
                    } else {
                        let label = labels.get(i).map_or("", String::as_str);
                        out.push_str(&format!("<td role=\"cell\" data-label=\"{label}\">"));
                    }
                    inlines(lang, cell, out);
                    out.push_str(if i == 0 { "</th>" } else { "</td>" });
                }
                out.push_str("</tr>");
            }
            out.push_str("</tbody></table></div>");
        }
    }
}
