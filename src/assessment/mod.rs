//! The self-checks' logic, in plain Rust: answers in, a result out. Nothing here keeps, sends or
//! prints anything; the words live in `content/<lang>/`. Facts file §5 (read 5.2, 5.9 and 5.10).

pub mod flow;
pub mod ready;
pub mod report;
pub mod safer;
pub mod signs;

/// One answer to a yes/no question. Every question may be skipped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Answer {
    #[default]
    Skipped,
    Yes,
    No,
}
