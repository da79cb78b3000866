//! Chapters: TOML front matter between `+++` lines, then a small, checked subset of Markdown.
//!
//! Supported: `##`/`###` headings, paragraphs, bullet and numbered lists (not nested), tables
//! (a header row, then rows; shown in a sideways-scrolling region on a phone), `*em*`,
//! `**strong**`, links (`https:`, `tel:`, `sms:`, or `#/slug` to another chapter) and citations in
//! the pandoc style `[@id]` or `[@id; @other]`. Anything else is a build error, so nothing the
//! renderer cannot show safely ever reaches a reader.
//!
//! Markers, each a paragraph of its own: `{{sim name}}` places a simulation, `{{cards}}` shows the
//! next bullet list as cards, `{{step}}` starts a new presenter-mode step inside a section, and
//! `{{discuss}}` makes the next paragraph a "pause and discuss" prompt for a class.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::{line_of, toml_error, Chapter, ContentError, SourceFile};

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(u8, Vec<Inline>),
    Para(Vec<Inline>),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    /// An interactive simulation, written as a paragraph of its own: `{{sim receptors}}`.
    Sim(String),
    /// A bullet list shown as cards (a paragraph `{{cards}}` just before the list), for short
    /// findings each led by a bold figure.
    Cards(Vec<Vec<Inline>>),
    /// A table: header cells, then rows of cells.
    Table {
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// Where presenter mode starts a new step inside a section (a paragraph `{{step}}`); every
    /// `##` heading and every simulation starts one too.
    Step,
    /// A "pause and discuss" prompt for a class (a paragraph `{{discuss}}` just before it), shown
    /// in presenter mode.
    Discuss(Vec<Inline>),
    /// Not from Markdown: a part of a page the build writes (a teacher's page, `teach`), as
    /// `<section class="…">` so the print style sheet can tell the notes from the handout.
    Section(&'static str, Vec<Block>),
    /// Not from Markdown: a handout's worksheet, each question with its options to tick.
    Worksheet(Vec<(Vec<Inline>, Vec<Vec<Inline>>)>),
}

/// The simulations a chapter may place, as `(id in Markdown, variant of the app's `Sim` enum)`.
pub const SIMS: &[(&str, &str)] = &[
    ("receptors", "Receptors"),
    ("reward", "Reward"),
    ("rescue", "Rescue"),
    ("tolerance", "Tolerance"),
    ("restart", "Restart"),
    ("withdrawal", "Withdrawal"),
];

#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Emph(Vec<Inline>),
    Link {
        href: String,
        children: Vec<Inline>,
        line: usize,
    },
    /// Citation numbers (1-based, in order of first citation in the chapter).
    Cite(Vec<usize>),
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    slug: String,
    title: String,
    summary: String,
    reviewed: toml::value::Datetime,
}

enum Frame {
    Block(Block, Vec<Inline>),
    List { ordered: bool, items: Vec<Vec<Inline>> },
    Item(Vec<Inline>),
    Strong(Vec<Inline>),
    Emph(Vec<Inline>),
    Link(String, usize, Vec<Inline>),
    Table { head: Vec<Vec<Inline>>, rows: Vec<Vec<Vec<Inline>>> },
    Row(Vec<Vec<Inline>>),
    Cell(Vec<Inline>),
}

impl Frame {
    fn inlines(&mut self) -> Option<&mut Vec<Inline>> {
        match self {
            Frame::Block(_, v)
            | Frame::Item(v)
            | Frame::Strong(v)
            | Frame::Emph(v)
            | Frame::Link(_, _, v)
            | Frame::Cell(v) => Some(v),
            Frame::List { .. } | Frame::Table { .. } | Frame::Row(_) => None,
        }
    }
}

/// Every citation in a chapter: `(reference id, line)`.
pub type Citations = Vec<(String, usize)>;

