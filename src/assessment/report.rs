//! The checks' words: each question, and the result in plain words built from the scores. Pure,
//! so the wording rules are tested natively (tests/assessment.rs): a result never says "you
//! have" or "diagnosis", and every result offers help, treatment and naloxone information.
//!
//! The same [`Report`] feeds the result page and the text file the reader may download.

use super::flow::{Check, Checks, Reply};
use super::ready::{self, Stage};
use super::safer::{self, Step};
use super::signs::{self, Level};
use crate::config::Clinic;
use crate::content::{fill, Bundle};
use crate::help_lines::{self, HELP_LINES};

/// Each check's questions (indexes into the language's UI strings; `ui_key!` fails the build
/// for a key that does not exist).
const SIGNS_Q: [usize; 12] = [
    ui_key!("check.signs.q00"),
    ui_key!("check.signs.q01"),
    ui_key!("check.signs.q02"),
    ui_key!("check.signs.q03"),
    ui_key!("check.signs.q04"),
    ui_key!("check.signs.q05"),
    ui_key!("check.signs.q06"),
    ui_key!("check.signs.q07"),
    ui_key!("check.signs.q08"),
    ui_key!("check.signs.q09"),
    ui_key!("check.signs.q10"),
    ui_key!("check.signs.q11"),
];
const SAFER_Q: [usize; 6] = [
    ui_key!("check.safer.q00"),
    ui_key!("check.safer.q01"),
    ui_key!("check.safer.q02"),
    ui_key!("check.safer.q03"),
    ui_key!("check.safer.q04"),
    ui_key!("check.safer.q05"),
];
const READY_Q: [usize; 2] = [ui_key!("check.ready.q00"), ui_key!("check.ready.q01")];
/// The rulers' end labels: (low, high) for each.
const READY_ENDS: [(usize, usize); 2] = [
    (ui_key!("check.ready.low00"), ui_key!("check.ready.high00")),
    (ui_key!("check.ready.low01"), ui_key!("check.ready.high01")),
];

pub fn title(t: &Bundle, c: Check) -> &'static str {
    match c {
        Check::Signs => tr!(t, "check.signs.title"),
        Check::Safer => tr!(t, "check.safer.title"),
        Check::Ready => tr!(t, "check.ready.title"),
    }
}

/// What every question of the check is about ("These questions are about the past 12 months.").
pub fn lead(t: &Bundle, c: Check) -> &'static str {
    match c {
        Check::Signs => tr!(t, "check.signs.lead"),
        Check::Safer => tr!(t, "check.safer.lead"),
        Check::Ready => tr!(t, "check.ready.lead"),
    }
}

/// "12 questions. It takes about 3 minutes."
pub fn intro_count(t: &Bundle, c: Check) -> String {
    let min = match c {
        Check::Signs => tr!(t, "check.signs.min"),
        Check::Safer => tr!(t, "check.safer.min"),
        Check::Ready => tr!(t, "check.ready.min"),
    };
    fill(tr!(t, "check.intro_count"), &[("n", &c.questions().to_string()), ("min", min)])
}

pub fn question(t: &Bundle, c: Check, q: usize) -> &'static str {
    let keys: &[usize] = match c {
        Check::Signs => &SIGNS_Q,
        Check::Safer => &SAFER_Q,
        Check::Ready => &READY_Q,
    };
    keys.get(q).map_or("", |&k| t.ui_at(k))
}

/// A note under a question: why the prescribed question matters, and, once the reader has said
/// they take opioids only as prescribed, that the tolerance and withdrawal signs do not count.
pub fn hint(t: &Bundle, c: Check, q: usize, checks: &Checks) -> Option<&'static str> {
    match (c, q) {
        (Check::Signs, 0) => Some(tr!(t, "check.signs.h00")),
        (Check::Signs, q)
            if (q == signs::TOLERANCE + 1 || q == signs::WITHDRAWAL + 1) && checks.reply(c, 0) == Reply::Yes =>
        {
            Some(tr!(t, "check.signs.not_counted_hint"))
        }
        _ => None,
    }
}

/// A ruler's end labels, (low, high).
pub fn ends(t: &Bundle, q: usize) -> (&'static str, &'static str) {
    READY_ENDS.get(q).map_or(("", ""), |&(lo, hi)| (t.ui_at(lo), t.ui_at(hi)))
}

