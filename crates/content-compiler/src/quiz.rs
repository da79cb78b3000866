//! Knowledge checks, for a class or a reader: `content/<lang>/classroom/<chapter slug>.toml`, one
//! file per chapter, 3 to 5 questions each. Two kinds:
//!
//! ```toml
//! [[question]]                      # multiple choice: 2 to 4 options, exactly one right
//! ask = "Why does the same amount do less after weeks of use?"
//! [[question.option]]
//! text = "The cells turn the signal down."
//! why = "Receptors are tagged and pulled inside the cell. [@williams-2013]"
//! right = true
//! [[question.option]]
//! text = "…"
//! why = "…"
//!
//! [[question]]                      # myth or fact: a claim, the answer, why
//! claim = "Tolerance protects against overdose."
//! answer = "myth"
//! why = "Tolerance to breathing grows less than to the high. [@white-irvine-1999]"
//! ```
//!
//! Every text is the chapters' Markdown (a paragraph: emphasis and citations; no links). Every
//! option has its explanation, and the right answer's cites a source the chapter itself cites
//! (numbered as in the chapter). A question must fit one presenter-mode step.

use crate::markdown::{self, Block, Inline};
use crate::{toml_error, Chapter, ContentError, SourceFile};

/// The most a question may ask a class to read: the question, its options and the two
/// explanations shown at most at once (the chosen and the right one), in characters.
pub const QUESTION_MAX_CHARS: usize = 640;

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// The question, or a myth-or-fact question's claim.
    pub ask: Vec<Inline>,
    /// `true` for myth or fact: the options are the words "Myth" and "Fact" (`ui.toml`).
    pub myth_or_fact: bool,
    /// Each option's text (empty for myth or fact) and its explanation.
    pub options: Vec<(Vec<Inline>, Vec<Inline>)>,
    /// The right option's index.
    pub right: usize,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    question: Vec<RawQuestion>,
    notes: RawNotes,
}

/// Notes for the teacher (`[notes]`): shown on the chapter's page for teachers, never when
/// presenting; `facts` go on the printed handout.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotes {
    minutes: u16,
    goals: Vec<String>,
    discuss: Vec<String>,
    misconceptions: Vec<String>,
    facts: Vec<String>,
}

/// A chapter's notes for its teacher, parsed like the questions (citations as in the chapter).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Notes {
    /// About how long the chapter takes in class.
    pub minutes: u16,
    pub goals: Vec<Vec<Inline>>,
    pub discuss: Vec<Vec<Inline>>,
    pub misconceptions: Vec<Vec<Inline>>,
    /// The handout's key facts, each citing a source the chapter cites.
    pub facts: Vec<Vec<Inline>>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    ask: Option<String>,
    option: Option<Vec<RawOption>>,
    claim: Option<String>,
    answer: Option<String>,
    why: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    text: String,
    why: String,
    #[serde(default)]
    right: bool,
}

/// The chapter slug a classroom file belongs to: its file name without `.toml`.
pub fn slug_of(file: &SourceFile) -> &str {
    let name = file.path.rsplit('/').next().unwrap_or_default();
    name.strip_suffix(".toml").unwrap_or(name)
}

/// Parses and checks one chapter's knowledge check and its notes for the teacher.
pub fn parse(file: &SourceFile, chapter: &Chapter) -> Result<(Vec<Question>, Notes), Vec<ContentError>> {
    let raw: RawFile = toml::from_str(&file.text).map_err(|e| vec![toml_error(&file.path, &file.text, &e, 0)])?;
    let mut errors = crate::words::check(file);
    // The line a question starts on (its `[[question]]`), for messages.
    let starts: Vec<usize> =
        file.text.lines().enumerate().filter(|(_, l)| l.trim() == "[[question]]").map(|(i, _)| i + 1).collect();
    if !(3..=5).contains(&raw.question.len()) {
        errors.push(ContentError::new(
            &file.path,
            1,
            format!("a knowledge check has 3 to 5 questions; this one has {}", raw.question.len()),
        ));
    }
    let mut out = Vec::new();
    for (n, q) in raw.question.into_iter().enumerate() {
        let line = starts.get(n).copied().unwrap_or(1);
        let mut err = |msg: String| errors.push(ContentError::new(&file.path, line, msg));
        let (ask, myth_or_fact, options, right) = match q {
            RawQuestion { ask: Some(ask), option: Some(options), claim: None, answer: None, why: None } => {
                let rights: Vec<usize> = options.iter().enumerate().filter(|(_, o)| o.right).map(|(i, _)| i).collect();
                if !(2..=4).contains(&options.len()) || rights.len() != 1 {
                    err(format!(
                        "a multiple-choice question has 2 to 4 options, exactly one with right = true (found {} options, {} right)",
                        options.len(),
                        rights.len()
                    ));
                    continue;
                }
                (ask, false, options.into_iter().map(|o| (o.text, o.why)).collect::<Vec<_>>(), rights[0])
            }
            RawQuestion { claim: Some(claim), answer: Some(answer), why: Some(why), ask: None, option: None } => {
                let right = match answer.as_str() {
                    "myth" => 0,
                    "fact" => 1,
                    other => {
                        err(format!("answer = \"{other}\": a myth-or-fact answer is \"myth\" or \"fact\""));
                        continue;
                    }
                };
                (claim, true, vec![(String::new(), why.clone()), (String::new(), why)], right)
            }
            _ => {
                err("a question is either multiple choice (ask and [[question.option]]) or myth or fact (claim, answer and why)".into());
                continue;
            }
        };
        let mut text = |t: &str| {
            // A claim's options are the words "Myth" and "Fact", from `ui.toml`.
            if t.is_empty() {
                return Vec::new();
            }
            inline(file, line, t, chapter).unwrap_or_else(|e| {
                errors.extend(e);
                Vec::new()
            })
        };
        let ask_inline = text(&ask);
        let options: Vec<(Vec<Inline>, Vec<Inline>)> = options.iter().map(|(t, w)| (text(t), text(w))).collect();
        if !options[right].1.iter().any(|i| matches!(i, Inline::Cite(_))) {
            errors.push(ContentError::new(
                &file.path,
                line,
                "the right answer's explanation must cite a source the chapter cites, such as [@reference-id]",
            ));
        }
        let chars = |v: &[Inline]| markdown::plain_text(v).chars().count();
        let longest_why = options.iter().map(|(_, w)| chars(w)).max().unwrap_or(0);
        let total = chars(&ask_inline)
            + options.iter().map(|(t, _)| chars(t)).sum::<usize>()
            + longest_why
            + chars(&options[right].1);
        if total > QUESTION_MAX_CHARS {
            errors.push(ContentError::new(
                &file.path,
                line,
                format!("a question asks a class to read {total} characters (at most {QUESTION_MAX_CHARS}, with the two explanations shown at once): shorten it"),
            ));
        }
        out.push(Question { ask: ask_inline, myth_or_fact, options, right });
    }
    let notes = parse_notes(file, chapter, raw.notes, &mut errors);
    if errors.is_empty() {
        Ok((out, notes))
    } else {
        Err(errors)
    }
}