/// Parses a chapter. Returns it with every citation so the caller can check the ids.
pub fn parse_chapter(file: &SourceFile) -> Result<(Chapter, Citations), Vec<ContentError>> {
    let err = |line: usize, msg: &str| vec![ContentError::new(&file.path, line, msg)];
    let text = file.text.replace("\r\n", "\n");
    let rest = text
        .strip_prefix("+++\n")
        .ok_or_else(|| err(1, "a chapter starts with TOML front matter between two +++ lines"))?;
    let end = rest.find("\n+++\n").ok_or_else(|| err(1, "front matter is not closed by a +++ line"))?;
    let front = &rest[..end + 1];
    let fm: FrontMatter = toml::from_str(front).map_err(|e| vec![toml_error(&file.path, front, &e, 1)])?;
    if fm.slug.is_empty() || !fm.slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        return Err(err(2, "slug must be lowercase letters, digits and hyphens, e.g. what-are-opioids"));
    }
    let body_start_line = front.matches('\n').count() + 3; // two "+++" lines + front matter
    let body = &rest[end + 5..];
    let mut errors = Vec::new();
    let mut blocks = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut cite_ids: Vec<String> = Vec::new();
    let mut cites: Vec<(String, usize)> = Vec::new();
    // Set by a `{{cards}}` paragraph: the next block must be a bullet list, shown as cards.
    let mut cards_at: Option<(usize, usize)> = None; // (line, blocks before it)
                                                     // Set by a `{{discuss}}` paragraph: the next block must be a paragraph, the prompt.
    let mut discuss_at: Option<(usize, usize)> = None;

    for (event, range) in Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter() {
        let line = body_start_line + line_of(body, range.start) - 1;
        let mut unsupported = |what: &str| {
            errors.push(ContentError::new(&file.path, line, format!("{what} is not supported in chapters")));
        };
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {
                    if !matches!(stack.last(), Some(Frame::Item(_))) {
                        stack.push(Frame::Block(Block::Para(Vec::new()), Vec::new()));
                    }
                }
                Tag::Heading { level, .. } => {
                    let n = match level {
                        HeadingLevel::H2 => 2,
                        HeadingLevel::H3 => 3,
                        _ => {
                            unsupported("a heading other than ## or ### (the title is the page's only h1)");
                            3
                        }
                    };
                    stack.push(Frame::Block(Block::Heading(n, Vec::new()), Vec::new()));
                }
                Tag::List(start) => {
                    if stack.iter().any(|f| matches!(f, Frame::List { .. })) {
                        unsupported("a nested list");
                    }
                    stack.push(Frame::List { ordered: start.is_some(), items: Vec::new() });
                }
                Tag::Item => stack.push(Frame::Item(Vec::new())),
                Tag::Emphasis => stack.push(Frame::Emph(Vec::new())),
                Tag::Strong => stack.push(Frame::Strong(Vec::new())),
                Tag::Link { dest_url, .. } => {
                    let href = dest_url.to_string();
                    let ok = href.starts_with("https://")
                        || href.starts_with("tel:")
                        || href.starts_with("sms:")
                        || href.starts_with("#/");
                    if !ok {
                        errors.push(ContentError::new(
                            &file.path,
                            line,
                            format!("link \"{href}\" must start with https://, tel:, sms: or #/"),
                        ));
                    }
                    stack.push(Frame::Link(href, line, Vec::new()));
                }
                Tag::BlockQuote(_) => unsupported("a block quote"),
                Tag::CodeBlock(_) => unsupported("a code block"),
                Tag::HtmlBlock => unsupported("raw HTML"),
                Tag::Image { .. } => unsupported("an image"),
                Tag::Table(_) => stack.push(Frame::Table { head: Vec::new(), rows: Vec::new() }),
                Tag::TableHead | Tag::TableRow => stack.push(Frame::Row(Vec::new())),
                Tag::TableCell => stack.push(Frame::Cell(Vec::new())),
                _ => unsupported("this Markdown construct"),
            },
            Event::End(end) => {
                let Some(frame) = (match end {
                    TagEnd::Paragraph if matches!(stack.last(), Some(Frame::Item(_))) => None,
                    TagEnd::Paragraph
                    | TagEnd::Heading(_)
                    | TagEnd::List(_)
                    | TagEnd::Item
                    | TagEnd::Emphasis
                    | TagEnd::Strong
                    | TagEnd::Link
                    | TagEnd::Table
                    | TagEnd::TableHead
                    | TagEnd::TableRow
                    | TagEnd::TableCell => stack.pop(),
                    _ => None,
                }) else {
                    // A loose list item's paragraph: keep a space between its paragraphs.
                    if let Some(Frame::Item(v)) = stack.last_mut() {
                        v.push(Inline::Text(" ".into()));
                    }
                    continue;
                };
                let mut cite = |mut v: Vec<Inline>| {
                    expand_cites(&mut v, line, &mut cite_ids, &mut cites);
                    trim(&mut v);
                    v
                };
                match frame {
                    Frame::Block(Block::Para(_), v) if is_marker(&v, "{{cards}}") => {
                        cards_at = Some((line, blocks.len()))
                    }
                    Frame::Block(Block::Para(_), v) if is_marker(&v, "{{discuss}}") => {
                        discuss_at = Some((line, blocks.len()));
                    }
                    Frame::Block(Block::Para(_), v) if is_marker(&v, "{{step}}") => blocks.push(Block::Step),
                    Frame::Block(Block::Para(_), v) if discuss_at.is_some_and(|(_, n)| n == blocks.len()) => {
                        discuss_at = None;
                        blocks.push(Block::Discuss(cite(v)));
                    }
                    Frame::Block(Block::Para(_), v) => match sim_marker(&v) {
                        Some(id) if SIMS.iter().any(|(known, _)| *known == id) => blocks.push(Block::Sim(id)),
                        Some(id) => errors.push(ContentError::new(
                            &file.path,
                            line,
                            format!(
                                "unknown simulation \"{id}\"; known: {}",
                                SIMS.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
                            ),
                        )),
                        None => blocks.push(Block::Para(cite(v))),
                    },
                    Frame::Block(Block::Heading(n, _), v) => blocks.push(Block::Heading(n, cite(v))),
                    Frame::Block(_, _) => {}
                    Frame::List { ordered: false, items } if cards_at.is_some_and(|(_, n)| n == blocks.len()) => {
                        cards_at = None;
                        blocks.push(Block::Cards(items));
                    }
                    Frame::List { ordered, items } => blocks.push(Block::List { ordered, items }),
                    Frame::Item(v) => {
                        let v = cite(v);
                        if let Some(Frame::List { items, .. }) = stack.last_mut() {
                            items.push(v);
                        }
                    }
                    Frame::Strong(v) => push(&mut stack, Inline::Strong(cite(v))),
                    Frame::Emph(v) => push(&mut stack, Inline::Emph(cite(v))),
                    Frame::Link(href, line, v) => push(&mut stack, Inline::Link { href, children: cite(v), line }),
                    Frame::Cell(v) => {
                        let v = cite(v);
                        if let Some(Frame::Row(cells)) = stack.last_mut() {
                            cells.push(v);
                        }
                    }
                    Frame::Row(cells) => {
                        if let Some(Frame::Table { head, rows }) = stack.last_mut() {
                            if matches!(end, TagEnd::TableHead) {
                                *head = cells;
                            } else {
                                rows.push(cells);
                            }
                        }
                    }
                    Frame::Table { head, rows } => blocks.push(Block::Table { head, rows }),
                }
            }
            Event::Text(t) => push(&mut stack, Inline::Text(t.to_string())),
            Event::SoftBreak => push(&mut stack, Inline::Text("\n".into())),
            Event::HardBreak => unsupported("a hard line break"),
            Event::Code(_) => unsupported("inline code"),
            Event::Html(_) | Event::InlineHtml(_) => unsupported("raw HTML"),
            Event::Rule => unsupported("a horizontal rule"),
            _ => unsupported("this Markdown construct"),
        }
    }
    if let Some((line, _)) = cards_at {
        errors.push(ContentError::new(&file.path, line, "{{cards}} must be followed by a bullet list"));
    }
    if let Some((line, _)) = discuss_at {
        errors.push(ContentError::new(&file.path, line, "{{discuss}} must be followed by a paragraph, the prompt"));
    }
    if blocks.is_empty() {
        errors.push(ContentError::new(&file.path, body_start_line, "chapter has no text"));
    }
    if !errors.is_empty() {
        errors.dedup(); // an HTML block reports once, not once per event
        return Err(errors);
    }
    let chapter = Chapter {
        file: file.path.clone(),
        slug: fm.slug,
        title: fm.title,
        summary: fm.summary,
        reviewed: fm.reviewed.to_string(),
        body: blocks,
        cited: cite_ids,
        quiz: Vec::new(),
        notes: None,
    };
    Ok((chapter, cites))
}

