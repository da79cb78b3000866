//! Compiles `content/<lang>/` into typed statics (`$OUT_DIR/content_<lang>.rs`) and fails the build,
//! naming file and line, on any content rule (see `crates/content-compiler`).

use std::path::{Path, PathBuf};
use std::{env, fs};

use content_compiler::{compile, to_rust, ui_key_macro, LangSource, SourceFile};

/// Languages in order; the first is the one every other must match.
const LANGS: &[&str] = &["en"];

fn read(path: &Path) -> SourceFile {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    SourceFile::new(path.to_string_lossy().replace('\\', "/"), text)
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else { return out };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path, ext));
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A clinic's own copy: `clinic.toml` beside `content/`, if there is one, as a query string for
/// `config::BUILT_IN` (checked by the app's own rules: see `cargo xtask dist`).
fn built_in_settings() {
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("built_in_settings.txt");
    let query = match fs::read_to_string("clinic.toml") {
        Ok(text) => content_compiler::clinic::clinic_settings(&text).unwrap_or_else(|e| {
            eprintln!("\n{e}\n");
            std::process::exit(1)
        }),
        Err(_) => String::new(),
    };
    fs::write(out, query).expect("write the built-in settings");
}

fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=src");
    println!("cargo::rerun-if-changed=clinic.toml");
    built_in_settings();
    // `words_in_wasm`: the chapters' text is compiled in (native builds, the wasm test build with
    // the `words-in-wasm` feature). Without it, the app takes the text from the page it was served
    // with, where the build wrote it once (see `content::Words`).
    println!("cargo::rustc-check-cfg=cfg(words_in_wasm)");
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if !wasm || env::var_os("CARGO_FEATURE_WORDS_IN_WASM").is_some() {
        println!("cargo::rustc-cfg=words_in_wasm");
    }
    let langs: Vec<LangSource> = LANGS
        .iter()
        .map(|lang| {
            let dir = Path::new("content").join(lang);
            LangSource {
                lang: lang.to_string(),
                chapters: files(&dir.join("chapters"), "md").iter().map(|p| read(p)).collect(),
                pages: files(&dir.join("pages"), "md").iter().map(|p| read(p)).collect(),
                ui: read(&dir.join("ui.toml")),
                references: read(&dir.join("references.toml")),
                classroom: files(&dir.join("classroom"), "toml").iter().map(|p| read(p)).collect(),
            }
        })
        .collect();
    let code: Vec<SourceFile> = files(Path::new("src"), "rs").iter().map(|p| read(p)).collect();
    match compile(&langs, &code) {
        Ok(compiled) => {
            let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
            for lang in &compiled {
                fs::write(out.join(format!("content_{}.rs", lang.lang)), to_rust(lang))
                    .expect("write generated content");
            }
            fs::write(out.join("ui_keys.rs"), ui_key_macro(&compiled[0])).expect("write the UI key index");
            // For the settings' warnings (`config::CHAPTER_NAMES`): `"a", "b" and "c"`.
            let names: Vec<String> = compiled[0].chapters.iter().map(|c| format!("\"{}\"", c.slug)).collect();
            let names = match names.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                _ => names.concat(),
            };
            fs::write(out.join("chapter_names.txt"), names).expect("write the chapter names");
        }
        Err(errors) => {
            eprintln!("\nThe guide's content has {} problem(s):\n", errors.len());
            for e in &errors {
                eprintln!("  {e}");
            }
            eprintln!();
            std::process::exit(1);
        }
    }
}
