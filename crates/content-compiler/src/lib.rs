//! Build-time compiler for the guide's content.
//!
//! `build.rs` of the main crate calls [`compile`] with every file under `content/<lang>/` and
//! every Rust source file under `src/`. The result is Rust source text (typed statics) that the
//! app includes, so the wasm carries ready data and no Markdown or TOML parser.
//!
//! Every rule here fails the build with `file:line: message`:
//! - a chapter cites an unknown reference id, or cites none at all;
//! - a UI string key used in code (`tr("key")`) is missing from `ui.toml` (or is not a literal);
//! - a language lacks a key or chapter that English has (a missing translation);
//! - a stigmatising word appears in a chapter or in `ui.toml` (design.md, content rules);
//! - Markdown uses something the renderer does not support (raw HTML, images, tables, code…).

pub mod clinic;
pub mod html;
mod markdown;
pub mod quiz;
pub mod readability;
mod teach;
mod words;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

pub use markdown::{step_chars, steps, Block, Inline};

/// The self-checks a chapter may link to as `#/check/<slug>` (the app's `assessment::flow::Check`
/// slugs; a native test in the app keeps the two lists equal).
pub const CHECK_SLUGS: &[&str] = &["signs", "safer", "ready"];
pub use words::forbidden_words;

/// One problem in the content, pointing at a file and a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl ContentError {
    pub(crate) fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        Self { file: file.to_string(), line, message: message.into() }
    }
}

/// A file's path (as it should appear in messages) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        Self { path: path.into(), text: text.into() }
    }
}