fn push(stack: &mut [Frame], inline: Inline) {
    if let Some(v) = stack.iter_mut().rev().find_map(Frame::inlines) {
        // Merge adjacent text, so `[@id]` split over several events is seen whole.
        if let (Inline::Text(new), Some(Inline::Text(last))) = (&inline, v.last_mut()) {
            last.push_str(new);
            return;
        }
        v.push(inline);
    }
}

fn trim(v: &mut Vec<Inline>) {
    if let Some(Inline::Text(t)) = v.first_mut() {
        *t = t.trim_start().to_string();
    }
    if let Some(Inline::Text(t)) = v.last_mut() {
        *t = t.trim_end().to_string();
    }
    v.retain(|i| !matches!(i, Inline::Text(t) if t.is_empty()));
}

/// Splits text runs at `[@id]` / `[@a; @b]`, numbering ids by first appearance. `start_line` is
/// the line the enclosing element starts on; soft breaks inside it count the lines on.
fn expand_cites(v: &mut Vec<Inline>, start_line: usize, ids: &mut Vec<String>, cites: &mut Vec<(String, usize)>) {
    let mut breaks_seen = 0;
    let mut out = Vec::new();
    for inline in v.drain(..) {
        let Inline::Text(text) = inline else {
            out.push(inline);
            continue;
        };
        let mut rest = text.as_str();
        while let Some(start) = rest.find("[@") {
            let Some(len) = rest[start..].find(']') else { break };
            let before = &rest[..start];
            breaks_seen += before.matches('\n').count();
            let line = start_line + breaks_seen;
            let mut numbers = Vec::new();
            for id in rest[start + 1..start + len].split(';') {
                let id = id.trim().trim_start_matches('@').to_string();
                cites.push((id.clone(), line));
                let n = match ids.iter().position(|x| *x == id) {
                    Some(i) => i + 1,
                    None => {
                        ids.push(id);
                        ids.len()
                    }
                };
                numbers.push(n);
            }
            // The citation hugs the word before it, also when the Markdown put it on the next line.
            out.push(Inline::Text(before.trim_end().replace('\n', " ")));
            out.push(Inline::Cite(numbers));
            rest = &rest[start + len + 1..];
        }
        breaks_seen += rest.matches('\n').count();
        out.push(Inline::Text(rest.replace('\n', " ")));
    }
    out.retain(|i| !matches!(i, Inline::Text(t) if t.is_empty()));
    *v = out;
}