/// A reply in words: "Yes", "No", "Skipped", "4 out of 10".
pub fn reply_text(t: &Bundle, reply: Reply) -> String {
    match reply {
        Reply::Yes => tr!(t, "check.yes").into(),
        Reply::No => tr!(t, "check.no").into(),
        Reply::Skipped => tr!(t, "check.skipped").into(),
        Reply::Scale(v) => fill(tr!(t, "check.value_text"), &[("n", &v.to_string())]),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The result in one sentence: the result's heading, announced when it appears.
    pub headline: String,
    /// What the result means, in order.
    pub lines: Vec<String>,
    /// What the reader could do next.
    pub steps: Vec<&'static str>,
    /// A link that leads the steps somewhere: (href, words). The words name the place, so the
    /// text file can print them alone.
    pub link: Option<(&'static str, &'static str)>,
}

/// Never Use Alone's own site: the service is linked, never a number (its national number is
/// not confirmed by a source we could read; harm-reduction facts §5).
pub const NEVER_USE_ALONE: &str = "https://neverusealone.com/";

pub fn report(t: &Bundle, c: Check, checks: &Checks) -> Report {
    match c {
        Check::Signs => signs_report(t, checks),
        Check::Safer => safer_report(t, checks),
        Check::Ready => ready_report(t, checks),
    }
}

fn skipped(template: &str, n: usize) -> Option<String> {
    (n > 0).then(|| fill(template, &[("n", &n.to_string())]))
}

fn signs_report(t: &Bundle, checks: &Checks) -> Report {
    let o = signs::score(&checks.signs());
    let mut lines = Vec::new();
    if o.prescribed {
        lines.push(tr!(t, "check.signs.set_aside").into());
    }
    if !o.not_counted.is_empty() {
        lines.push(fill(tr!(t, "check.signs.not_counted"), &[("n", &o.not_counted.len().to_string())]));
    }
    if o.prescribed_skipped {
        lines.push(tr!(t, "check.signs.prescribed_skipped").into());
    }
    let one_risk = o.yes == 1 && o.risky_use;
    lines.push(
        match o.yes {
            0 => tr!(t, "check.signs.none"),
            1 if one_risk => tr!(t, "check.signs.one_risk"),
            1 => tr!(t, "check.signs.one"),
            _ => tr!(t, "check.signs.some"),
        }
        .into(),
    );
    lines.push(tr!(t, "check.signs.what").into());
    lines.extend(skipped(tr!(t, "check.signs.skipped_n"), o.skipped.len()));
    let steps = if o.level == Level::BelowTwo {
        vec![tr!(t, "check.step_learn"), tr!(t, "check.step_talk")]
    } else {
        vec![tr!(t, "check.step_talk"), tr!(t, "check.step_call"), tr!(t, "check.step_learn")]
    };
    let headline = if o.prescribed { tr!(t, "check.signs.count_prescribed") } else { tr!(t, "check.signs.count") };
    let link = one_risk.then(|| ("#/check/safer", tr!(t, "check.signs.safer_link")));
    Report { headline: fill(headline, &[("n", &o.yes.to_string())]), lines, steps, link }
}

/// A safety step in words.
pub fn step_text(t: &Bundle, s: Step) -> &'static str {
    match s {
        Step::NotAlone => tr!(t, "check.safer.not_alone"),
        Step::DontMix => tr!(t, "check.safer.dont_mix"),
        Step::StartLow => tr!(t, "check.safer.start_low"),
        Step::TestAndGoSlow => tr!(t, "check.safer.go_slow"),
        Step::Plan => tr!(t, "check.safer.plan"),
        Step::GetNaloxone => tr!(t, "check.safer.get_naloxone"),
    }
}

fn safer_report(t: &Bundle, checks: &Checks) -> Report {
    let o = safer::result(&checks.safer());
    let mut lines = vec![if o.general { tr!(t, "check.safer.general") } else { tr!(t, "check.safer.specific") }.into()];
    lines.extend(skipped(tr!(t, "check.safer.skipped_n"), o.skipped.len()));
    let link = o.steps.contains(&Step::NotAlone).then(|| (NEVER_USE_ALONE, tr!(t, "check.safer.nua_link")));
    Report {
        headline: tr!(t, "check.safer.steps").into(),
        lines,
        steps: o.steps.iter().map(|s| step_text(t, *s)).collect(),
        link,
    }
}