/// Everything under `content/<lang>/`.
#[derive(Debug, Clone)]
pub struct LangSource {
    /// Language code, e.g. `en`.
    pub lang: String,
    /// Chapters, in reading order (the build sorts them by file name: `01-…`, `02-…`).
    pub chapters: Vec<SourceFile>,
    /// Free-standing pages reached from the shell (e.g. the privacy page); same format as chapters.
    pub pages: Vec<SourceFile>,
    pub ui: SourceFile,
    pub references: SourceFile,
    /// `classroom/<chapter slug>.toml`: each chapter's knowledge check (`quiz`).
    pub classroom: Vec<SourceFile>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub id: String,
    pub title: String,
    pub author: String,
    /// Publication year, or for an undated page the year it was last checked (`dated` false).
    pub year: u16,
    pub dated: bool,
    pub url: String,
    /// The simulations whose model rests on this source (listed under "What this model leaves
    /// out"), by their `{{sim name}}`.
    pub simulations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chapter {
    pub file: String,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub reviewed: String,
    pub body: Vec<Block>,
    /// Reference ids in order of first citation; a citation's number is its index + 1.
    pub cited: Vec<String>,
    /// The knowledge check (`classroom/<slug>.toml`); empty for pages.
    pub quiz: Vec<quiz::Question>,
    /// The notes for its teacher (the same file), from which the build writes the chapter's
    /// page for teachers (`teach::page`).
    pub notes: Option<quiz::Notes>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lang {
    pub lang: String,
    pub chapters: Vec<Chapter>,
    pub pages: Vec<Chapter>,
    pub ui: BTreeMap<String, String>,
    pub references: BTreeMap<String, Reference>,
}

/// Parses and validates every language, and checks the code's UI keys against each.
/// The first language is the reference every other must match (English).
pub fn compile(langs: &[LangSource], code: &[SourceFile]) -> Result<Vec<Lang>, Vec<ContentError>> {
    let mut errors = Vec::new();
    let used_keys = match ui_keys_used(code) {
        Ok(keys) => keys,
        Err(mut e) => {
            errors.append(&mut e);
            Vec::new()
        }
    };
    let mut out = Vec::new();
    for source in langs {
        match compile_lang(source) {
            Ok(lang) => {
                for used in &used_keys {
                    if !lang.ui.contains_key(&used.key) {
                        errors.push(ContentError::new(
                            &used.file,
                            used.line,
                            format!("UI string key \"{}\" is used here but missing from {}", used.key, source.ui.path),
                        ));
                    }
                }
                out.push(lang);
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    if let Some((first, rest)) = out.split_first() {
        for other in rest {
            errors.extend(missing_translations(first, other, langs));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn missing_translations(base: &Lang, other: &Lang, sources: &[LangSource]) -> Vec<ContentError> {
    let src = sources.iter().find(|s| s.lang == other.lang).expect("compiled from a source");
    let mut errors = Vec::new();
    for key in base.ui.keys().filter(|k| !other.ui.contains_key(*k)) {
        errors.push(ContentError::new(
            &src.ui.path,
            1,
            format!("missing translation: key \"{key}\" is in {} but not here", base.lang),
        ));
    }
    // Every language's UI strings share one index (`ui_key!`), so no language may add keys either.
    for key in other.ui.keys().filter(|k| !base.ui.contains_key(*k)) {
        errors.push(ContentError::new(
            &src.ui.path,
            1,
            format!("unknown key \"{key}\": it is not in {}, which every language follows", base.lang),
        ));
    }
    let slugs: BTreeSet<_> = other.chapters.iter().map(|c| c.slug.as_str()).collect();
    for ch in base.chapters.iter().filter(|c| !slugs.contains(c.slug.as_str())) {
        errors.push(ContentError::new(
            &src.ui.path,
            1,
            format!("missing translation: chapter \"{}\" ({}) has no {} version", ch.slug, ch.file, other.lang),
        ));
    }
    let pages: BTreeSet<_> = other.pages.iter().map(|c| c.slug.as_str()).collect();
    // (A page for teachers is written from a chapter's knowledge check: a missing one is said below.)
    for page in base.pages.iter().filter(|p| !pages.contains(p.slug.as_str()) && !p.slug.starts_with("teach/")) {
        errors.push(ContentError::new(
            &src.ui.path,
            1,
            format!("missing translation: page \"{}\" ({}) has no {} version", page.slug, page.file, other.lang),
        ));
    }
    let quizzes: BTreeSet<_> = other.chapters.iter().filter(|c| !c.quiz.is_empty()).map(|c| c.slug.as_str()).collect();
    for ch in base.chapters.iter().filter(|c| !c.quiz.is_empty() && !quizzes.contains(c.slug.as_str())) {
        errors.push(ContentError::new(
            &src.ui.path,
            1,
            format!("missing translation: the knowledge check of \"{}\" has no {} version", ch.slug, other.lang),
        ));
    }
    errors
}

/// Parses one language's files and checks its chapters against its references.
pub fn compile_lang(src: &LangSource) -> Result<Lang, Vec<ContentError>> {
    let mut errors = Vec::new();
    let (references, mut ref_errors) = parse_references(&src.references);
    errors.append(&mut ref_errors);
    let ui = parse_ui(&src.ui).unwrap_or_else(|e| {
        errors.push(e);
        BTreeMap::new()
    });
    errors.extend(words::check(&src.ui));

    let mut parse_all = |files: &[SourceFile], must_cite: bool| -> Vec<Chapter> {
        let mut chapters = Vec::new();
        for file in files {
            errors.extend(words::check(file));
            match markdown::parse_chapter(file) {
                Ok((chapter, cites)) => {
                    for (id, line) in &cites {
                        if !references.contains_key(id) {
                            errors.push(ContentError::new(
                                &file.path,
                                *line,
                                format!(
                                    "cites unknown reference id \"{id}\"; add it to {} or fix the id",
                                    src.references.path
                                ),
                            ));
                        }
                    }
                    if must_cite && cites.is_empty() {
                        errors.push(ContentError::new(
                            &file.path,
                            1,
                            "chapter has no references: every fact needs a citation such as [@reference-id]",
                        ));
                    }
                    chapters.push(chapter);
                }
                Err(e) => errors.extend(e),
            }
        }
        chapters
    };
    let mut chapters = parse_all(&src.chapters, true);
    let mut pages = parse_all(&src.pages, false);

    for file in &src.classroom {
        let slug = quiz::slug_of(file);
        let Some(chapter) = chapters.iter_mut().find(|c| c.slug == slug) else {
            errors.push(ContentError::new(
                &file.path,
                1,
                format!("\"{slug}\" is no chapter: name the file after its chapter's slug"),
            ));
            continue;
        };
        match quiz::parse(file, chapter) {
            Ok((q, notes)) => {
                chapter.quiz = q;
                chapter.notes = Some(notes);
            }
            Err(e) => errors.extend(e),
        }
    }
    // Each chapter's page for teachers, after the written pages.
    pages.extend(chapters.iter().filter_map(|c| Some(teach::page(c, c.notes.as_ref()?, &ui))));

    // A simulation placed in a chapter lists the sources its model rests on.
    for file in src.chapters.iter().chain(&src.pages) {
        for (i, text) in file.text.lines().enumerate() {
            let Some(sim) = text.trim().strip_prefix("{{sim ").and_then(|r| r.strip_suffix("}}")) else { continue };
            let known = markdown::SIMS.iter().any(|(k, _)| *k == sim);
            if known && !references.values().any(|r| r.simulations.iter().any(|s| s == sim)) {
                errors.push(ContentError::new(
                    &file.path,
                    i + 1,
                    format!(
                        "simulation \"{sim}\" has no sources: add simulations = [\"{sim}\"] to the references its model rests on in {}",
                        src.references.path
                    ),
                ));
            }
        }
    }

    // Presenter mode shows a chapter a step at a time, in type big enough for the back of a room
    // (24 px at 1280×720): a step must fit the screen without scrolling.
    for ch in &chapters {
        for step in markdown::steps(&ch.body) {
            let chars = markdown::step_chars(step);
            if chars > STEP_MAX_CHARS {
                let heading = step.iter().find_map(|b| match b {
                    Block::Heading(_, v) => Some(markdown::plain_text(v)),
                    _ => None,
                });
                errors.push(ContentError::new(
                    &ch.file,
                    1,
                    format!(
                        "a presenter-mode step has {chars} characters (at most {STEP_MAX_CHARS}) in \"{}\": split it with a {{{{step}}}} paragraph",
                        heading.unwrap_or_default()
                    ),
                ));
            }
        }
    }

    let mut seen = BTreeSet::new();
    for ch in chapters.iter().chain(&pages) {
        if !seen.insert(ch.slug.clone()) {
            errors.push(ContentError::new(&ch.file, 1, format!("slug \"{}\" is used twice", ch.slug)));
        }
    }
    for ch in chapters.iter().chain(&pages) {
        for (href, line) in markdown::internal_links(&ch.body) {
            let slug = href.trim_start_matches("#/");
            // A presenter-mode step of a chapter, `#/tolerance/3` (a step it lacks opens the chapter).
            let slug = match slug.rsplit_once('/') {
                Some((chapter, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => chapter,
                _ => slug,
            };
            let check = slug.strip_prefix("check/").is_some_and(|c| CHECK_SLUGS.contains(&c));
            if !seen.contains(slug) && !check {
                errors.push(ContentError::new(
                    &ch.file,
                    line,
                    format!("links to \"{href}\", which is no chapter, page or check"),
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(Lang { lang: src.lang.clone(), chapters, pages, ui, references })
    } else {
        Err(errors)
    }
}

/// The most text a presenter-mode step may hold (`markdown::step_chars`): what fits a 1280×720
/// screen at 24 px type without scrolling (checked end to end by the presenter walk).
pub const STEP_MAX_CHARS: usize = 950;

/// 1-based line of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// A TOML error in `parsed` (which starts at line `line_base + 1` of `path`).
pub(crate) fn toml_error(path: &str, parsed: &str, e: &toml::de::Error, line_base: usize) -> ContentError {
    let line = e.span().map_or(1, |s| line_of(parsed, s.start));
    ContentError::new(path, line + line_base, format!("TOML: {}", e.message().trim()))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReference {
    title: String,
    author: String,
    year: Option<u16>,
    accessed: Option<u16>,
    url: String,
    #[serde(default)]
    simulations: Vec<String>,
}

/// The references, and what is wrong with them (ids stay known even when an entry is faulty, so a
/// bad entry is reported once rather than again at every citation).
fn parse_references(file: &SourceFile) -> (BTreeMap<String, Reference>, Vec<ContentError>) {
    let raw: BTreeMap<String, RawReference> = match toml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(e) => return (BTreeMap::new(), vec![toml_error(&file.path, &file.text, &e, 0)]),
    };
    let mut errors = Vec::new();
    let mut out = BTreeMap::new();
    for (id, r) in raw {
        let line = file
            .text
            .lines()
            .position(|l| l.trim() == format!("[{id}]") || l.trim() == format!("[\"{id}\"]"))
            .map_or(1, |i| i + 1);
        let host = r.url.split("://").nth(1).unwrap_or("").split(['/', ':', '?']).next().unwrap_or("");
        if !r.url.starts_with("https://") && !r.url.starts_with("http://") {
            errors.push(ContentError::new(&file.path, line, format!("reference \"{id}\" needs a web address (url)")));
        } else if host.chars().all(|c| c.is_ascii_digit() || c == '.') {
            errors.push(ContentError::new(
                &file.path,
                line,
                format!(
                    "reference \"{id}\" points at a bare IP address; use the publisher's, PubMed's or a DOI address"
                ),
            ));
        }
        if r.title.trim().is_empty() || r.author.trim().is_empty() {
            errors.push(ContentError::new(&file.path, line, format!("reference \"{id}\" needs a title and an author")));
        }
        let (year, dated) = match (r.year, r.accessed) {
            (Some(y), None) => (y, true),
            (None, Some(y)) => (y, false),
            _ => {
                errors.push(ContentError::new(
                    &file.path,
                    line,
                    format!("reference \"{id}\" needs either year (published) or accessed (for an undated page)"),
                ));
                (0, false)
            }
        };
        for sim in &r.simulations {
            if !markdown::SIMS.iter().any(|(known, _)| known == sim) {
                errors.push(ContentError::new(
                    &file.path,
                    line,
                    format!(
                        "reference \"{id}\" names unknown simulation \"{sim}\"; known: {}",
                        markdown::SIMS.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
        }
        let simulations = r.simulations;
        out.insert(
            id.clone(),
            Reference { id, title: r.title, author: r.author, year, dated, url: r.url, simulations },
        );
    }
    (out, errors)
}

/// Flattens `ui.toml` (nested tables allowed) into dotted keys.
fn parse_ui(file: &SourceFile) -> Result<BTreeMap<String, String>, ContentError> {
    let table: toml::Table = toml::from_str(&file.text).map_err(|e| toml_error(&file.path, &file.text, &e, 0))?;
    let mut out = BTreeMap::new();
    fn walk(
        prefix: &str,
        t: &toml::Table,
        out: &mut BTreeMap<String, String>,
        file: &SourceFile,
    ) -> Result<(), ContentError> {
        for (k, v) in t {
            let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
            match v {
                toml::Value::String(s) => {
                    out.insert(key, s.clone());
                }
                toml::Value::Table(inner) => walk(&key, inner, out, file)?,
                _ => {
                    let line =
                        file.text.lines().position(|l| l.trim_start().starts_with(k.as_str())).map_or(1, |i| i + 1);
                    return Err(ContentError::new(&file.path, line, format!("\"{key}\" must be a string")));
                }
            }
        }
        Ok(())
    }
    walk("", &table, &mut out, file)?;
    Ok(out)
}

/// A UI key found in code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsedKey {
    pub key: String,
    pub file: String,
    pub line: usize,
}

/// Finds every `tr("key")` in the code. A `tr(` whose argument is not a string literal is an
/// error: the build could not check it.
pub fn ui_keys_used(code: &[SourceFile]) -> Result<Vec<UsedKey>, Vec<ContentError>> {
    let mut keys = Vec::new();
    let mut errors = Vec::new();
    for file in code {
        let text = &file.text;
        let mut from = 0;
        while let Some(pos) = text[from..].find("tr") {
            let at = from + pos;
            from = at + 2;
            // `tr("key")` (the method) or `tr!(bundle, "key")` (the macro the app uses).
            let macro_call = text[from..].starts_with("!(");
            if !macro_call && !text[from..].starts_with('(') {
                continue;
            }
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // e.g. `attr(`, `str(`
            }
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let line_text = &text[line_start..];
            let line_text = &line_text[..line_text.find('\n').unwrap_or(line_text.len())];
            if line_text.trim_start().starts_with("//")
                || line_text.contains("fn tr(")
                || line_text.contains("macro_rules! tr")
                || line_text.contains("($t:expr")
            {
                continue;
            }
            let rest = if macro_call {
                let args = &text[from + 2..];
                let comma = args.find(',').unwrap_or(args.len());
                args[(comma + 1).min(args.len())..].trim_start()
            } else {
                &text[from + 1..]
            };
            let line = line_of(text, at);
            if let Some(lit) = rest.strip_prefix('"') {
                match lit.find('"') {
                    Some(end) => keys.push(UsedKey { key: lit[..end].to_string(), file: file.path.clone(), line }),
                    None => errors.push(ContentError::new(&file.path, line, "unterminated UI key")),
                }
            } else {
                errors.push(ContentError::new(
                    &file.path,
                    line,
                    "tr(…) and tr!(…) must be given a string literal, so the build can check the key exists",
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(keys)
    } else {
        Err(errors)
    }
}

/// Rust source for one language, using the types in the app's `content` module: what the app
/// shows (`CHAPTERS`, `PAGES`, `sim_sources`, `UI`) and what only native tests reach, which the
/// wasm build therefore leaves out (`REFERENCES`, `CITED`, `BODIES`, `UI_KEYS`).
pub fn to_rust(lang: &Lang) -> String {
    let mut s = String::new();
    s.push_str("// @generated by content-compiler from content/");
    s.push_str(&lang.lang);
    s.push_str("/. Do not edit.\n");
    let ids: Vec<&String> = lang.references.keys().collect();
    for (i, r) in lang.references.values().enumerate() {
        s.push_str(&format!(
            "static REF_{i}: Reference = Reference {{ id: {:?}, title: {:?}, author: {:?}, year: {}, dated: {}, url: {:?} }};\n",
            r.id, r.title, r.author, r.year, r.dated, r.url
        ));
    }
    s.push_str("pub static REFERENCES: &[&Reference] = &[");
    for i in 0..ids.len() {
        s.push_str(&format!("&REF_{i}, "));
    }
    s.push_str("];\n");
    let months: Vec<&str> =
        lang.ui.get("date.months").map(|m| m.split(',').map(str::trim).collect()).unwrap_or_default();
    let date_format = lang.ui.get("date.format").map(String::as_str).unwrap_or("{year}-{month}-{day}");
    let refs = |c: &Chapter| -> String {
        c.cited
            .iter()
            .map(|id| format!("&REF_{}", ids.iter().position(|k| *k == id).expect("validated")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Every run of text is numbered across the language in the order the page the guide is
    // served with carries them (chapters, then pages; in each the summary, the text with a
    // simulation's sources where it stands, the knowledge check question by question, then "How
    // we know"): the page writes each as `data-w`, with the number only where it is not the one
    // before plus one, and the app's build takes them from there.
    let runs = std::cell::Cell::new(0usize);
    let next = || runs.replace(runs.get() + 1);
    // A simulation's sources are numbered where the simulation first stands.
    let sim_runs: std::cell::RefCell<Vec<(&str, usize)>> = Default::default();
    let chapter = |c: &Chapter| -> String {
        // The summary first (as HTML, escaped), then the text's runs.
        let summary = format!("words!({}, {:?})", next(), html::escape(&c.summary));
        let mut segments: Vec<String> = Vec::new();
        let mut sources = None;
        for seg in html::chapter_segments(lang, c) {
            match seg {
                html::Segment::Html(h) => segments.push(format!("Segment::Html(words!({}, {h:?}))", next())),
                html::Segment::Sim(variant) => {
                    let mut numbered = sim_runs.borrow_mut();
                    if !numbered.iter().any(|(v, _)| *v == variant) {
                        numbered.push((variant, next()));
                    }
                    segments.push(format!("Segment::Sim(Sim::{variant})"));
                }
                // "How we know" comes after the knowledge check on the page.
                html::Segment::Sources(h) => sources = Some(h),
            }
        }
        // The knowledge check: its text is in the static page too (a self-quiz there, answers
        // behind "Show the answers"), so it is runs like the chapter's: the question, then each
        // option with its explanation (a claim's one explanation is a single run, named by both
        // options), in that order.
        let quiz: Vec<String> = c
            .quiz
            .iter()
            .map(|q| {
                let (ask, options, why) = html::question(lang, q);
                let run = |h: &String| format!("words!({}, {h:?})", next());
                let ask = run(&ask);
                let mut opts: Vec<String> = Vec::new();
                let mut whys: Vec<String> = Vec::new();
                for (i, (o, w)) in options.iter().zip(&why).enumerate() {
                    opts.push(run(o));
                    let same = i > 0 && why[i - 1] == *w;
                    whys.push(if same { whys[i - 1].clone() } else { run(w) });
                }
                format!(
                    "Question {{ ask: {ask}, options: &[{}], why: &[{}], right: {} }}",
                    opts.join(", "),
                    whys.join(", "),
                    q.right
                )
            })
            .collect();
        if let Some(h) = sources {
            segments.push(format!("Segment::Sources(words!({}, {h:?}))", next()));
        }
        format!(
            "Chapter {{ slug: {:?}, title: {:?}, summary: {summary}, reviewed: {:?}, reviewed_display: {:?}, html: &[{}], quiz: &[{}] }}",
            c.slug,
            c.title,
            c.reviewed,
            display_date(&c.reviewed, &months, date_format),
            segments.join(", "),
            quiz.join(", ")
        )
    };
    s.push_str("pub static CHAPTERS: &[Chapter] = &[\n");
    for c in &lang.chapters {
        s.push_str(&format!("    {},\n", chapter(c)));
    }
    // Each simulation's sources as ready HTML, so the wasm carries no reference records.
    s.push_str("];\npub static PAGES: &[Chapter] = &[\n");
    for c in &lang.pages {
        s.push_str(&format!("    {},\n", chapter(c)));
    }
    // A simulation no chapter places is numbered last.
    s.push_str("];\npub fn sim_sources(sim: Sim) -> Words {\n    match sim {\n");
    for (name, variant) in markdown::SIMS {
        let placed = sim_runs.borrow().iter().find(|(v, _)| v == variant).map(|(_, n)| *n);
        let n = placed.unwrap_or_else(next);
        s.push_str(&format!("        Sim::{variant} => words!({n}, {:?}),\n", html::sim_sources(lang, name)));
    }
    s.push_str("    }\n}\n");
    // The parsed text, for native tests (reading level, citations); the app shows `html` and never
    // reaches these, so its build leaves them out.
    s.push_str("pub static BODIES: &[(&str, &[Block])] = &[\n");
    for c in lang.chapters.iter().chain(&lang.pages) {
        s.push_str(&format!(
            "    ({:?}, &[{}]),\n",
            c.slug,
            c.body.iter().map(Block::to_rust).collect::<Vec<_>>().join(", ")
        ));
    }
    // Each chapter's and page's sources in order of first citation, for native tests; the app
    // shows them as HTML, so its build leaves these records out.
    s.push_str("];\npub static CITED: &[(&str, &[&Reference])] = &[\n");
    for c in lang.chapters.iter().chain(&lang.pages) {
        s.push_str(&format!("    ({:?}, &[{}]),\n", c.slug, refs(c)));
    }
    // Keys and values in the same (sorted) order; `ui_key!` gives a key's index at compile time.
    s.push_str("];\n/// Sorted, for `Bundle::tr` (tests); the app's `tr!` never needs them.\npub static UI_KEYS: &[&str] = &[\n");
    for k in lang.ui.keys() {
        s.push_str(&format!("    {k:?},\n"));
    }
    // `[static]` strings are shown only by the static page the build writes, and `[chapter]` and
    // `[date]` ones are written into the chapters' HTML here: `build_time!` leaves them out of the
    // app's build.
    s.push_str("];\npub static UI: &[&str] = &[\n");
    for (k, v) in &lang.ui {
        if ["static.", "chapter.", "date."].iter().any(|p| k.starts_with(p)) {
            s.push_str(&format!("    build_time!({v:?}),\n"));
        } else {
            s.push_str(&format!("    {v:?},\n"));
        }
    }
    s.push_str("];\n");
    s
}

/// `macro_rules! ui_key` mapping each UI key (as a literal) to its index in every language's `UI`
/// (all languages have the same keys: the build checks it), so the wasm carries no keys.
pub fn ui_key_macro(reference: &Lang) -> String {
    let mut s = String::from("// @generated by content-compiler. Do not edit.\nmacro_rules! ui_key {\n");
    for (i, k) in reference.ui.keys().enumerate() {
        s.push_str(&format!("    ({k:?}) => {{ {i} }};\n"));
    }
    s.push_str("}\n");
    s
}

/// `2026-11-22` with months `January,…` and format `{month} {day}, {year}` → `November 22, 2026`.
pub fn display_date(iso: &str, months: &[&str], format: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    if parts.len() != 3 {
        return iso.to_string();
    }
    let month = parts[1].parse::<usize>().ok().and_then(|m| months.get(m.wrapping_sub(1)).copied()).unwrap_or(parts[1]);
    let day = parts[2].trim_start_matches('0');
    format.replace("{year}", parts[0]).replace("{month}", month).replace("{day}", day)
}