/// A chapter's body cut into presenter-mode steps: each `##` section, each simulation on its own,
/// and a new step at every `{{step}}` (the marker itself is dropped).
pub fn steps(body: &[Block]) -> Vec<&[Block]> {
    let mut steps = Vec::new();
    let mut start = 0;
    for (i, b) in body.iter().enumerate() {
        let breaks = matches!(b, Block::Heading(2, _) | Block::Step | Block::Sim(_));
        if breaks && i > start {
            steps.push(&body[start..i]);
        }
        if breaks {
            start = i;
        }
        // A simulation is a step alone; a `{{step}}` marker starts the next one.
        if matches!(b, Block::Sim(_) | Block::Step) {
            if matches!(b, Block::Sim(_)) {
                steps.push(&body[i..=i]);
            }
            start = i + 1;
        }
    }
    if start < body.len() {
        steps.push(&body[start..]);
    }
    steps
}

/// The text of inline content, without markup or citation numbers.
pub fn plain_text(v: &[Inline]) -> String {
    v.iter()
        .map(|i| match i {
            Inline::Text(t) => t.clone(),
            Inline::Strong(c) | Inline::Emph(c) | Inline::Link { children: c, .. } => plain_text(c),
            Inline::Cite(_) => String::new(),
        })
        .collect()
}

/// How much a step asks a class to read: the characters of its text, citation numbers left out.
pub fn step_chars(step: &[Block]) -> usize {
    let count = |v: &[Inline]| plain_text(v).chars().count();
    step.iter()
        .map(|b| match b {
            Block::Heading(_, v) | Block::Para(v) | Block::Discuss(v) => count(v),
            Block::List { items, .. } | Block::Cards(items) => items.iter().map(|v| count(v)).sum(),
            Block::Table { head, rows } => head.iter().chain(rows.iter().flatten()).map(|v| count(v)).sum(),
            Block::Section(_, blocks) => step_chars(blocks),
            Block::Worksheet(items) => {
                items.iter().map(|(q, o)| count(q) + o.iter().map(|v| count(v)).sum::<usize>()).sum()
            }
            Block::Sim(_) | Block::Step => 0,
        })
        .sum()
}