fn ready_report(t: &Bundle, checks: &Checks) -> Report {
    let (importance, confidence) = checks.rulers();
    let stage = ready::stage(importance, confidence);
    let (headline, note) = match stage {
        Stage::Exploring => (tr!(t, "check.ready.exploring"), tr!(t, "check.ready.exploring_note")),
        Stage::Building => (
            tr!(t, "check.ready.building"),
            match confidence {
                Some(c) if c >= 7 => tr!(t, "check.ready.building_sure_note"),
                Some(_) => tr!(t, "check.ready.building_note"),
                None => tr!(t, "check.ready.building_open_note"),
            },
        ),
        Stage::Ready => (tr!(t, "check.ready.ready"), tr!(t, "check.ready.ready_note")),
    };
    let mut lines = vec![note.to_string()];
    match (importance, ready::reflection(importance)) {
        (_, Some((n, lower))) => {
            lines.push(fill(tr!(t, "check.ready.importance"), &[("n", &n.to_string()), ("lower", &lower.to_string())]))
        }
        (Some(_), None) => lines.push(tr!(t, "check.ready.importance_zero").into()),
        (None, _) => {}
    }
    match confidence {
        Some(10) => lines.push(tr!(t, "check.ready.confidence_top").into()),
        Some(n) => lines
            .push(fill(tr!(t, "check.ready.confidence"), &[("n", &n.to_string()), ("higher", &(n + 1).to_string())])),
        None => {}
    }
    lines.extend(skipped(
        tr!(t, "check.ready.skipped_n"),
        importance.is_none() as usize + confidence.is_none() as usize,
    ));
    let steps = match stage {
        Stage::Exploring => vec![tr!(t, "check.step_learn"), tr!(t, "check.safer.get_naloxone")],
        Stage::Building => vec![tr!(t, "check.step_talk"), tr!(t, "check.step_call")],
        Stage::Ready => vec![tr!(t, "check.step_call"), tr!(t, "check.help_find"), tr!(t, "check.step_talk")],
    };
    Report { headline: headline.into(), lines, steps, link: None }
}

/// Shown under every result, whatever the answers.
pub fn always(t: &Bundle) -> [&'static str; 2] {
    [tr!(t, "check.treatment"), tr!(t, "check.naloxone")]
}

/// Chapters that say more about what a check asks, by slug, most useful first. The result page
/// links them (leaving out any the guide does not show).
pub fn related(c: Check) -> &'static [&'static str] {
    match c {
        Check::Signs => &["dependence-is-not-addiction", "getting-treatment", "return-to-use-and-recovery"],
        Check::Safer => &["fentanyl-and-staying-safer", "overdose-and-naloxone", "stopping-and-starting-again"],
        Check::Ready => &["getting-treatment", "return-to-use-and-recovery"],
    }
}

/// Help, in the order of urgency: the sentences of [`HELP_LINES`] (each leads to its `href` on
/// the result page; the text file has the words only).
pub fn help(t: &Bundle) -> [&'static str; 4] {
    HELP_LINES.map(|l| t.ui_at(l.sentence))
}

/// The result as a plain-text file: the check, the questions with the replies, the result, what
/// to do next, and help. Nothing else: no date, no name, no identifier.
/// The help lines' sentences for a result: the clinic's first, when it gave one.
pub fn help_with(t: &Bundle, clinic: &Clinic) -> Vec<String> {
    help_lines::results(t, clinic).into_iter().map(|(_, sentence)| sentence).collect()
}

pub fn summary_text(t: &Bundle, c: Check, checks: &Checks, clinic: &Clinic) -> String {
    let help = help_with(t, clinic);
    let r = report(t, c, checks);
    let mut s = String::new();
    let mut line = |text: &str| {
        s.push_str(text);
        s.push('\n');
    };
    line(tr!(t, "title"));
    line(title(t, c));
    line("");
    line(tr!(t, "check.intro_not"));
    line("");
    line(tr!(t, "check.your_answers"));
    line(lead(t, c));
    for q in 0..c.questions() {
        line(&fill("- {q} — {a}", &[("q", question(t, c, q)), ("a", &reply_text(t, checks.reply(c, q)))]));
    }
    for (heading, items) in [
        (
            tr!(t, "check.result"),
            [&[r.headline.as_str()][..], &r.lines.iter().map(String::as_str).collect::<Vec<_>>()].concat(),
        ),
        (tr!(t, "check.next_steps"), r.steps.iter().copied().chain(r.link.map(|(_, words)| words)).collect()),
        ("", always(t).to_vec()),
        (tr!(t, "check.help"), help.iter().map(String::as_str).collect()),
    ] {
        line("");
        if !heading.is_empty() {
            line(heading);
        }
        for item in items {
            line(item);
        }
    }
    s
}

/// A `data:` URL holding `text`, for a download link: the file is made on the device and never
/// passes through a server.
pub fn data_url(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut s = String::from("data:text/plain;charset=utf-8,");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            s.push(b as char);
        } else {
            s.push('%');
            s.push(HEX[usize::from(b >> 4)] as char);
            s.push(HEX[usize::from(b & 15)] as char);
        }
    }
    s
}
