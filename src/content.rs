//! The guide's text as typed, static data, generated at build time from `content/<lang>/` by
//! `build.rs`. No Markdown or TOML parser ships in the wasm.

impl Default for Lang {
    fn default() -> Self {
        Lang::BUILT
    }
}

impl Lang {
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.iter().copied().find(|l| l.code().eq_ignore_ascii_case(code))
    }
}

#[derive(Debug, PartialEq)]
pub struct Reference {
    pub id: &'static str,
    pub title: &'static str,
    pub author: &'static str,
    /// Publication year, or for an undated page the year it was last checked (`dated` false).
    pub year: u16,
    pub dated: bool,
    pub url: &'static str,
}

#[derive(Debug, PartialEq)]
pub enum Inline {
    Text(&'static str),
    Strong(&'static [Inline]),
    Emph(&'static [Inline]),
    /// `https:`, `tel:`, `sms:` or `#/slug`, checked at build time.
    Link(&'static str, &'static [Inline]),
    /// Numbers into the chapter's sources (`Bundle::cited`), 1-based.
    Cite(&'static [usize]),
}

#[derive(Debug, PartialEq)]
pub enum Block {
    Heading(u8, &'static [Inline]),
    Para(&'static [Inline]),
    /// `true` for a numbered list.
    List(bool, &'static [&'static [Inline]]),
    /// An interactive simulation placed by `{{sim name}}` in the chapter's Markdown.
    Sim(Sim),
    /// A bullet list shown as cards (`{{cards}}` before it in the Markdown).
    Cards(&'static [&'static [Inline]]),
    /// Header cells, then rows of cells.
    Table(&'static [&'static [Inline]], &'static [&'static [&'static [Inline]]]),
    /// A new presenter-mode step inside a section (`{{step}}`).
    Step,
    /// A "pause and discuss" prompt for a class (`{{discuss}}` before it).
    Discuss(&'static [Inline]),
}

/// The simulations a chapter can place (names checked at build time by the content compiler).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sim {
    /// A drug, a dose and naloxone at the receptor.
    Receptors,
    /// The reward circuit's brake, with and without an opioid.
    Reward,
    /// Breathing for six hours after naloxone, short- and long-acting opioids.
    Rescue,
    /// Tolerance building over 60 days of use: the dose that feels the same and the dose that
    /// makes breathing life-threatening.
    Tolerance,
    /// Stopping, then taking the old amount again: breathing by days since stopping.
    Restart,
    /// What withdrawal is likely to bring, hour by hour, for a short-acting opioid or methadone.
    Withdrawal,
}

/// A run of a chapter as shown: ready HTML written at build time from our own checked Markdown
/// (every text escaped; see `content_compiler::html`), or a simulation. Each `Html` or `Sim` run
/// is one step in presenter mode (a `##` section, a simulation, or a part split off by
/// `{{step}}`); `Sources` ("How we know") comes last and is not a step.
#[derive(Debug, PartialEq)]
pub enum Segment {
    Html(Words),
    Sim(Sim),
    Sources(Words),
}

/// A run's number from its `data-w` as the page writes it, `next` being the run before's plus
/// one: an empty value is `next` (`ui::static_page::runs_in_order` leaves such numbers out);
/// `None` for anything that is not a number.
pub fn run_number(written: &str, next: usize) -> Option<usize> {
    if written.is_empty() {
        Some(next)
    } else {
        written.parse().ok()
    }
}

/// A run of ready HTML, numbered across the language (chapters, then pages).
///
/// The served page carries every run once, as `<div data-w="n">` in its static text
/// (`ui::static_page`, written by the build; `n` left out where it is the run before's plus one:
/// [`run_number`]). The app's build does not compile the runs in: before mounting, it takes them from that page ([`take_words`]): our own build's output, never anything
/// from a URL or a clinic. Native builds and the wasm test build (`words-in-wasm`) compile them in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Words {
    pub index: u16,
    #[cfg(words_in_wasm)]
    html: &'static str,
}

#[cfg(words_in_wasm)]
macro_rules! words {
    ($i:literal, $html:literal) => {
        Words { index: $i, html: $html }
    };
}
#[cfg(not(words_in_wasm))]
macro_rules! words {
    ($i:literal, $html:literal) => {
        Words { index: $i }
    };
}

/// A UI string only the build uses (the static page's, and those written into the chapters'
/// HTML): the app's build leaves it out.
#[cfg(words_in_wasm)]
macro_rules! build_time {
    ($text:literal) => {
        $text
    };
}
#[cfg(not(words_in_wasm))]
macro_rules! build_time {
    ($text:literal) => {
        ""
    };
}

#[cfg(not(words_in_wasm))]
static PAGE_WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

/// Keeps the runs read from the served page, by number (once; later calls are ignored).
pub fn take_words(runs: Vec<&'static str>) {
    #[cfg(not(words_in_wasm))]
    let _ = PAGE_WORDS.set(runs);
    #[cfg(words_in_wasm)]
    drop(runs);
}

impl Words {
    /// The run's HTML (empty if the page did not carry it).
    #[cfg(words_in_wasm)]
    pub fn html(self) -> &'static str {
        self.html
    }

    #[cfg(not(words_in_wasm))]
    pub fn html(self) -> &'static str {
        PAGE_WORDS.get().and_then(|runs| runs.get(self.index as usize)).copied().unwrap_or_default()
    }
}

#[derive(Debug, PartialEq)]
pub struct Chapter {
    pub slug: &'static str,
    pub title: &'static str,
    /// The lead under the title, as HTML (escaped text).
    pub summary: Words,
    /// ISO date, e.g. `2026-11-22`.
    pub reviewed: &'static str,
    /// The same date written for readers of this language.
    pub reviewed_display: &'static str,
    /// The body and "How we know", ready to show.
    pub html: &'static [Segment],
    /// The knowledge check at the chapter's end (none on a page).
    pub quiz: &'static [Question],
}

/// A knowledge-check question (`content/<lang>/classroom/<slug>.toml`): runs of HTML written at
/// build time from our own checked content, like a chapter's (citations numbered as in the
/// chapter), carried by the static page like the chapter's text.
#[derive(Debug, PartialEq)]
pub struct Question {
    /// The question, or a claim to call a myth or a fact.
    pub ask: Words,
    /// Each option's text (for a claim: "Myth", "Fact").
    pub options: &'static [Words],
    /// Each option's explanation, shown once that option is checked (a claim's two options share
    /// one run).
    pub why: &'static [Words],
    /// The right option.
    pub right: usize,
}

impl Chapter {
    /// Presenter mode's steps: the title and lead, each step of the body, then each question of
    /// the knowledge check.
    pub fn steps(&self) -> usize {
        self.quiz_step() + self.quiz.len()
    }

    /// The step of the knowledge check's first question (after the title and the body's steps).
    pub fn quiz_step(&self) -> usize {
        1 + self.html.iter().filter(|s| !matches!(s, Segment::Sources(_))).count()
    }

    /// Whether presenter mode's step `n` (from 0, the title) is a simulation.
    pub fn is_sim_step(&self, n: usize) -> bool {
        n > 0 && matches!(self.html.get(n - 1), Some(Segment::Sim(_)))
    }
}

/// One language's text.
pub struct Bundle {
    pub lang: Lang,
    pub chapters: &'static [Chapter],
    pub pages: &'static [Chapter],
    ui: &'static [&'static str],
}

// `Lang`, each language's generated module and `bundle` (see `build.rs`): a browser build carries
// the one language it shows, `Lang::BUILT`; native builds carry all.
include!(concat!(env!("OUT_DIR"), "/langs.rs"));

impl Bundle {
    /// A UI string by key, looked up at run time (tests, tools). The app writes `tr!(t, "key")`
    /// instead: checked by the build and resolved to an index at compile time.
    pub fn tr(&self, key: &str) -> &'static str {
        // The keys are reached only from here, so a build that never calls `tr` drops them.
        let keys = ui_keys(self.lang);
        keys.binary_search(&key).map_or("", |i| self.ui[i])
    }