/// Every `#/…` link with its line.
pub fn internal_links(blocks: &[Block]) -> Vec<(String, usize)> {
    fn walk(v: &[Inline], out: &mut Vec<(String, usize)>) {
        for i in v {
            match i {
                Inline::Link { href, children, line } => {
                    if href.starts_with("#/") {
                        out.push((href.clone(), *line));
                    }
                    walk(children, out);
                }
                Inline::Strong(c) | Inline::Emph(c) => walk(c, out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Heading(_, v) | Block::Para(v) | Block::Discuss(v) => walk(v, &mut out),
            Block::List { items, .. } | Block::Cards(items) => items.iter().for_each(|v| walk(v, &mut out)),
            Block::Table { head, rows } => head.iter().chain(rows.iter().flatten()).for_each(|v| walk(v, &mut out)),
            Block::Section(_, blocks) => out.extend(internal_links(blocks)),
            Block::Worksheet(_) | Block::Sim(_) | Block::Step => {}
        }
    }
    out
}

impl Inline {
    fn to_rust(&self) -> String {
        match self {
            Inline::Text(t) => format!("Inline::Text({t:?})"),
            Inline::Strong(v) => format!("Inline::Strong(&[{}])", inlines(v)),
            Inline::Emph(v) => format!("Inline::Emph(&[{}])", inlines(v)),
            Inline::Link { href, children, .. } => format!("Inline::Link({href:?}, &[{}])", inlines(children)),
            Inline::Cite(n) => format!("Inline::Cite(&{n:?})"),
        }
    }
}

/// A paragraph that is exactly `marker` (`{{cards}}`, `{{step}}`, `{{discuss}}`).
fn is_marker(v: &[Inline], marker: &str) -> bool {
    matches!(v, [Inline::Text(t)] if t.trim() == marker)
}

/// `{{sim name}}` as a paragraph's whole text gives `name`.
fn sim_marker(v: &[Inline]) -> Option<String> {
    let mut text = String::new();
    for i in v {
        match i {
            Inline::Text(t) => text.push_str(t),
            _ => return None,
        }
    }
    let name = text.trim().strip_prefix("{{sim ")?.strip_suffix("}}")?;
    Some(name.trim().to_string())
}

fn inlines(v: &[Inline]) -> String {
    v.iter().map(Inline::to_rust).collect::<Vec<_>>().join(", ")
}

impl Block {
    pub(crate) fn to_rust(&self) -> String {
        match self {
            Block::Heading(n, v) => format!("Block::Heading({n}, &[{}])", inlines(v)),
            Block::Para(v) => format!("Block::Para(&[{}])", inlines(v)),
            Block::Discuss(v) => format!("Block::Discuss(&[{}])", inlines(v)),
            Block::Step => "Block::Step".to_string(),
            // The app's parsed text (native tests only) has no sections: their blocks in turn.
            Block::Section(_, blocks) => blocks.iter().map(Block::to_rust).collect::<Vec<_>>().join(", "),
            Block::Worksheet(items) => format!(
                "Block::List(true, &[{}])",
                items.iter().map(|(q, _)| format!("&[{}]", inlines(q))).collect::<Vec<_>>().join(", ")
            ),
            Block::Sim(id) => {
                let variant = SIMS.iter().find(|(k, _)| k == id).map_or("", |(_, v)| *v);
                format!("Block::Sim(Sim::{variant})")
            }
            Block::List { ordered, items } => format!(
                "Block::List({ordered}, &[{}])",
                items.iter().map(|v| format!("&[{}]", inlines(v))).collect::<Vec<_>>().join(", ")
            ),
            Block::Cards(items) => format!(
                "Block::Cards(&[{}])",
                items.iter().map(|v| format!("&[{}]", inlines(v))).collect::<Vec<_>>().join(", ")
            ),
            Block::Table { head, rows } => {
                let row = |cells: &Vec<Vec<Inline>>| {
                    format!("&[{}]", cells.iter().map(|v| format!("&[{}]", inlines(v))).collect::<Vec<_>>().join(", "))
                };
                format!("Block::Table({}, &[{}])", row(head), rows.iter().map(row).collect::<Vec<_>>().join(", "))
            }
        }
    }
}
