//! The shipped content against the design's content rules: reading level, length, sources.

use content_compiler::readability::{fernandez_huerta, fk_grade, inflesz, word_count};
use opioid_explainer::content::{bundle, Block, Chapter, Inline, Lang};

fn text(v: &[Inline], out: &mut String) {
    for i in v {
        match i {
            Inline::Text(t) => out.push_str(t),
            Inline::Strong(c) | Inline::Emph(c) | Inline::Link(_, c) => text(c, out),
            Inline::Cite(_) => {}
        }
    }
}

/// The main text a reader reads, block by block (headings and list items count as sentences).
fn blocks(c: &Chapter) -> Vec<String> {
    blocks_in(Lang::En, c)
}

fn blocks_in(lang: Lang, c: &Chapter) -> Vec<String> {
    // The summary is kept as escaped HTML (it is a run the static page carries).
    let summary = [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")]
        .iter()
        .fold(c.summary.html().to_string(), |s, (from, to)| s.replace(from, to));
    let mut out = vec![summary];
    for b in bundle(lang).body(c.slug) {
        let items: Vec<&[Inline]> = match b {
            Block::Heading(_, v) | Block::Para(v) | Block::Discuss(v) => vec![v],
            Block::List(_, items) | Block::Cards(items) => items.to_vec(),
            // Table cells are short phrases, not sentences: left out of the reading level.
            Block::Table(..) | Block::Sim(_) | Block::Step => vec![],
        };
        for v in items {
            let mut s = String::new();
            text(v, &mut s);
            out.push(s);
        }
    }
    out
}

#[test]
fn every_chapter_reads_at_grade_8_or_lower() {
    for c in bundle(Lang::En).chapters.iter().chain(bundle(Lang::En).pages) {
        let grade = fk_grade(&blocks(c));
        println!("{}: grade {grade:.1}, {} words", c.slug, word_count(&blocks(c)));
        assert!(grade <= 8.0, "{} reads at grade {grade:.1}", c.slug);
    }
}

/// Spanish: Fernández-Huerta at least 70 ("fairly easy", about 6th grade) for every chapter and
/// page, and for the knowledge checks' questions and answers, as the English grade 8 rule.
#[test]
fn every_spanish_chapter_is_fairly_easy_to_read() {
    let t = bundle(Lang::Es);
    for c in t.chapters.iter().chain(t.pages.iter().filter(|p| !p.slug.starts_with("teach/"))) {
        let b = blocks_in(Lang::Es, c);
        let (ease, scale) = (fernandez_huerta(&b), inflesz(&b));
        println!("{}: Fernández-Huerta {ease:.1}, INFLESZ {scale:.1}, {} words", c.slug, word_count(&b));
        assert!(ease >= 70.0, "{} reads at Fernández-Huerta {ease:.1} (INFLESZ {scale:.1})", c.slug);
    }
}

#[test]
fn what_opioids_are_has_300_to_600_words() {
    let (_, c) = bundle(Lang::En).chapter("what-are-opioids").expect("the first chapter");
    let n = word_count(&blocks(c));
    assert!((300..=600).contains(&n), "{n} words");
}

#[test]
fn what_opioids_are_covers_what_the_issue_asks() {
    let (i, c) = bundle(Lang::En).chapter("what-are-opioids").expect("the first chapter");
    assert_eq!(i, 0, "it is the first chapter");
    let all = blocks(c).join(" ");
    for needle in [
        "Natural opioids",
        "Semi-synthetic",
        "Synthetic opioids",
        "Fentanyl and methadone",
        "not made from morphine",
        "endorphins",
        "enkephalins",
        "dynorphins",
        "mu, delta and kappa",
        "pain",
        "breathing",
    ] {
        assert!(all.contains(needle), "mentions {needle:?}");
    }
}

#[test]
fn every_chapter_cites_sources_and_every_citation_resolves() {
    let t = bundle(Lang::En);
    for c in t.chapters {
        let max = t.cited(c.slug).len();
        assert!(max > 0, "{} has sources", c.slug);
        fn cites(v: &[Inline], max: usize) {
            for i in v {
                match i {
                    Inline::Cite(n) => assert!(n.iter().all(|n| (1..=max).contains(n))),
                    Inline::Strong(c) | Inline::Emph(c) | Inline::Link(_, c) => cites(c, max),
                    Inline::Text(_) => {}
                }
            }
        }
        for b in t.body(c.slug) {
            match b {
                Block::Heading(_, v) | Block::Para(v) | Block::Discuss(v) => cites(v, max),
                Block::List(_, items) | Block::Cards(items) => items.iter().for_each(|v| cites(v, max)),
                Block::Table(head, rows) => {
                    head.iter().chain(rows.iter().flat_map(|r| r.iter())).for_each(|v| cites(v, max))
                }
                Block::Sim(_) | Block::Step => {}
            }
        }
        for r in t.cited(c.slug) {
            assert!(r.url.starts_with("http"), "{} has a web address", r.id);
        }
    }
}

#[test]
fn fill_puts_values_in_their_places_and_leaves_the_rest_alone() {
    use opioid_explainer::content::fill;
    assert_eq!(fill("Chapter {n} of {total}", &[("n", "2"), ("total", "9")]), "Chapter 2 of 9");
    assert_eq!(fill("{a} and {a}", &[("a", "x")]), "x and x");
    assert_eq!(fill("{a} {b}", &[("a", "1")]), "1 {b}");
    assert_eq!(fill("open { and {unclosed", &[("unclosed", "no")]), "open { and {unclosed");
    assert_eq!(fill("{n} doses", &[("n", "{n}")]), "{n} doses", "a value is not filled again");
    assert_eq!(fill("¿{n} días?{", &[("n", "3½")]), "¿3½ días?{", "letters of more than one byte, a brace at the end");
    assert_eq!(fill("}{}{n}", &[("n", "é"), ("", "empty")]), "}emptyé");
}
