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