fn parse_notes(file: &SourceFile, chapter: &Chapter, raw: RawNotes, errors: &mut Vec<ContentError>) -> Notes {
    let line = file.text.lines().position(|l| l.trim() == "[notes]").map_or(1, |i| i + 1);
    if !(5..=90).contains(&raw.minutes) {
        errors.push(ContentError::new(
            &file.path,
            line,
            format!("notes: minutes = {} (a lesson's part: 5 to 90)", raw.minutes),
        ));
    }
    let mut list = |name: &str, items: &[String], max: usize, cite: bool| -> Vec<Vec<Inline>> {
        if items.is_empty() || items.len() > max {
            errors.push(ContentError::new(
                &file.path,
                line,
                format!("notes: {name} has 1 to {max} items (found {})", items.len()),
            ));
        }
        items
            .iter()
            .map(|t| {
                let v = inline(file, line, t, chapter).unwrap_or_else(|e| {
                    errors.extend(e);
                    Vec::new()
                });
                if cite && !v.iter().any(|i| matches!(i, Inline::Cite(_))) {
                    errors.push(ContentError::new(
                        &file.path,
                        line,
                        format!("notes: the fact \"{t}\" must cite a source the chapter cites"),
                    ));
                }
                v
            })
            .collect()
    };
    Notes {
        minutes: raw.minutes,
        goals: list("goals", &raw.goals, 5, false),
        discuss: list("discuss", &raw.discuss, 5, false),
        misconceptions: list("misconceptions", &raw.misconceptions, 5, false),
        facts: list("facts", &raw.facts, 6, true),
    }
}

/// One text as a Markdown paragraph, parsed by the chapters' own rules, its citations numbered as
/// in the chapter (a source the chapter does not cite is an error).
fn inline(file: &SourceFile, line: usize, text: &str, chapter: &Chapter) -> Result<Vec<Inline>, Vec<ContentError>> {
    let wrapped = SourceFile::new(
        file.path.clone(),
        format!("+++\nslug = \"q\"\ntitle = \"q\"\nsummary = \"q\"\nreviewed = 2000-01-01\n+++\n{text}\n"),
    );
    let at = |msg: String| vec![ContentError::new(&file.path, line, msg)];
    let (parsed, _) = markdown::parse_chapter(&wrapped)
        .map_err(|e| e.into_iter().map(|e| ContentError::new(&file.path, line, e.message)).collect::<Vec<_>>())?;
    let [Block::Para(v)] = parsed.body.as_slice() else {
        return Err(at(format!("\"{text}\" must be one paragraph of text")));
    };
    let mut errors = Vec::new();
    let v = renumber(v, &parsed.cited, chapter, &mut |m| errors.push(ContentError::new(&file.path, line, m)));
    if errors.is_empty() {
        Ok(v)
    } else {
        Err(errors)
    }
}

/// Citations numbered by the chapter's order; links refused (a question stays on its screen).
fn renumber(v: &[Inline], ids: &[String], chapter: &Chapter, err: &mut dyn FnMut(String)) -> Vec<Inline> {
    v.iter()
        .map(|i| match i {
            Inline::Cite(numbers) => Inline::Cite(
                numbers
                    .iter()
                    .filter_map(|n| {
                        let id = &ids[n - 1];
                        let at = chapter.cited.iter().position(|c| c == id).map(|p| p + 1);
                        if at.is_none() {
                            err(format!("cites \"{id}\", which the chapter \"{}\" does not cite", chapter.slug));
                        }
                        at
                    })
                    .collect(),
            ),
            Inline::Strong(c) => Inline::Strong(renumber(c, ids, chapter, err)),
            Inline::Emph(c) => Inline::Emph(renumber(c, ids, chapter, err)),
            Inline::Link { .. } => {
                err("a knowledge check has no links".into());
                Inline::Text(String::new())
            }
            Inline::Text(t) => Inline::Text(t.clone()),
        })
        .collect()
}
