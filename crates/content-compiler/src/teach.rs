//! A chapter's page for teachers, written by the build from its classroom file: the notes (how
//! long, learning goals, questions to discuss, common misconceptions, the knowledge check's
//! answers), then a handout for students (key facts, the knowledge check as a worksheet without
//! its answers), then the chapter's own sources. It is a page like any other (`#/teach/<slug>`),
//! never one of the chapter's presenter steps, so students never see the notes on the projector;
//! printed, it is the handout and its sources alone (the print style sheet hides `.notes`).

use std::collections::BTreeMap;

use crate::markdown::{Block, Inline};
use crate::quiz::{Notes, Question};
use crate::Chapter;

fn ui<'a>(ui: &'a BTreeMap<String, String>, key: &'a str) -> &'a str {
    ui.get(key).map_or(key, String::as_str)
}

fn text(t: &str) -> Vec<Inline> {
    vec![Inline::Text(t.to_string())]
}

/// A question as a class reads it: a claim in the words of `chapter.myth_or_fact`.
fn asked(q: &Question, strings: &BTreeMap<String, String>) -> Vec<Inline> {
    if !q.myth_or_fact {
        return q.ask.clone();
    }
    let template = ui(strings, "chapter.myth_or_fact");
    let (before, after) = template.split_once("{claim}").unwrap_or((template, ""));
    let mut v = text(before);
    v.extend(q.ask.iter().cloned());
    v.push(Inline::Text(after.to_string()));
    v
}

/// An option's words (a claim's: "Myth", "Fact").
fn option(q: &Question, i: usize, strings: &BTreeMap<String, String>) -> Vec<Inline> {
    if q.myth_or_fact {
        text(ui(strings, if i == 0 { "chapter.myth" } else { "chapter.fact" }))
    } else {
        q.options[i].0.clone()
    }
}

/// The page for teachers of `c` (which has notes).
pub fn page(c: &Chapter, notes: &Notes, strings: &BTreeMap<String, String>) -> Chapter {
    let named = |key: &str| ui(strings, key).replace("{chapter}", &c.title);
    let list = |items: &[Vec<Inline>]| Block::List { ordered: false, items: items.to_vec() };
    let present =
        Inline::Link { href: format!("#/{}/1", c.slug), children: text(ui(strings, "chapter.teach_present")), line: 1 };
    let answers = c
        .quiz
        .iter()
        .map(|q| {
            let mut item = asked(q, strings);
            item.push(Inline::Text(" ".into()));
            item.push(Inline::Strong(option(q, q.right, strings)));
            item
        })
        .collect();
    let worksheet = c
        .quiz
        .iter()
        .map(|q| (asked(q, strings), (0..q.options.len()).map(|i| option(q, i, strings)).collect()))
        .collect();
    let body = vec![
        Block::Section(
            "notes",
            vec![
                Block::Para(vec![
                    Inline::Text(ui(strings, "chapter.teach_minutes").replace("{n}", &notes.minutes.to_string()) + " "),
                    present,
                ]),
                Block::Para(text(ui(strings, "chapter.teach_print"))),
                Block::Heading(2, text(ui(strings, "chapter.teach_goals"))),
                list(&notes.goals),
                Block::Heading(2, text(ui(strings, "chapter.teach_discuss"))),
                list(&notes.discuss),
                Block::Heading(2, text(ui(strings, "chapter.teach_misconceptions"))),
                list(&notes.misconceptions),
                Block::Heading(2, text(ui(strings, "chapter.teach_answers"))),
                Block::List { ordered: true, items: answers },
            ],
        ),
        Block::Section(
            "handout",
            vec![
                Block::Heading(2, text(&named("chapter.handout_title"))),
                Block::Para(text(ui(strings, "chapter.handout_name"))),
                Block::Heading(3, text(ui(strings, "chapter.handout_facts"))),
                list(&notes.facts),
                Block::Heading(3, text(ui(strings, "chapter.handout_check"))),
                Block::Worksheet(worksheet),
            ],
        ),
    ];
    Chapter {
        file: c.file.clone(),
        slug: format!("teach/{}", c.slug),
        title: named("chapter.teach_title"),
        summary: ui(strings, "chapter.teach_summary").to_string(),
        reviewed: c.reviewed.clone(),
        body,
        cited: c.cited.clone(),
        quiz: Vec::new(),
        notes: None,
    }
}
