//! Words that stigmatise (NIDA, "Words Matter"; design.md, content rules). Checked line by line in
//! chapters and UI strings, so a message can name the line. Reference titles are others' words and
//! are not checked.

use crate::{ContentError, SourceFile};

/// (word, what to say instead). Matched as whole words, case-insensitively.
pub fn forbidden_words() -> &'static [(&'static str, &'static str)] {
    &[
        ("addict", "person with an opioid use disorder"),
        ("addicts", "people with an opioid use disorder"),
        ("addicted", "has an opioid use disorder"),
        ("abuser", "person who uses drugs"),
        ("abusers", "people who use drugs"),
        ("abuse", "use, or misuse of medicine"),
        ("junkie", "person who uses drugs"),
        ("junkies", "people who use drugs"),
        ("clean", "not using, in recovery, or a negative test"),
        ("dirty", "using, or a positive test"),
        ("drug user", "person who uses drugs"),
        ("drug users", "people who use drugs"),
    ]
}

/// Names of organisations and instruments that contain a forbidden word and may be written as is.
const ALLOWED_NAMES: &[&str] =
    &["national institute on drug abuse", "substance abuse and mental health services administration"];

pub fn check(file: &SourceFile) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for (i, raw) in file.text.lines().enumerate() {
        let mut line = raw.to_lowercase();
        for name in ALLOWED_NAMES {
            line = line.replace(name, "");
        }
        let words: Vec<&str> =
            line.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
        for (word, instead) in forbidden_words() {
            let parts: Vec<&str> = word.split(' ').collect();
            if words.windows(parts.len()).any(|w| w == parts.as_slice()) {
                errors.push(ContentError::new(
                    &file.path,
                    i + 1,
                    format!("\"{word}\" stigmatises people; say \"{instead}\" instead (design.md, content rules)"),
                ));
            }
        }
    }
    errors
}
