//! `cargo xtask bench`: sizes and startup of the guide beside a minimal Yew counter
//! (bench/counter), both built here with the same profile and tools. Figures, not pass/fail:
//! ratios matter, because machines are noisy.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::{build_guide, sh, Result, Tools};

const KINDS: &[&str] = &["wasm", "js", "css", "html"];

#[derive(Default, Clone, Copy)]
struct Size {
    raw: usize,
    gzip: usize,
    brotli: usize,
}

impl std::ops::AddAssign for Size {
    fn add_assign(&mut self, o: Size) {
        self.raw += o.raw;
        self.gzip += o.gzip;
        self.brotli += o.brotli;
    }
}

fn size(bytes: &[u8]) -> Size {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).expect("gzip in memory");
    let gzip = gz.finish().expect("gzip in memory").len();
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut br, &params).expect("brotli in memory");
    Size { raw: bytes.len(), gzip, brotli: br.len() }
}

/// The code and data sections of a build folder's `.wasm`, each compressed alone: the data
/// section holds the guide's text (chapters, UI strings, sources) beside static tables.
fn wasm_parts(dist: &Path) -> Result<(Size, Size)> {
    let mut parts = (Size::default(), Size::default());
    for entry in fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?.flatten() {
        if entry.path().extension().is_none_or(|e| e != "wasm") {
            continue;
        }
        let bytes = fs::read(entry.path()).map_err(|e| e.to_string())?;
        let part = |r: std::ops::Range<u64>| size(&bytes[r.start as usize..r.end as usize]);
        for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
            match payload.map_err(|e| format!("{}: {e}", entry.path().display()))? {
                wasmparser::Payload::CodeSectionStart { unchecked_range, .. } => parts.0 += part(unchecked_range),
                wasmparser::Payload::DataSection(data) => parts.1 += part(data.range()),
                _ => {}
            }
        }
    }
    Ok(parts)
}