    /// Every UI key, sorted (tests and tools; the app's build leaves them out).
    pub fn keys(&self) -> &'static [&'static str] {
        ui_keys(self.lang)
    }

    /// The UI string at an index from `ui_key!` (what `tr!` expands to).
    pub fn ui_at(&self, index: usize) -> &'static str {
        self.ui.get(index).copied().unwrap_or_default()
    }

    pub fn chapter(&self, slug: &str) -> Option<(usize, &'static Chapter)> {
        self.chapters.iter().enumerate().find(|(_, c)| c.slug == slug)
    }

    /// A chapter's or page's parsed text (for tests and tools; the app shows `Chapter::html`).
    pub fn body(&self, slug: &str) -> &'static [Block] {
        bodies(self.lang).iter().find(|(s, _)| *s == slug).map_or(&[], |(_, b)| b)
    }

    /// Every source of this language (for tests and tools; the app shows sources as HTML, so its
    /// build leaves these records out).
    pub fn references(&self) -> &'static [&'static Reference] {
        references(self.lang)
    }

    /// A chapter's or page's sources in order of first citation: citation `n` is `[n - 1]`.
    pub fn cited(&self, slug: &str) -> &'static [&'static Reference] {
        cited(self.lang).iter().find(|(s, _)| *s == slug).map_or(&[], |(_, r)| r)
    }

    /// The list of sources a simulation's model rests on, as HTML written at build time from
    /// `references.toml` (the entries whose `simulations` name it).
    pub fn sim_sources(&self, sim: Sim) -> Words {
        sim_sources(self.lang)(sim)
    }

    pub fn page(&self, slug: &str) -> Option<&'static Chapter> {
        self.pages.iter().find(|c| c.slug == slug)
    }
}

/// Fills `{name}` placeholders: `fill("Chapter {n} of {total}", &[("n", "2"), ("total", "9")])`.
/// One pass over the template; an unknown `{name}` is kept as written. Split, never indexed: a
/// string index can panic, and its panic message brings Rust's string formatting into the wasm.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let named = after
            .split_once('}')
            .and_then(|(name, tail)| values.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v, tail)));
        match named {
            Some((v, tail)) => {
                out.push_str(v);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A number with at most `decimals` decimals, trailing zeros dropped: `fixed(12.25, 1)` is "12.3"
/// (rounded half away from zero), `fixed(3.0, 1)` is "3". Written with integer formatting only, so
/// the wasm carries no float-printing code (about 20 KB).
pub fn fixed(x: f64, decimals: u32) -> String {
    let scale = 10i64.pow(decimals.min(6));
    let n = if x.is_finite() { (x * scale as f64).round() as i64 } else { 0 };
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    let (int, mut frac, mut width) = (n / scale as u64, n % scale as u64, decimals.min(6) as usize);
    if frac == 0 {
        return format!("{sign}{int}");
    }
    while frac % 10 == 0 {
        frac /= 10;
        width -= 1;
    }
    format!("{sign}{int}.{frac:0width$}")
}
