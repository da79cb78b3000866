//! The help lines: one table for every place that shows them — the "Get help now" bar on every
//! screen, a self-check's result page and its text file (and, checked by a native test, the static
//! page shown before the app starts). A clinic's own lines will come first; 911 and 988 can never
//! be hidden.

/// One number or service.
#[derive(Clone, Copy, Debug)]
pub struct HelpLine {
    /// The help bar's links, as (href, label key); empty for a line only the results show.
    pub bar: &'static [(&'static str, usize)],
    /// The help bar's note under the links.
    pub note: usize,
    /// The result page's link and its sentence (also a line of the text file).
    pub href: &'static str,
    pub sentence: usize,
}

/// In the order they are shown: emergency first.
pub const HELP_LINES: [HelpLine; 4] = [
    HelpLine {
        bar: &[("tel:911", ui_key!("help.emergency"))],
        note: ui_key!("help.emergency_note"),
        href: "tel:911",
        sentence: ui_key!("check.help_911"),
    },
    HelpLine {
        bar: &[("tel:988", ui_key!("help.crisis_call")), ("sms:988", ui_key!("help.crisis_text"))],
        note: ui_key!("help.crisis_note"),
        href: "tel:988",
        sentence: ui_key!("check.help_988"),
    },
    HelpLine {
        bar: &[("tel:+18006624357", ui_key!("help.samhsa"))],
        note: ui_key!("help.samhsa_note"),
        href: "tel:+18006624357",
        sentence: ui_key!("check.help_samhsa"),
    },
    HelpLine { bar: &[], note: 0, href: "https://findtreatment.gov/", sentence: ui_key!("check.help_find") },
];

use crate::config::{dial, Clinic};
use crate::content::{fill, Bundle};

/// The clinic's own line, first under "Get help now", on a result page and in its text file.
/// Every part is text the settings checked; the views escape it like any other text.
#[derive(Clone, Debug, PartialEq)]
pub struct ClinicLine {
    /// The help bar's links, as (href, label): "Call …", "Text …".
    pub links: Vec<(String, String)>,
    /// The help bar's note: the clinic's name, and its hours.
    pub note: String,
    /// The result page's link and sentence ("Riverside Health: call (555) 010-2000 (Mon–Fri 9–5).").
    pub href: String,
    pub sentence: String,
}

/// `None` when the clinic gave no phone or text number.
pub fn clinic_line(t: &Bundle, c: &Clinic) -> Option<ClinicLine> {
    if !c.has_line() {
        return None;
    }
    let who = c.name.as_deref().unwrap_or(tr!(t, "help.clinic_unnamed"));
    let call =
        c.phone.as_deref().map(|p| (format!("tel:{}", dial(p)), fill(tr!(t, "help.clinic_call"), &[("phone", p)])));
    let text = c.sms.as_deref().map(|p| (format!("sms:{}", dial(p)), fill(tr!(t, "help.clinic_text"), &[("sms", p)])));
    let links: Vec<(String, String)> = call.into_iter().chain(text).collect();
    let hours = c.hours.as_deref().map(|h| fill(tr!(t, "help.clinic_hours"), &[("hours", h)])).unwrap_or_default();
    // The sentence's own words ("call …", "text …"): no case changes, which would pull Unicode
    // tables into the wasm.
    let how = match (c.phone.as_deref(), c.sms.as_deref()) {
        (Some(p), Some(s)) => fill(tr!(t, "check.clinic_call_or_text"), &[("phone", p), ("sms", s)]),
        (Some(p), None) => fill(tr!(t, "check.clinic_call"), &[("phone", p)]),
        (None, s) => fill(tr!(t, "check.clinic_text"), &[("sms", s.unwrap_or_default())]),
    };
    Some(ClinicLine {
        href: links[0].0.clone(),
        note: format!("{who}{hours}"),
        sentence: fill(tr!(t, "check.help_clinic"), &[("who", who), ("how", &how), ("hours", &hours)]),
        links,
    })
}

/// One line of the "Get help now" bar as shown: the clinic's first (if it gave a number), then
/// the table's lines with links in the bar.
#[derive(Clone, Debug, PartialEq)]
pub struct BarLine {
    /// (href, label)
    pub links: Vec<(String, String)>,
    pub note: String,
    pub clinic: bool,
    pub emergency: bool,
}

impl BarLine {
    /// The links' labels as one phrase ("Call 988 · Text 988"), for the notes list on a phone.
    pub fn labels(&self) -> String {
        self.links.iter().map(|(_, label)| label.as_str()).collect::<Vec<_>>().join(" · ")
    }
}

/// The help bar's lines, in order.
pub fn bar(t: &Bundle, c: &Clinic) -> Vec<BarLine> {
    let clinic = clinic_line(t, c).map(|l| BarLine { links: l.links, note: l.note, clinic: true, emergency: false });
    let table = HELP_LINES.iter().filter(|l| !l.bar.is_empty()).enumerate().map(|(i, l)| BarLine {
        links: l.bar.iter().map(|&(href, label)| (href.to_string(), t.ui_at(label).to_string())).collect(),
        note: t.ui_at(l.note).to_string(),
        clinic: false,
        emergency: i == 0,
    });
    clinic.into_iter().chain(table).collect()
}

/// A result page's help, in order, as (href, sentence): the clinic's first, then the table's.
/// The text file prints the sentences.
pub fn results(t: &Bundle, c: &Clinic) -> Vec<(String, String)> {
    let clinic = clinic_line(t, c).map(|l| (l.href, l.sentence));
    clinic.into_iter().chain(HELP_LINES.iter().map(|l| (l.href.to_string(), t.ui_at(l.sentence).to_string()))).collect()
}