/// Size per kind of file in a build folder, and the total.
fn sizes(dist: &Path) -> Result<(Vec<(&'static str, Size)>, Size)> {
    let mut per = Vec::new();
    let mut total = Size::default();
    for kind in KINDS {
        let mut s = Size::default();
        for entry in fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?.flatten() {
            // embed.js is the host page's helper, not part of the guide a reader's browser runs.
            let helper = entry.file_name() == "embed.js";
            let path = entry.path();
            let bytes = |p: &Path| fs::read(p).map_err(|e| e.to_string());
            if path.extension().is_some_and(|e| e == *kind) && !helper {
                s += size(&if *kind == "html" { without_style(&bytes(&path)?).0 } else { bytes(&path)? });
            } else if *kind == "css" && path.extension().is_some_and(|e| e == "html") {
                // The style sheet is put into the page (`cargo xtask post-build`): counted as CSS.
                let style = without_style(&bytes(&path)?).1;
                if !style.is_empty() {
                    s += size(&style);
                }
            }
        }
        total += s;
        per.push((*kind, s));
    }
    Ok((per, total))
}

/// A page split into what is not its `<style>` and what is.
fn without_style(page: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let text = String::from_utf8_lossy(page);
    match (text.find("<style>"), text.find("</style>")) {
        (Some(a), Some(b)) if a < b => {
            let rest = format!("{}{}", &text[..a], &text[b + "</style>".len()..]);
            (rest.into_bytes(), text[a + "<style>".len()..b].as_bytes().to_vec())
        }
        _ => (page.to_vec(), Vec::new()),
    }
}

pub fn run(tools: &Tools, sizes_only: bool) -> Result {
    build_guide(tools)?;
    let mut counter = tools.cmd("trunk");
    counter.current_dir("bench/counter").args(["build", "--release=true"]);
    sh(&mut counter)?;
    let (base, base_total) = sizes(Path::new("bench/counter/dist"))?;
    let base_parts = wasm_parts(Path::new("bench/counter/dist"))?;
    // Each language is a build of its own: a reader downloads one, so each is measured alone.
    for lang in crate::langs()? {
        let dir = if lang == "en" { Path::new("dist").to_path_buf() } else { Path::new("dist").join(&lang) };
        let (guide, guide_total) = sizes(&dir)?;
        println!("\n== {lang}: {}\n\nSizes in bytes (release build; gzip -9, brotli q11)\n", dir.display());
        println!(
            "{:<6} {:>10} {:>10} {:>10}   {:>10} {:>10} {:>10}",
            "file", "guide raw", "gzip", "brotli", "counter raw", "gzip", "brotli"
        );
        for ((kind, g), (_, c)) in guide.iter().zip(&base) {
            println!(
                "{kind:<6} {:>10} {:>10} {:>10}   {:>10} {:>10} {:>10}",
                g.raw, g.gzip, g.brotli, c.raw, c.gzip, c.brotli
            );
        }
        println!(
            "{:<6} {:>10} {:>10} {:>10}   {:>10} {:>10} {:>10}",
            "total",
            guide_total.raw,
            guide_total.gzip,
            guide_total.brotli,
            base_total.raw,
            base_total.gzip,
            base_total.brotli
        );
        println!("\nbrotli total, guide ÷ counter: {:.2}×", guide_total.brotli as f64 / base_total.brotli as f64);
        let ((code, data), (base_code, base_data)) = (wasm_parts(&dir)?, base_parts);
        println!("\nInside the wasm (brotli, each section alone):");
        for (name, g, c) in [("code", code, base_code), ("data (text and tables)", data, base_data)] {
            println!("  {name:<24} {:>8} vs {:>8}: {:.2}×", g.brotli, c.brotli, g.brotli as f64 / c.brotli as f64);
        }
        budgets(&lang, &guide, &base, code, data, base_code, base_data)?;
    }

    // The offline files (issue 12): one page per language, for a USB stick; no budget of their own.
    for offline in crate::offline::write(Path::new("dist"))? {
        let file = size(&fs::read(&offline).map_err(|e| e.to_string())?);
        println!("\nOffline file {}: {} raw, {} gzip, {} brotli", offline.display(), file.raw, file.gzip, file.brotli);
    }
    if sizes_only {
        return Ok(());
    }

    let mut startup = tools.cmd("node");
    startup.current_dir(&tools.e2e_dir).args(["bench.mjs", "../../dist", "../../bench/counter/dist"]);
    sh(&mut startup)?;

    // Lighthouse lives in its own folder, installed only here: the test command never needs it.
    let lighthouse = Path::new("bench/lighthouse");
    crate::setup::npm_ci(tools, lighthouse)?;
    let mut lcp = tools.cmd("node");
    lcp.current_dir(lighthouse).args(["lcp.mjs", "../../dist", "../counter/dist"]);
    sh(&mut lcp)
}

/// The two budgets of DEVELOPERS.md, for one language's build:
/// - code: the wasm's code section plus the JS, brotli, at most 2.2× the counter's;
/// - words: the wasm's data section plus the HTML, brotli, above the counter's, at most 1.35× the
///   brotli of `content/<lang>/`'s files as written (all of them, in path order, compressed as one
///   stream).
fn budgets(
    lang: &str,
    guide: &[(&'static str, Size)],
    base: &[(&'static str, Size)],
    code: Size,
    data: Size,
    base_code: Size,
    base_data: Size,
) -> Result {
    let of = |files: &[(&'static str, Size)], kind: &str| {
        files.iter().find(|(k, _)| *k == kind).map_or(0, |(_, s)| s.brotli)
    };
    let (g_code, c_code) = (code.brotli + of(guide, "js"), base_code.brotli + of(base, "js"));
    println!(
        "\nBudget, code (wasm code + JS, brotli), {lang}: {g_code} vs the counter's {c_code}: {:.2}× (at most 2.2×)",
        g_code as f64 / c_code as f64
    );
    let words = (data.brotli + of(guide, "html")).saturating_sub(base_data.brotli + of(base, "html"));
    let mut files = Vec::new();
    let mut stack = vec![Path::new("content").join(lang)];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?.flatten() {
            if entry.path().is_dir() {
                stack.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
    }
    files.sort();
    let mut source = Vec::new();
    for f in &files {
        source.extend(fs::read(f).map_err(|e| format!("{}: {e}", f.display()))?);
    }
    let written = size(&source).brotli;
    println!(
        "Budget, words (wasm data + HTML above the counter's, brotli): {words} vs content/{lang}/ ({} files) {written}: {:.2}× (at most 1.35×)",
        files.len(),
        words as f64 / written as f64
    );
    Ok(())
}
